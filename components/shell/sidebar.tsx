"use client";

import { Link } from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import {
  AtSign,
  AlertTriangle,
  BookOpenText,
  Boxes,
  CalendarClock,
  Library,
  Building2,
  Cpu,
  FileText,
  Globe2,
  Grid3x3,
  LayoutDashboard,
  Menu,
  ScrollText,
  ShieldCheck,
  X,
  GitCompareArrows,
} from "lucide-react";
import { cn } from "@/lib/cn";
import { SCENARIO_PARAM } from "@/lib/scenario-link";
import type { NavItem } from "./nav-items";

const ICONS = {
  overview: LayoutDashboard,
  matrix: Grid3x3,
  compare: GitCompareArrows,
  scenarios: BookOpenText,
  groups: Globe2,
  vendors: Building2,
  models: Cpu,
  deployments: Boxes,
  contracts: FileText,
  clauses: Library,
  renewals: CalendarClock,
  assigned: AtSign,
  attention: AlertTriangle,
  audit: ScrollText,
  admin: ShieldCheck,
} as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function Sidebar({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const scenario = useSearchParams().get(SCENARIO_PARAM);
  const [open, setOpen] = useState(false);
  const links = (
    <nav aria-label="Main" className="flex flex-col gap-0.5 p-2">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = isActive(pathname, item.href);
        return (
          <Link
            key={item.href}
            href={scenario ? `${item.href}?${new URLSearchParams({ scenario })}` : item.href}
            onClick={() => setOpen(false)}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm",
              active
                ? "bg-sky-50 font-medium text-sky-800 dark:bg-sky-950 dark:text-sky-200"
                : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            <Icon className="size-4 shrink-0" aria-hidden />
            {item.label}
            {item.count ? (
              <span
                className="ml-auto rounded-full bg-sky-700 px-1.5 text-xs font-medium text-white"
                aria-label={`${item.count} open`}
              >
                {item.count}
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
  return (
    <>
      <button
        type="button"
        className="fixed left-3 top-3 z-40 rounded-md border border-zinc-300 bg-white p-1.5 md:hidden dark:border-zinc-700 dark:bg-zinc-900"
        aria-label={open ? "Close navigation" : "Open navigation"}
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? <X className="size-5" /> : <Menu className="size-5" />}
      </button>
      <aside
        aria-label="Sidebar"
        className={cn(
          "fixed inset-y-0 left-0 z-30 w-56 overflow-y-auto border-r border-zinc-200 bg-white pt-14 transition-transform md:translate-x-0 md:pt-0 dark:border-zinc-800 dark:bg-zinc-900",
          open ? "translate-x-0" : "-translate-x-full",
        )}
      >
        <div className="hidden h-14 items-center gap-2 border-b border-zinc-200 px-4 md:flex dark:border-zinc-800">
          <Globe2 className="size-5 text-sky-700 dark:text-sky-400" aria-hidden />
          <span className="font-semibold tracking-tight">Tierscope</span>
        </div>
        {links}
      </aside>
      {open && (
        <div
          className="fixed inset-0 z-20 bg-black/30 md:hidden"
          onClick={() => setOpen(false)}
          aria-hidden
        />
      )}
    </>
  );
}
