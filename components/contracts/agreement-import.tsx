"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { importClausesAction } from "@/app/(app)/contracts/[id]/clauses/actions";
import { splitAgreement, type SplitClause } from "@/lib/domain/contracts/split-agreement";
import { CLAUSE_TYPES, type ClauseType } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";

interface Row {
  include: boolean;
  heading: string;
  text: string;
  type: ClauseType | "";
  suggested: ClauseType | null;
}

const toRows = (clauses: SplitClause[]): Row[] =>
  clauses.map((c) => ({
    include: c.text.length > 0,
    heading: c.heading,
    text: c.text,
    type: c.suggestedType ?? "",
    suggested: c.suggestedType,
  }));

/**
 * Bring in an agreement: paste its text or upload a .docx / text PDF, review the clauses split at
 * its numbered headings (keep or drop each, fix the heading, confirm the suggested type), then save.
 */
export function AgreementImport({ contractId }: { contractId: string }) {
  const router = useRouter();
  const [source, setSource] = useState("");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function split(text: string) {
    const { clauses } = splitAgreement(text);
    if (clauses.length === 0) {
      setRows(null);
      setMessage('No numbered headings were found ("1.", "4.2", "(a)", "Section 4.2").');
      return;
    }
    setMessage(null);
    setRows(toRows(clauses));
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/api/agreements/split", { method: "POST", body });
    setBusy(false);
    const data = (await res.json()) as { message?: string; text?: string };
    if (!res.ok || data.text === undefined) return setMessage(data.message ?? "Upload failed.");
    setSource(data.text);
    split(data.text);
  }

  const update = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function save(e: FormEvent) {
    e.preventDefault();
    const kept = (rows ?? []).filter((r) => r.include);
    if (kept.some((r) => !r.type)) return setMessage("Choose a type for every clause you keep.");
    setBusy(true);
    const result = await importClausesAction({
      contractId,
      clauses: kept.map((r) => ({ heading: r.heading, text: r.text, type: r.type as ClauseType })),
    });
    setBusy(false);
    if (!result.ok) {
      const field = Object.entries(result.fieldErrors ?? {})[0];
      return setMessage(field ? `${result.message} (${field[0]}: ${field[1][0]})` : result.message);
    }
    router.push(`/contracts/${contractId}`);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <section className="space-y-3">
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Upload a .docx, text-based PDF or .txt</span>
          <Input
            type="file"
            accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            className="py-1.5"
            onChange={(e) => upload(e.target.files?.[0])}
            disabled={busy}
          />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Or paste the agreement text</span>
          <Textarea rows={8} value={source} onChange={(e) => setSource(e.target.value)} />
        </label>
        <Button variant="secondary" onClick={() => split(source)} disabled={!source.trim() || busy}>
          Split into clauses
        </Button>
        {message && (
          <p className="text-sm text-red-700 dark:text-red-400" data-testid="import-message">
            {message}
          </p>
        )}
      </section>
      {rows && (
        <form onSubmit={save} aria-label="Review clauses" className="space-y-3">
          <h2 className="text-base font-semibold">
            Review {rows.length} clauses ({rows.filter((r) => r.include).length} kept)
          </h2>
          <ol className="space-y-3">
            {rows.map((r, i) => (
              <li
                key={i}
                aria-label={`Clause ${i + 1}`}
                className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
              >
                <div className="flex flex-wrap items-center gap-3">
                  <label className="flex items-center gap-1.5 text-sm">
                    <input
                      type="checkbox"
                      checked={r.include}
                      onChange={(e) => update(i, { include: e.target.checked })}
                    />
                    Keep
                  </label>
                  <Input
                    aria-label={`Heading of clause ${i + 1}`}
                    className="min-w-48 flex-1"
                    value={r.heading}
                    onChange={(e) => update(i, { heading: e.target.value })}
                  />
                  <Select
                    aria-label={`Type of clause ${i + 1}`}
                    className="w-auto"
                    value={r.type}
                    onChange={(e) => update(i, { type: e.target.value as ClauseType })}
                  >
                    <option value="">Choose a type…</option>
                    {CLAUSE_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {titleCase(t)}
                        {t === r.suggested ? " (suggested)" : ""}
                      </option>
                    ))}
                  </Select>
                </div>
                <Textarea
                  aria-label={`Text of clause ${i + 1}`}
                  rows={3}
                  value={r.text}
                  onChange={(e) => update(i, { text: e.target.value })}
                />
              </li>
            ))}
          </ol>
          <Button type="submit" disabled={busy}>
            Save {rows.filter((r) => r.include).length} clauses
          </Button>
        </form>
      )}
    </div>
  );
}
