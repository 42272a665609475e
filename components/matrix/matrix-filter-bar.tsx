"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { CAPABILITY_CLASSES } from "@/lib/domain/types";
import type { MatrixFilterOptions } from "@/lib/domain/matrix/matrix-filter-options";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { titleCase } from "@/lib/format";

const FILTER_KEYS = [
  "group",
  "region",
  "country",
  "deployed",
  "vendor",
  "weights",
  "capability",
  "changed",
];

/** Narrows rows and columns; every choice lives in the URL next to the scenario. */
export function MatrixFilterBar({
  options,
  diff = false,
}: {
  options: MatrixFilterOptions;
  diff?: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const value = (key: string) => params.get(key) ?? "";
  const set = (key: string, next: string) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set(key, next);
    else updated.delete(key);
    router.push(`${pathname}?${updated}`, { scroll: false });
  };
  const clear = () => {
    const updated = new URLSearchParams(params);
    for (const key of FILTER_KEYS) updated.delete(key);
    router.push(`${pathname}?${updated}`, { scroll: false });
  };
  const active = FILTER_KEYS.some((key) => params.has(key));
  const select = (key: string, label: string, choices: [string, string][], all: string) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
      {label}
      <Select className="w-44" value={value(key)} onChange={(e) => set(key, e.target.value)}>
        <option value="">{all}</option>
        {choices.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </Select>
    </label>
  );

  return (
    <fieldset className="mb-3 flex flex-wrap items-end gap-3">
      <legend className="sr-only">Filters</legend>
      {select(
        "group",
        "Country group",
        options.groups.map((g) => [g.id, g.name]),
        "All countries",
      )}
      {select(
        "region",
        "Region",
        options.regions.map((r) => [r, r]),
        "All regions",
      )}
      {select(
        "vendor",
        "Vendor",
        options.vendors.map((v) => [v.id, v.name]),
        "All vendors",
      )}
      {select(
        "weights",
        "Weights",
        [
          ["OPEN", "Open"],
          ["CLOSED", "Closed"],
          ["UNKNOWN", "Unknown"],
        ],
        "Any weights",
      )}
      {select(
        "capability",
        "Capability class",
        CAPABILITY_CLASSES.map((c) => [c, titleCase(c)]),
        "Any class",
      )}
      <label className="flex h-9 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={value("deployed") === "1"}
          onChange={(e) => set("deployed", e.target.checked ? "1" : "")}
        />
        Only where we deploy
      </label>
      {diff && (
        <label className="flex h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={value("changed") === "1"}
            onChange={(e) => set("changed", e.target.checked ? "1" : "")}
          />
          Changed only
        </label>
      )}
      {active && (
        <Button variant="ghost" onClick={clear}>
          Clear filters
        </Button>
      )}
    </fieldset>
  );
}
