/**
 * Sets up a new install in one transaction: the reference data (countries, groups, built-in
 * scenarios), the demo company's inventory if chosen, and the first users. Refused once any user
 * exists. Two setups at once (two browsers on /setup, or two servers on one PostgreSQL database)
 * are serialised by a transaction-level advisory lock, so exactly one of them creates users and
 * the other is refused.
 */
import type { Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/server/db/create-client";
import { recordAudit } from "@/lib/server/audit";
import { ConflictError } from "@/lib/server/errors";
import { writeSeedData, type SeedSummary } from "@/lib/server/seed/write-seed-data";

export interface FirstUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface InitialiseOptions {
  users: FirstUser[];
  /** load the demo company's inventory (vendors, models, contracts, deployments) */
  demo: boolean;
  /** how the install was set up, kept in the audit event */
  via: "demo seed" | "setup page" | "environment";
}

// An arbitrary constant, distinct from the migrations' lock key.
const SETUP_LOCK_KEY = 7_402_115_903;

export class AlreadySetUpError extends ConflictError {
  constructor() {
    super("Tierscope is already set up: sign in with an existing account.");
  }
}

export async function initialiseInstall(
  db: Db,
  options: InitialiseOptions,
): Promise<{ users: { id: string; email: string; role: Role }[] } & SeedSummary> {
  const hashes = await Promise.all(options.users.map((u) => hashPassword(u.password)));
  return db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})::text AS locked`);
      if ((await tx.user.count()) > 0) throw new AlreadySetUpError();
      const summary = await writeSeedData(tx, { demo: options.demo });
      const users = [];
      for (const [i, u] of options.users.entries()) {
        const user = await tx.user.create({
          data: { email: u.email, name: u.name, role: u.role, passwordHash: hashes[i] },
          select: { id: true, email: true, name: true, role: true },
        });
        users.push(user);
      }
      // On the setup page the first administrator creates themselves; otherwise the system does.
      const actorId = options.via === "setup page" ? (users[0]?.id ?? null) : null;
      for (const user of users)
        await recordAudit(tx, {
          actorId,
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          after: user,
        });
      await recordAudit(tx, {
        actorId,
        action: options.demo ? "system.seed" : "system.setup",
        entityType: "system",
        entityId: options.demo ? "demo-data" : "empty-install",
        after: {
          via: options.via,
          demo: options.demo,
          users: users.map((u) => u.email),
          ...(summary.rulesLeftOut.length ? summary : {}),
        },
      });
      return { users, ...summary };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
