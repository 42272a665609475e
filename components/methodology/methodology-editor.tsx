"use client";
import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { Band } from "@/lib/domain/bands";
import type { Methodology } from "@/lib/domain/methodology/methodology";
import { OUTCOMES } from "@/lib/domain/types";
import { parseMethodology } from "@/lib/validation/methodology";
import { ClauseEffects } from "./clause-effects";
import { NumberCell } from "./number-cell";
import { PreviewSummary } from "./preview-summary";
import { useMethodologyPreview } from "./use-methodology-preview";

type Path = readonly (string | number)[];

/** A copy of `value` with the leaf at `path` replaced (the draft stays plain JSON). */
function setAt<T>(value: T, path: Path, leaf: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = leaf;
  return copy as T;
}

const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");

/** The admin's editor: edit a copy of the active methodology, preview it, save it as a version. */
export function MethodologyEditor({ active }: { active: Methodology }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Methodology>(active);
  // A newly saved or re-applied version becomes the draft; the save message stays on screen.
  const [baseVersion, setBaseVersion] = useState(active.version);
  if (baseVersion !== active.version) {
    setBaseVersion(active.version);
    setDraft(active);
  }
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const problems = useMemo(() => {
    const parsed = parseMethodology(draft);
    return parsed.ok ? [] : parsed.problems;
  }, [draft]);
  const preview = useMethodologyPreview(draft, problems);
  const set = (path: Path, value: unknown) => setDraft((d) => setAt(d, path, value));

  async function save() {
    setSaving(true);
    setMessage(null);
    const response = await fetch("/api/methodology", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ methodology: draft, reason, baseVersion: active.version }),
    });
    const json = await response.json().catch(() => ({}));
    setSaving(false);
    if (!response.ok) {
      const fields = Object.values((json.fieldErrors ?? {}) as Record<string, string[]>).flat();
      setMessage({ kind: "error", text: [json.message, ...fields].filter(Boolean).join(" ") });
      return;
    }
    setReason("");
    setMessage({ kind: "ok", text: `Saved as version ${json.version}; scores now use it.` });
    router.refresh();
  }

  async function importFile(file: File) {
    setMessage(null);
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: "error", text: `${file.name} is not JSON.` });
      return;
    }
    const parsed = parseMethodology(body);
    if (!parsed.ok) {
      setMessage({
        kind: "error",
        text: `${file.name} cannot be used: ${parsed.problems.slice(0, 8).join(" · ")}`,
      });
      return;
    }
    setDraft(parsed.methodology);
    setMessage({ kind: "ok", text: `Imported ${file.name}. Review the preview, then save.` });
  }

  function exportDraft() {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(draft, null, 2)], { type: "application/json" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = `methodology-draft.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  const bandOptions = draft.bands.map((b) => (
    <option key={b.id} value={b.id}>
      {b.label}
    </option>
  ));

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <Card>
          <h2 className="mb-3 font-medium">Name and appetite</h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="m-name" label="Name">
              <Input
                id="m-name"
                value={draft.name}
                onChange={(e) => set(["name"], e.target.value)}
              />
            </Field>
            <Field
              id="m-appetite"
              label="Risk appetite"
              hint="Deployments in a band above this one need a treatment."
            >
              <Select
                id="m-appetite"
                value={draft.appetite}
                onChange={(e) => set(["appetite"], e.target.value as Band)}
              >
                {bandOptions}
              </Select>
            </Field>
          </div>
        </Card>

        <Card>
          <h2 className="mb-3 font-medium">Scales and bands</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {(["likelihoodLabels", "impactLabels"] as const).map((scale) => (
              <fieldset key={scale} className="flex flex-col gap-1">
                <legend className="mb-1 text-sm font-medium">
                  {scale === "likelihoodLabels" ? "Likelihood" : "Impact"} levels
                </legend>
                {draft[scale].map((label, i) => (
                  <Input
                    key={i}
                    aria-label={`${scale === "likelihoodLabels" ? "Likelihood" : "Impact"} level ${i + 1}`}
                    value={label}
                    onChange={(e) => set([scale, i], e.target.value)}
                  />
                ))}
              </fieldset>
            ))}
          </div>
          <fieldset className="mt-4 grid gap-2 sm:grid-cols-2">
            <legend className="mb-1 text-sm font-medium">Bands</legend>
            {draft.bands.map((b, i) => (
              <div key={b.id} className="flex items-center gap-2">
                <input
                  type="color"
                  aria-label={`Colour of ${b.id}`}
                  value={b.colour}
                  onChange={(e) => set(["bands", i, "colour"], e.target.value)}
                  className="h-8 w-10 rounded border border-zinc-300 dark:border-zinc-700"
                />
                <Input
                  aria-label={`Name of ${b.id}`}
                  value={b.label}
                  onChange={(e) => set(["bands", i, "label"], e.target.value)}
                />
              </div>
            ))}
          </fieldset>
          <div className="relative mt-4 overflow-x-auto">
            <table className="text-xs" aria-label="Band of each grid cell">
              <caption className="mb-1 text-left text-sm font-medium">
                Grid: band of each cell (rows likelihood 5 → 1, columns impact 1 → 5)
              </caption>
              <tbody>
                {[...draft.grid.keys()].reverse().map((l) => (
                  <tr key={l}>
                    <th
                      scope="row"
                      className="pr-2 text-right font-normal text-zinc-500 dark:text-zinc-400"
                    >
                      L{l + 1}
                    </th>
                    {draft.grid[l].map((band, i) => (
                      <td key={i} className="p-0.5">
                        <Select
                          aria-label={`Likelihood ${l + 1} × impact ${i + 1}`}
                          value={band}
                          className="h-8 w-24 px-1 text-xs"
                          style={{
                            borderLeft: `4px solid ${draft.bands.find((b) => b.id === band)?.colour}`,
                          }}
                          onChange={(e) => set(["grid", l, i], e.target.value as Band)}
                        >
                          {bandOptions}
                        </Select>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>

        <Card>
          <h2 className="mb-3 font-medium">Factor weights</h2>
          <div className="relative overflow-x-auto">
            <table className="text-sm" aria-label="Likelihood points by access">
              <thead>
                <tr>
                  <th className="pr-3 text-left font-medium">Likelihood points</th>
                  {OUTCOMES.map((o) => (
                    <th
                      key={o}
                      className="px-1 text-left font-normal text-zinc-600 dark:text-zinc-400"
                    >
                      {words(o)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(["accessPoints", "upcomingPoints"] as const).map((row) => (
                  <tr key={row}>
                    <th scope="row" className="pr-3 text-left font-normal">
                      {row === "accessPoints" ? "Access now" : "Upcoming access"}
                    </th>
                    {OUTCOMES.map((o) => (
                      <td key={o} className="px-1 py-0.5">
                        <NumberCell
                          label={`${row === "accessPoints" ? "Access now" : "Upcoming access"}: ${words(o)}`}
                          value={draft.likelihood[row][o]}
                          onChange={(v) => set(["likelihood", row, o], v)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex flex-wrap gap-4 text-sm">
            {(
              [
                ["Origin dependence (likelihood)", ["likelihood", "originDependencePoints"]],
                ["Model dependence (impact)", ["impact", "modelDependencePoints"]],
              ] as const
            ).map(([label, path]) => (
              <label key={label} className="flex items-center gap-2">
                {label}
                <NumberCell
                  label={label}
                  value={
                    path[0] === "likelihood"
                      ? draft.likelihood.originDependencePoints
                      : draft.impact.modelDependencePoints
                  }
                  onChange={(v) => set(path, v)}
                />
              </label>
            ))}
          </div>
          {(["criticalityPoints", "sensitivityPoints"] as const).map((row) => (
            <div key={row} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
              <span className="w-48">
                Impact points by {row === "criticalityPoints" ? "criticality" : "data sensitivity"}{" "}
                1–5
              </span>
              {draft.impact[row].map((v, i) => (
                <NumberCell
                  key={i}
                  label={`${row === "criticalityPoints" ? "Criticality" : "Sensitivity"} ${i + 1}`}
                  value={v}
                  onChange={(n) => set(["impact", row, i], n)}
                />
              ))}
            </div>
          ))}
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            {(["fallback", "licence", "maxReduction"] as const).map((control) => (
              <span key={control} className="flex items-center gap-1">
                {control === "fallback"
                  ? "Allowed fallback"
                  : control === "licence"
                    ? "Licence held"
                    : "Largest reduction"}
                {(["likelihood", "impact"] as const).map((axis) => (
                  <NumberCell
                    key={axis}
                    label={`${control} ${axis}`}
                    value={draft.controls[control][axis]}
                    onChange={(v) => set(["controls", control, axis], v)}
                  />
                ))}
              </span>
            ))}
          </div>
        </Card>

        <ClauseEffects
          draft={draft}
          onChange={(path, v) => set(["controls", "clauses", ...path], v)}
        />
      </div>

      <div className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
        <Card>
          <h2 className="mb-2 font-medium">Preview</h2>
          <PreviewSummary state={preview} problems={problems} />
        </Card>
        <Card>
          <h2 className="mb-2 font-medium">Save as a new version</h2>
          <Field id="m-reason" label="Why does the methodology change?">
            <Textarea
              id="m-reason"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <Button
            className="mt-2 w-full"
            disabled={saving || problems.length > 0 || reason.trim().length < 3}
            onClick={save}
          >
            {saving ? "Saving…" : "Save and apply"}
          </Button>
          {message && (
            <p
              role={message.kind === "error" ? "alert" : "status"}
              className={
                message.kind === "error"
                  ? "mt-2 whitespace-pre-line text-sm text-red-700 dark:text-red-400"
                  : "mt-2 text-sm text-emerald-700 dark:text-emerald-400"
              }
            >
              {message.text}
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => fileInput.current?.click()}>
              Import JSON…
            </Button>
            <Button variant="secondary" size="sm" onClick={exportDraft}>
              Export draft
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setDraft(active)}>
              Discard edits
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              aria-label="Import a methodology as JSON"
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
                e.target.value = "";
              }}
            />
          </div>
        </Card>
      </div>
    </div>
  );
}
