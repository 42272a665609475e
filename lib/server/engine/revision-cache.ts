/**
 * Values derived from the database, kept until the data revision changes (data-revision.ts): cheap
 * to serve on every request, never older than the last committed change in any server process.
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

/** A loader whose result is kept until the revision changes. Concurrent callers share one load. */
export function perRevision<T>(load: () => Promise<T>): () => Promise<T> {
  let held: { revision: string; loading: Promise<T> } | null = null;
  return async () => {
    const revision = await currentRevision();
    if (held && held.revision === revision) return held.loading;
    const loading = load();
    const entry = { revision, loading };
    held = entry;
    loading.catch(() => {
      if (held === entry) held = null;
    });
    return loading;
  };
}

/**
 * Like perRevision, for values looked up by key (e.g. users by id); all are dropped together when
 * the revision changes.
 */
export function perRevisionByKey<T>(
  load: (key: string) => Promise<T>,
): (key: string) => Promise<T> {
  let held: { revision: string; byKey: Map<string, Promise<T>> } | null = null;
  return async (key) => {
    const revision = await currentRevision();
    if (!held || held.revision !== revision) held = { revision, byKey: new Map() };
    const byKey = held.byKey;
    let loading = byKey.get(key);
    if (!loading) {
      loading = load(key);
      byKey.set(key, loading);
      loading.catch(() => {
        if (byKey.get(key) === loading) byKey.delete(key);
      });
    }
    return loading;
  };
}
