import { Link } from "@/components/ui/link";
import { useId, type ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** Building blocks of the inventory detail pages. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  // A generated id: one built from the title ("Access by jurisdiction") would hold spaces, and
  // aria-labelledby reads spaces as a list of ids, so the section would have no name.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mb-6">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-medium">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Card>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="font-medium">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export function EditLink({ href, label = "Edit" }: { href: string; label?: string }) {
  return (
    <Link
      href={href}
      className="inline-flex h-9 items-center rounded-md border border-zinc-300 px-3.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      {label}
    </Link>
  );
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sky-800 hover:underline dark:text-sky-300">
      {children}
    </Link>
  );
}

/** Related rows as a list: each a link to its page, with a short description beside it. */
export function LinkList({
  items,
}: {
  items: { href: string; label: ReactNode; detail: ReactNode }[];
}) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {items.map((item) => (
        <li key={item.href} className="flex items-center justify-between gap-2 px-3 py-2">
          <TextLink href={item.href}>{item.label}</TextLink>
          <span className="text-zinc-500 dark:text-zinc-400">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
