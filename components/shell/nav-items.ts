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
    | "audit"
    | "admin";
  /** shown only to roles holding this permission */
  requires?: [Action, Entity];
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
  { href: "/audit", label: "Audit log", icon: "audit", requires: ["read", "auditLog"] },
  { href: "/admin", label: "Admin", icon: "admin", requires: ["read", "user"] },
];
