import { MAX_IMPORT_BYTES } from "@/lib/import/columns";
import { db } from "@/lib/server/db/client";
import { ValidationError } from "@/lib/server/errors";
import { describeUncleanText } from "@/lib/validation/clean-input";
import { toErrorBody } from "@/lib/server/handle-error";
import { importEntityOf, importRoutePermission } from "@/lib/server/import/import-permission";
import { runImport } from "@/lib/server/import/run-import";
import { defineRoute } from "@/lib/server/route";

/**
 * POST the CSV text (body) to /api/import/vendors?mode=preview|commit&fileName=…; the answer is
 * NDJSON: {"type":"progress",…} lines while parsing, validating and committing, then one
 * {"type":"result",…} (or {"type":"error",…}) line. Streaming keeps a 10k-row import visibly moving.
 */
export const POST = defineRoute(
  {
    permission: importRoutePermission,
    accepts: ["text/csv", "text/plain"],
    maxBytes: MAX_IMPORT_BYTES,
  },
  async ({ request, params, user, body: text }) => {
    const entity = importEntityOf(params);
    const url = new URL(request.url);
    const mode = url.searchParams.get("mode") === "commit" ? "commit" : "preview";
    const fileName = (url.searchParams.get("fileName") ?? "upload.csv").slice(0, 200);
    const unclean = describeUncleanText(text);
    if (unclean) throw new ValidationError(`The file cannot be imported: ${unclean}`);

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) =>
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const outcome = await runImport(db, {
            entity,
            text,
            fileName,
            mode,
            actorId: user.id,
            onProgress: (p) => send({ type: "progress", ...p }),
          });
          send({ type: "result", outcome });
        } catch (error) {
          send({ type: "error", ...toErrorBody(error).body });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "cache-control": "no-store",
      },
    });
  },
);
