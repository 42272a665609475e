"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { assessClauseAction } from "@/app/(app)/contracts/[id]/clauses/actions";
import { ASSESSMENT_CHOICES } from "@/lib/validation/legal";
import { ASSESSMENT_LABELS } from "./assessment-labels";
import { AssessmentPreview } from "./assessment-preview";

/** Assess a clause: adequate / weak / missing with a required note, at the version the user read. */
export function AssessmentForm({
  clauseId,
  version,
  current,
}: {
  clauseId: string;
  version: number;
  current: string;
}) {
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState<string>(current === "NOT_ASSESSED" ? "" : current);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!choice) return setError("Choose adequate, weak or missing.");
    setSaving(true);
    const result = await assessClauseAction({
      clauseId,
      version,
      assessment: choice as (typeof ASSESSMENT_CHOICES)[number],
      note,
    });
    setSaving(false);
    if (!result.ok) return setError(result.fieldErrors?.note?.[0] ?? result.message);
    setError(null);
    setNote("");
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label="Assess clause" className="space-y-3">
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 font-medium">Assessment</legend>
        {ASSESSMENT_CHOICES.map((a) => (
          <label key={a} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-assessment`}
              value={a}
              checked={choice === a}
              onChange={() => setChoice(a)}
            />
            {ASSESSMENT_LABELS[a]}
          </label>
        ))}
      </fieldset>
      {choice !== current && <AssessmentPreview clauseId={clauseId} choice={choice} />}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Note (required)</span>
        <Textarea value={note} onChange={(e) => setNote(e.target.value)} required />
      </label>
      {error && (
        <p className="text-sm text-red-700 dark:text-red-400" data-testid="assessment-error">
          {error}
        </p>
      )}
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save assessment"}
      </Button>
    </form>
  );
}
