/**
 * What a start does to a database without users, decided by the environment:
 * - TIERSCOPE_DEMO unset (or anything but "0"): the demo company with one login per role, plus
 *   the administrator of TIERSCOPE_ADMIN_EMAIL/…_PASSWORD/…_NAME when set;
 * - TIERSCOPE_DEMO=0 with TIERSCOPE_ADMIN_EMAIL and …_PASSWORD: an empty install (reference data
 *   only) with that administrator;
 * - TIERSCOPE_DEMO=0 alone: nothing yet; the first visitor creates the administrator on /setup.
 */
import type { Db } from "@/lib/server/db/create-client";
import { seedDemo, type DemoLogin } from "@/lib/server/seed/seed-demo";
import { firstAdminSchema } from "@/lib/validation/setup";
import { initialiseInstall, type FirstUser } from "./initialise-install";

export type FirstStart =
  | { kind: "existing" }
  | { kind: "demo"; logins: DemoLogin[]; admin: string | null }
  | { kind: "empty"; admin: string }
  | { kind: "setup page" };

type Env = Record<string, string | undefined>;

/** The administrator the environment names, or null; throws with a plain message when invalid. */
export function adminFromEnv(env: Env): FirstUser | null {
  if (!env.TIERSCOPE_ADMIN_EMAIL && !env.TIERSCOPE_ADMIN_PASSWORD) return null;
  const parsed = firstAdminSchema.safeParse({
    email: env.TIERSCOPE_ADMIN_EMAIL ?? "",
    password: env.TIERSCOPE_ADMIN_PASSWORD ?? "",
    name: env.TIERSCOPE_ADMIN_NAME || "Administrator",
  });
  if (!parsed.success) {
    const names = { email: "TIERSCOPE_ADMIN_EMAIL", password: "TIERSCOPE_ADMIN_PASSWORD" };
    const problems = parsed.error.issues.map(
      (i) => `${names[i.path[0] as keyof typeof names] ?? "TIERSCOPE_ADMIN_NAME"}: ${i.message}`,
    );
    throw new Error(`The first administrator's settings are not usable. ${problems.join(" ")}`);
  }
  return { ...parsed.data, role: "ADMIN" };
}

export const wantsDemo = (env: Env) => env.TIERSCOPE_DEMO !== "0";

export async function firstStart(
  db: Db,
  env: Env,
  options: { demoPassword?: string } = {},
): Promise<FirstStart> {
  const admin = adminFromEnv(env);
  if ((await db.user.count()) > 0) return { kind: "existing" };
  if (wantsDemo(env)) {
    const logins = await seedDemo(db, {
      password: options.demoPassword,
      extraUsers: admin ? [admin] : [],
    });
    return { kind: "demo", logins, admin: admin?.email ?? null };
  }
  if (!admin) return { kind: "setup page" };
  await initialiseInstall(db, { users: [admin], demo: false, via: "environment" });
  return { kind: "empty", admin: admin.email };
}
