import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import {
  backoffMs,
  clearFailures,
  isThrottled,
  LOCK_MS,
  MAX_FAILURES,
  recordFailure,
  throttleKeys,
  WINDOW_MS,
} from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("sign-in throttle", () => {
  const now = new Date("2026-11-29T10:00:00Z");
  const at = (ms: number) => new Date(now.getTime() + ms);

  it("locks one account from one address after MAX_FAILURES failures and unlocks after LOCK_MS", async () => {
    const keys = ["acct:x@example.com|203.0.113.1"];
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(t.db, keys, at(i * 1000));
    expect(await isThrottled(t.db, keys, at(10_000))).toBe(false);
    await recordFailure(t.db, keys, at(20_000));
    expect(await isThrottled(t.db, keys, at(21_000))).toBe(true);
    expect(await isThrottled(t.db, keys, at(20_000 + LOCK_MS + 1))).toBe(false);
  });

  it("forgets failures older than the window", async () => {
    const keys = ["acct:y@example.com|203.0.113.1"];
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(t.db, keys, at(0));
    await recordFailure(t.db, keys, at(WINDOW_MS + 1));
    expect(await isThrottled(t.db, keys, at(WINDOW_MS + 2))).toBe(false);
  });

  it("gives a shared address more attempts than one account, and clears on success", async () => {
    const keys = ["addr:10.0.0.1"];
    for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(t.db, keys, at(0));
    expect(await isThrottled(t.db, keys, at(1))).toBe(false);
    await clearFailures(t.db, keys);
    expect(await t.db.loginThrottle.count({ where: { key: "addr:10.0.0.1" } })).toBe(0);
  });

  it("never locks the account itself: failures from elsewhere slow attempts down instead", async () => {
    const attacker = throttleKeys("admin@example.com", "198.51.100.66");
    const owner = throttleKeys("admin@example.com", "203.0.113.10");
    for (let i = 0; i < 3 * MAX_FAILURES; i++)
      await recordFailure(t.db, [attacker.pair, attacker.address, attacker.account], at(i));
    expect(await isThrottled(t.db, [attacker.pair, attacker.address], at(100))).toBe(true);
    // The owner, at another address, is not locked out…
    expect(await isThrottled(t.db, [owner.pair, owner.address], at(100))).toBe(false);
    // …but every attempt on this account now waits, up to a few seconds.
    const wait = await backoffMs(t.db, owner.account, at(100));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(4_000);
    expect(await backoffMs(t.db, owner.account, at(WINDOW_MS + 1_000))).toBe(0);
  });
});
