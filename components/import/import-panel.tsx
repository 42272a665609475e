"use client";

import { Link } from "@/components/ui/link";
import { useId, useRef, useState, type DragEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { IMPORT_LABELS, MAX_IMPORT_BYTES, type ImportEntity } from "@/lib/import/columns";
import type { ImportOutcome, ImportProgress } from "@/lib/server/import/run-import";
import { ImportCounts, ImportPreview } from "./import-preview";
import { readNdjson } from "./read-ndjson";

type Line =
  | ({ type: "progress" } & ImportProgress)
  | { type: "result"; outcome: ImportOutcome }
  | { type: "error"; message: string };

type Status =
  | { kind: "idle" }
  | { kind: "busy"; label: string; done: number; total: number }
  | { kind: "error"; message: string };

const PHASE_LABEL: Record<ImportProgress["phase"], string> = {
  parse: "Reading the file",
  validate: "Checking rows",
  commit: "Writing rows",
};

const n = (value: number) => value.toLocaleString("en");
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function ImportPanel({ entity }: { entity: ImportEntity }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const labels = IMPORT_LABELS[entity];
  const busy = status.kind === "busy";

  async function send(name: string, text: string, mode: "preview" | "commit") {
    setStatus({ kind: "busy", label: "Uploading", done: 0, total: 1 });
    let result: ImportOutcome | null = null;
    let failure: string | null = null;
    try {
      const response = await fetch(
        `/api/import/${entity}?mode=${mode}&fileName=${encodeURIComponent(name)}`,
        {
          method: "POST",
          headers: { "content-type": "text/csv; charset=utf-8" },
          body: text,
        },
      );
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        failure = body?.message ?? `The server answered ${response.status}.`;
      } else {
        await readNdjson(response, (value) => {
          const line = value as Line;
          if (line.type === "progress")
            setStatus({
              kind: "busy",
              label: PHASE_LABEL[line.phase],
              done: line.done,
              total: line.total,
            });
          else if (line.type === "result") result = line.outcome;
          else failure = line.message;
        });
      }
    } catch {
      failure = "The upload failed. Check your connection and try again.";
    }
    if (failure || !result) {
      setStatus({ kind: "error", message: failure ?? "The server sent no result." });
      return null;
    }
    setStatus({ kind: "idle" });
    setOutcome(result);
    return result as ImportOutcome;
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setOutcome(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setStatus({
        kind: "error",
        message: `"${chosen.name}" is ${megabytes(chosen.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.`,
      });
      return;
    }
    // Decoded strictly: a file saved as Latin-1 or Windows-1252 would otherwise be stored with
    // replacement characters in place of its accented letters. A byte-order mark is dropped.
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await chosen.arrayBuffer());
    } catch {
      setFile(null);
      setStatus({
        kind: "error",
        message: `"${chosen.name}" is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8") and choose it again.`,
      });
      return;
    }
    setFile({ name: chosen.name, text });
    await send(chosen.name, text, "preview");
  }

  async function commit() {
    if (!file) return;
    const result = await send(file.name, file.text, "commit");
    if (result?.committed)
      toast.success(
        `Imported ${labels.plural.toLowerCase()}: ${n(result.counts.create)} created, ${n(result.counts.update)} updated.`,
      );
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!busy) void choose(event.dataTransfer.files[0]);
  }

  const canCommit =
    !!outcome &&
    !outcome.committed &&
    outcome.fileErrors.length === 0 &&
    outcome.counts.invalid === 0 &&
    outcome.counts.create + outcome.counts.update > 0;

  return (
    <div className="flex flex-col gap-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
        className={cn(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center",
          dragging
            ? "border-sky-600 bg-sky-50 dark:bg-sky-950/40"
            : "border-zinc-300 dark:border-zinc-700",
        )}
      >
        <label htmlFor={inputId} className="text-sm font-medium">
          CSV file
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) =>
            void choose(e.target.files?.[0]).finally(
              () => inputRef.current && (inputRef.current.value = ""),
            )
          }
          className="text-sm"
        />
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          or drop it here · UTF-8, comma, semicolon or tab separated · up to{" "}
          {megabytes(MAX_IMPORT_BYTES)}
        </p>
      </div>

      <div aria-live="polite" className="min-h-6">
        {status.kind === "busy" && (
          <div className="flex flex-col gap-1" data-testid="import-progress">
            <label className="text-sm" htmlFor={`${inputId}-progress`}>
              {status.label}
              {status.total > 1 &&
                ` · ${status.done.toLocaleString("en")} of ${status.total.toLocaleString("en")}`}
            </label>
            <progress
              id={`${inputId}-progress`}
              max={Math.max(status.total, 1)}
              value={status.done}
              className="h-2 w-full"
            />
          </div>
        )}
        {status.kind === "error" && (
          <p className="text-sm text-red-700 dark:text-red-400" data-testid="import-error">
            {status.message}
          </p>
        )}
      </div>

      {outcome && (
        <Card className="flex flex-col gap-3" data-testid="import-outcome">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <p className="font-medium">{file?.name}</p>
              <ImportCounts outcome={outcome} />
            </div>
            {!outcome.committed && (
              <Button onClick={() => void commit()} disabled={!canCommit || busy}>
                Import {(outcome.counts.create + outcome.counts.update).toLocaleString("en")} rows
              </Button>
            )}
          </div>
          {outcome.committed ? (
            <p className="text-sm text-emerald-800 dark:text-emerald-300" data-testid="import-done">
              Imported: {n(outcome.counts.create)} created, {n(outcome.counts.update)} updated,{" "}
              {n(outcome.counts.unchanged)} unchanged.{" "}
              <Link className="underline" href={`/${entity}`}>
                Open {labels.plural.toLowerCase()}
              </Link>{" "}
              ·{" "}
              <Link className="underline" href={`/audit?requestId=${outcome.importId}`}>
                See it in the audit log
              </Link>
            </p>
          ) : outcome.fileErrors.length > 0 ? (
            <ul
              className="list-disc pl-5 text-sm text-red-700 dark:text-red-400"
              data-testid="import-file-errors"
            >
              {outcome.fileErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : outcome.counts.invalid > 0 ? (
            <p className="text-sm text-red-700 dark:text-red-400">
              {outcome.counts.invalid.toLocaleString("en")} row
              {outcome.counts.invalid > 1 ? "s have" : " has"} errors. Nothing is imported until
              every row is valid: fix the file and upload it again.
            </p>
          ) : (
            !canCommit && (
              <p className="text-sm">Nothing to import: every row matches what is stored.</p>
            )
          )}
          {outcome.rows.length > 0 && <ImportPreview outcome={outcome} />}
        </Card>
      )}
    </div>
  );
}
