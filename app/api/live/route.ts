/**
 * Server-sent events: one stream per open page, fed by this process's change listener (which hears
 * commits from every process on the same database). Sign-in is required; events carry only what
 * changed (type, id, action), never the data, which pages re-read under their own permission checks.
 */
import { userOfCookie } from "@/lib/server/guards";
import { defineRoute } from "@/lib/server/route";
import { subscribeChanges, type HubMessage } from "@/lib/server/live/change-hub";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

export const GET = defineRoute({}, async ({ request }) => {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // A sign-out elsewhere or a disabled account is an audited change: each change re-checks
      // that this stream's session still stands, and closes the stream when it does not.
      const cookie = request.headers.get("cookie");
      // The check runs after the listener returns: the embedded database is still delivering the
      // notification when subscribers are called.
      // A check the database cannot answer (it is restarting) is not a sign-out: the message is
      // held back, and the next one that passes the check becomes a resync, so the page refetches
      // whatever it missed.
      let missed = false;
      const check = async (message: HubMessage) => {
        let user;
        try {
          user = await userOfCookie(cookie);
        } catch {
          missed = true;
          return;
        }
        if (!user) {
          send(`event: signed-out\ndata: {}\n\n`);
          cleanup();
          return;
        }
        if (message.type === "change" && !missed)
          send(`event: change\ndata: ${JSON.stringify(message.event)}\n\n`);
        else send(`event: resync\ndata: {}\n\n`);
        missed = false;
      };
      const unsubscribe = await subscribeChanges((message: HubMessage) => {
        setTimeout(() => void check(message), 0);
      });
      // Comments keep proxies from closing an idle stream and let the server notice a gone client.
      const heartbeat = setInterval(() => send(`: heartbeat\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
        cleanup = () => {};
      };
      request.signal.addEventListener("abort", () => cleanup());
      send(`retry: 2000\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
