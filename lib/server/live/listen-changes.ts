import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { CHANGES_CHANNEL, parseChangeEvent, type ChangeEvent } from "./change-event";

export type ChangeListener = (event: ChangeEvent) => void;
export type ListenSource =
  { kind: "postgresql"; url: string } | { kind: "embedded"; pglite: PGlite };

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

/**
 * LISTENs on the changes channel and calls `onChange` for each committed change. On PostgreSQL a
 * dedicated connection is used (a pooled one would lose the LISTEN when returned to the pool) and
 * re-established with backoff after a failure; `onReconnect` lets callers tell browsers to refetch
 * what they may have missed meanwhile. Returns a function that stops listening.
 */
export async function listenChanges(
  source: ListenSource,
  onChange: ChangeListener,
  onReconnect: () => void = () => {},
): Promise<() => Promise<void>> {
  const deliver = (payload: string | undefined) => {
    const event = payload ? parseChangeEvent(payload) : null;
    if (event) onChange(event);
  };
  if (source.kind === "embedded") {
    const unlisten = await source.pglite.listen(CHANGES_CHANNEL, deliver);
    return () => unlisten();
  }

  let stopped = false;
  let client: pg.Client | null = null;
  let delay = RETRY_MIN_MS;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (isRetry: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: source.url });
    next.on("notification", (message) => deliver(message.payload));
    const retry = () => {
      if (stopped || client !== next) return;
      client = null;
      next.end().catch(() => {});
      timer = setTimeout(() => void connect(true).catch(() => {}), delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    };
    next.on("error", retry);
    next.on("end", retry);
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      delay = RETRY_MIN_MS;
      if (isRetry) onReconnect();
    } catch (error) {
      if (!isRetry) {
        client = null;
        await next.end().catch(() => {});
        throw error;
      }
      retry();
    }
  };
  await connect(false);

  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const current = client;
    client = null;
    await current?.end().catch(() => {});
  };
}
