/**
 * Values derived from the database, kept until the data revision changes (data-revision.ts): cheap
 * to serve on every request, never older than the last committed change in any server process.
 * The held values live on globalThis, so every bundle of the server (pages, route handlers,
 * actions) and a development reload share one copy per process.
 */
import "server-only";
import { cache as perRequest } from "react";
import { db } from "@/lib/server/db/client";
import { dataRevision } from "./data-revision";

/**
 * The data revision, read once per server render however many loaders ask for it (React's cache
 * is per request; in route handlers and scripts it simply calls through).
 */
export const currentRevision = perRequest(() => dataRevision(db));

interface Held {
  revision: string;
  byKey: Map<string, Promise<unknown>>;
}
const store = globalThis as unknown as { tierscopeRevisionCaches?: Map<string, Held> };
const caches = (store.tierscopeRevisionCaches ??= new Map());

/**
 * A loader of values by key (e.g. users by id), each kept until the revision changes; all are
 * dropped together then. `name` identifies the cache in the process. Concurrent callers share one
 * load, and a failed load is forgotten so the next call tries again.
 */
export function perRevisionByKey<T>(
  name: string,
  load: (key: string, revision: string) => Promise<T>,
): (key: string) => Promise<T> {
  return async (key) => {
    const revision = await currentRevision();
    let held = caches.get(name);
    if (!held || held.revision !== revision)
      caches.set(name, (held = { revision, byKey: new Map() }));
    const byKey = held.byKey;
    let loading = byKey.get(key) as Promise<T> | undefined;
    if (!loading) {
      loading = load(key, revision);
      byKey.set(key, loading);
      loading.catch(() => {
        if (byKey.get(key) === loading) byKey.delete(key);
      });
    }
    return loading;
  };
}

/** A loader of one value kept until the revision changes (perRevisionByKey with a single key). */
export function perRevision<T>(
  name: string,
  load: (revision: string) => Promise<T>,
): () => Promise<T> {
  const byKey = perRevisionByKey(name, (_key, revision) => load(revision));
  return () => byKey("");
}
