"use client";

import { ArrowLeftRight } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { ScenarioOptions } from "@/components/shell/scenario-options";
import type { ReferenceStatus } from "@/lib/domain/types";

interface Option {
  id: string;
  name: string;
  isActive: boolean;
  legalStatus: ReferenceStatus;
}

/** The two scenarios being compared, kept in the URL as ?a= (before) and ?b= (after). */
export function ScenarioPairPicker({
  scenarios,
  a,
  b,
}: {
  scenarios: Option[];
  a: string | null;
  b: string | null;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const go = (next: { a?: string | null; b?: string | null }) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    router.push(`${pathname}?${updated}`, { scroll: false });
  };
  const picker = (id: string, label: string, value: string | null, key: "a" | "b") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <Select
        id={id}
        className="w-64 max-w-full sm:w-80"
        value={value ?? ""}
        onChange={(e) => go({ [key]: e.target.value })}
      >
        <option value="">Pick a scenario…</option>
        <ScenarioOptions scenarios={scenarios} />
      </Select>
    </div>
  );
  return (
    <div className="flex flex-wrap items-end gap-3">
      {picker("compare-a", "Before (A)", a, "a")}
      <Button
        variant="secondary"
        aria-label="Swap the two scenarios"
        title="Swap"
        disabled={!a && !b}
        onClick={() => go({ a: b, b: a })}
      >
        <ArrowLeftRight className="size-4" aria-hidden />
      </Button>
      {picker("compare-b", "After (B)", b, "b")}
    </div>
  );
}
