/**
 * The demo install: reference data, the demo company's inventory and one user per role, on an
 * empty database only (first start, unless TIERSCOPE_DEMO=0), in one transaction.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { generatePassword } from "@/lib/auth/password";
import { initialiseInstall, type FirstUser } from "@/lib/server/setup/initialise-install";

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

const DEMO_NAMES: Record<Role, string> = {
  ADMIN: "Ada Admin",
  COMPLIANCE: "Chloe Compliance",
  LEGAL: "Leo Legal",
  EXECUTIVE: "Erin Executive",
  VIEWER: "Victor Viewer",
};

export function demoEmail(role: Role): string {
  return `${role.toLowerCase()}@tierscope.local`;
}

/**
 * Seeds an empty database. `password` (tests, CI) gives every demo user the same known password;
 * otherwise each gets its own random one, returned so the caller can print it once. `extraUsers`
 * (the administrator named by TIERSCOPE_ADMIN_EMAIL) are created alongside.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { password?: string; extraUsers?: FirstUser[] } = {},
): Promise<DemoLogin[]> {
  const extra = options.extraUsers ?? [];
  // An administrator set in the environment with a demo address takes that demo login's place.
  const logins: DemoLogin[] = ROLES.map((role) => ({
    role,
    email: demoEmail(role),
    password: options.password ?? generatePassword(),
  })).filter((l) => !extra.some((u) => u.email === l.email));
  await initialiseInstall(db, {
    demo: true,
    via: "demo seed",
    users: [...logins.map((l) => ({ ...l, name: DEMO_NAMES[l.role] })), ...extra],
  });
  return logins;
}

/** Seeds only when the database has no users yet; returns the new logins, or null when it did nothing. */
export async function seedIfEmpty(
  db: PrismaClient,
  options: { password?: string } = {},
): Promise<DemoLogin[] | null> {
  if ((await db.user.count()) > 0) return null;
  return seedDemo(db, options);
}
