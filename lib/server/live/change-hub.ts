/**
 * One listener per server process, shared by every open SSE stream. It starts with the first
 * subscriber and keeps running (a LISTEN connection is cheap; restarting it per page view is not).
 */
import "server-only";
import { db } from "@/lib/server/db/client";
import { embeddedPGliteOf } from "@/lib/server/db/create-client";
import type { ChangeEvent } from "./change-event";
import { listenChanges, type ListenSource } from "./listen-changes";

/** A change event, or "resync" after a lost connection: something may have been missed. */
export type HubMessage = { type: "change"; event: ChangeEvent } | { type: "resync" };
type Subscriber = (message: HubMessage) => void;

interface Hub {
  subscribers: Set<Subscriber>;
  started: Promise<void> | null;
}
const store = globalThis as unknown as { tierscopeChangeHub?: Hub };
const hub: Hub = (store.tierscopeChangeHub ??= { subscribers: new Set(), started: null });

function source(): ListenSource {
  const pglite = embeddedPGliteOf(db);
  if (pglite) return { kind: "embedded", pglite };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Live updates need DATABASE_URL or the embedded database.");
  return { kind: "postgresql", url };
}

function broadcast(message: HubMessage) {
  for (const subscriber of hub.subscribers) subscriber(message);
}

function start(): Promise<void> {
  hub.started ??= listenChanges(
    source(),
    (event) => broadcast({ type: "change", event }),
    () => broadcast({ type: "resync" }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // Let the next subscriber try again instead of caching the failure forever.
      hub.started = null;
      throw error;
    },
  );
  return hub.started;
}

/** Calls `subscriber` for every committed change in any process; returns the unsubscribe function. */
export async function subscribeChanges(subscriber: Subscriber): Promise<() => void> {
  await start();
  hub.subscribers.add(subscriber);
  return () => hub.subscribers.delete(subscriber);
}
