import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/server/guards";

/**
 * The permission check sits outside the page's loading boundary (loading.tsx wraps the page, not
 * this layout), so a role without access gets the refusal page with status 403 before anything
 * streams. The page checks again.
 */
export default async function AuditLayout({ children }: { children: ReactNode }) {
  await requirePagePermission("read", "auditLog");
  return children;
}
