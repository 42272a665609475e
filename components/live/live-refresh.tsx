"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";

/** At most one refresh per this interval, so a burst of saves costs one re-render. */
const THROTTLE_MS = 500;
const INDICATOR_MS = 3_000;

/**
 * Keeps a server-rendered page current: listens to /api/live and re-fetches the page's data
 * (router.refresh keeps client state such as form input and scroll) when anything changes.
 */
export function LiveRefresh() {
  const router = useRouter();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [connected, setConnected] = useState(false);
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The refresh runs in a transition, so "Updated" is said once the new data is on screen (a slow
  // render must not let the indicator come and go before the page changes).
  const [refreshing, startRefresh] = useTransition();
  const wasRefreshing = useRef(false);

  useEffect(() => {
    const source = new EventSource("/api/live");
    const refresh = () => {
      if (pending.current) return;
      const wait = Math.max(0, lastRefresh.current + THROTTLE_MS - Date.now());
      pending.current = setTimeout(() => {
        pending.current = null;
        lastRefresh.current = Date.now();
        startRefresh(() => router.refresh());
      }, wait);
    };
    // After a lost connection the stream says "ready" again; what changed during the gap was
    // never sent, so the page is refreshed then.
    let hadConnection = false;
    source.addEventListener("ready", () => {
      setConnected(true);
      if (hadConnection) refresh();
      hadConnection = true;
    });
    source.addEventListener("change", refresh);
    // This session was ended (signed out elsewhere, account disabled): the refresh leads to sign-in.
    source.addEventListener("signed-out", () => {
      source.close();
      setConnected(false);
      router.refresh();
    });
    source.addEventListener("resync", refresh);
    source.onerror = () => setConnected(false);
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [router, startRefresh]);

  useEffect(() => {
    if (wasRefreshing.current && !refreshing) setUpdatedAt(new Date());
    wasRefreshing.current = refreshing;
  }, [refreshing]);

  useEffect(() => {
    if (!updatedAt) return;
    const timer = setTimeout(() => setUpdatedAt(null), INDICATOR_MS);
    return () => clearTimeout(timer);
  }, [updatedAt]);

  return (
    <p
      className="flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400"
      data-testid="live-status"
      data-connected={connected}
      aria-live="polite"
    >
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${connected ? "bg-emerald-500" : "bg-zinc-400"}`}
      />
      {updatedAt ? (
        <span data-testid="live-updated">Updated {updatedAt.toLocaleTimeString()}</span>
      ) : connected ? (
        "Live"
      ) : (
        "Connecting…"
      )}
    </p>
  );
}
