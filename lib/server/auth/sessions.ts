/**
 * Sessions on the server. The session cookie (a JWT) names its UserSession row; a request counts as
 * signed in only while that row is unrevoked and unexpired and its user is active. Revoking writes
 * an audit event, which moves the data revision, so every server process stops accepting the
 * session on its next request (the per-revision caches drop what they held).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { recordAudit } from "@/lib/server/audit";

export const SESSION_HOURS = 8;

export async function startSession(db: PrismaClient, userId: string): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000) },
    select: { id: true },
  });
  return session.id;
}

/** The user id a session belongs to, if it is still valid. */
export async function sessionOwner(db: PrismaClient, sessionId: string): Promise<string | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, revokedAt: true },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  return session.userId;
}

/** Signing out: this session ends everywhere, a copied cookie included. */
export async function revokeSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({ where: { id: sessionId } });
    if (!session || session.revokedAt) return;
    await tx.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.sign-out",
      entityType: "user",
      entityId: session.userId,
    });
  });
}

/** Every open session of a user (disabled account), inside the caller's audited transaction. */
export async function revokeUserSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
