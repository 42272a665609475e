import type { Action, Entity } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  icon:
    | "overview"
    | "matrix"
    | "compare"
    | "scenarios"
    | "groups"
    | "vendors"
    | "models"
    | "deployments"
    | "contracts"
    | "clauses"
    | "renewals"
    | "assigned"
    | "audit"
    | "admin";
  /** shown only to roles holding this permission */
  requires?: [Action, Entity];
  /** a number shown beside the label (e.g. open threads assigned to the user) */
  count?: number;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: "overview" },
  { href: "/matrix", label: "Matrix", icon: "matrix" },
  { href: "/compare", label: "Compare", icon: "compare" },
  { href: "/scenarios", label: "Scenarios", icon: "scenarios" },
  { href: "/groups", label: "Country groups", icon: "groups" },
  { href: "/vendors", label: "Vendors", icon: "vendors" },
  { href: "/models", label: "Models", icon: "models" },
  { href: "/deployments", label: "Deployments", icon: "deployments" },
  { href: "/contracts", label: "Contracts", icon: "contracts" },
  { href: "/clauses", label: "Clause library", icon: "clauses" },
  {
    href: "/renewals",
    label: "Renewals and review",
    icon: "renewals",
    requires: ["update", "clause"],
  },
  { href: "/assigned", label: "Assigned to me", icon: "assigned" },
  { href: "/audit", label: "Audit log", icon: "audit", requires: ["read", "auditLog"] },
  { href: "/admin", label: "Admin", icon: "admin", requires: ["read", "user"] },
];
