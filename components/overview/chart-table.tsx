import type { ReactNode } from "react";

/** The text table behind a chart: same numbers, for screen readers, copying and print. */
export function ChartTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
        {label} as a table
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** A titled block of the overview. */
export function Section({
  title,
  description,
  children,
  id,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section
      id={id}
      aria-labelledby={id ? `${id}-title` : undefined}
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id={id ? `${id}-title` : undefined} className="font-medium">
        {title}
      </h2>
      {description && (
        <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
      )}
      <div className="mt-3">{children}</div>
    </section>
  );
}
