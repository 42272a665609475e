import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import { revokeSession, revokeUserSessions, sessionOwner, startSession } from "./sessions";

let t: TestDb;
let userId: string;
beforeAll(async () => {
  t = await createTestDb();
  userId = (
    await t.db.user.create({
      data: { email: "s@example.com", name: "S", role: "LEGAL", passwordHash: "x" },
    })
  ).id;
}, 120_000);
afterAll(async () => t?.close());

describe("server-side sessions", () => {
  it("a session belongs to its user until it is revoked, and the sign-out is audited", async () => {
    const sid = await startSession(t.db, userId);
    expect(await sessionOwner(t.db, sid)).toBe(userId);
    await revokeSession(t.db, sid);
    expect(await sessionOwner(t.db, sid)).toBeNull();
    expect(
      await t.db.auditEvent.count({ where: { action: "user.sign-out", entityId: userId } }),
    ).toBe(1);
    // Revoking again changes nothing and writes nothing.
    await revokeSession(t.db, sid);
    expect(
      await t.db.auditEvent.count({ where: { action: "user.sign-out", entityId: userId } }),
    ).toBe(1);
  });

  it("revoking a user's sessions ends all of them and only theirs", async () => {
    const other = await t.db.user.create({
      data: { email: "o@example.com", name: "O", role: "VIEWER", passwordHash: "x" },
    });
    const mine = [await startSession(t.db, userId), await startSession(t.db, userId)];
    const theirs = await startSession(t.db, other.id);
    expect(await t.db.$transaction((tx) => revokeUserSessions(tx, userId))).toBe(2);
    for (const sid of mine) expect(await sessionOwner(t.db, sid)).toBeNull();
    expect(await sessionOwner(t.db, theirs)).toBe(other.id);
  });

  it("an expired session is not valid", async () => {
    const sid = await startSession(t.db, userId);
    await t.db.userSession.update({ where: { id: sid }, data: { expiresAt: new Date(0) } });
    expect(await sessionOwner(t.db, sid)).toBeNull();
  });
});
