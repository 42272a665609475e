"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { AS_OF_PARAM } from "@/lib/scenario-link";

/**
 * The date a page evaluates on, in the URL (?asOf=) so a link shows what its sender saw: rules,
 * contracts and group memberships in force then, past or future. Empty means today.
 */
export function AsOfControl({ asOf, today }: { asOf: string; today: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(asOf);
  const go = (date: string) => {
    const next = new URLSearchParams(params);
    if (!date || date === today) next.delete(AS_OF_PARAM);
    else next.set(AS_OF_PARAM, date);
    const query = next.toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  };
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        go(value);
      }}
    >
      <label htmlFor="as-of-date" className="text-sm text-zinc-600 dark:text-zinc-400">
        As of
      </label>
      {/* Inputs are full width: the wrapper sets the width, so label, date and button stay on one line. */}
      <div className="w-40">
        <Input
          id="as-of-date"
          type="date"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" size="sm">
        Show
      </Button>
      {asOf !== today && (
        <>
          <span
            role="status"
            className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
          >
            as of {asOf}
          </span>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setValue(today);
              go(today);
            }}
          >
            Back to today
          </Button>
        </>
      )}
    </form>
  );
}
