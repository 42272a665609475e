import { OUTCOMES, type Outcome } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";
import { cn } from "@/lib/cn";

const TONE: Record<Outcome, string> = {
  ALLOWED: "border-emerald-300",
  LICENCE_REQUIRED: "border-amber-300",
  RESTRICTED: "border-orange-400",
  PROHIBITED: "border-red-500",
};

/**
 * A model's access in every jurisdiction, grouped by outcome: the restrictive groups open, the
 * (usually long) allowed list folded, each with its count.
 */
export function AccessByOutcome({
  cells,
}: {
  cells: { code: string; name: string; outcome: Outcome; upcoming: Outcome | null }[];
}) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {[...OUTCOMES].reverse().map((outcome) => {
        const list = cells.filter((c) => c.outcome === outcome);
        const box = cn("rounded-lg border-l-4 border bg-white p-3 dark:bg-zinc-900", TONE[outcome]);
        const heading = (
          <>
            {titleCase(outcome)}{" "}
            <span className="text-zinc-500 dark:text-zinc-400">({list.length})</span>
          </>
        );
        // Nothing to open: a plain heading, not a disclosure that opens onto an empty box.
        if (list.length === 0)
          return (
            <div key={outcome} className={cn(box, "text-zinc-600 dark:text-zinc-400")}>
              <p className="font-medium">{heading}</p>
            </div>
          );
        return (
          <details key={outcome} open={outcome !== "ALLOWED"} className={box}>
            <summary className="cursor-pointer font-medium">{heading}</summary>
            <ul className="mt-2 flex flex-wrap gap-1 text-xs">
              {list.map((c) => (
                <li
                  key={c.code}
                  className="rounded border border-zinc-200 px-1.5 py-0.5 dark:border-zinc-700"
                  title={c.name}
                >
                  {c.name}
                  {c.upcoming && (
                    <span className="text-orange-700 dark:text-orange-300">
                      {" "}
                      → {titleCase(c.upcoming)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
