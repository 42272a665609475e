import { isImportEntity, MAX_IMPORT_BYTES } from "@/lib/import/columns";
import { db } from "@/lib/server/db/client";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/guards";
import { toErrorBody } from "@/lib/server/handle-error";
import { importPermission } from "@/lib/server/import/import-permission";
import { runImport } from "@/lib/server/import/run-import";
import { defineRoute } from "@/lib/server/route";

/**
 * POST the CSV text (body) to /api/import/vendors?mode=preview|commit&fileName=…; the answer is
 * NDJSON: {"type":"progress",…} lines while parsing, validating and committing, then one
 * {"type":"result",…} (or {"type":"error",…}) line. Streaming keeps a 10k-row import visibly moving.
 */
export const POST = defineRoute({}, async ({ request, params }) => {
  const entity = params.entity ?? "";
  if (!isImportEntity(entity))
    throw new NotFoundError(`Nothing called "${entity}" can be imported.`);
  const user = await authorize(importPermission(entity));
  const url = new URL(request.url);
  const mode = url.searchParams.get("mode") === "commit" ? "commit" : "preview";
  const fileName = (url.searchParams.get("fileName") ?? "upload.csv").slice(0, 200);
  const tooLarge = () =>
    new ValidationError(
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into smaller files.`,
    );
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw tooLarge();

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
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
});
