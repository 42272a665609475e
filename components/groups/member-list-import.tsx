"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import type { MemberListPreview } from "@/lib/server/groups/preview-member-list";

type State =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "error"; message: string }
  | { status: "preview"; preview: MemberListPreview }
  | { status: "applied"; added: string[]; removed: string[]; effectiveFrom: string };

async function send(url: string, method: string, body: unknown) {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(json?.message ?? "The server could not handle this list.");
  return json;
}

const names = (list: { name: string }[]) => list.map((c) => c.name).join(", ") || "none";

/**
 * Upload an updated member list (JSON or CSV: code, optional validFrom/validTo), see what it
 * changes from its effective date — countries and the deployments whose access changes under each
 * scenario using the group — then apply it.
 */
export function MemberListImport({ groupId, today }: { groupId: string; today: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [state, setState] = useState<State>({ status: "idle" });
  const url = `/api/groups/${groupId}/member-list`;

  const preview = async () => {
    setState({ status: "busy" });
    try {
      const result = (await send(`${url}/preview`, "POST", {
        text,
        effectiveFrom,
      })) as MemberListPreview;
      setState({ status: "preview", preview: result });
    } catch (error) {
      setState({ status: "error", message: (error as Error).message });
    }
  };
  const apply = async (p: MemberListPreview) => {
    setState({ status: "busy" });
    try {
      const result = await send(url, "PUT", { text, effectiveFrom, version: p.group.version });
      setState({ status: "applied", ...result, effectiveFrom });
      router.refresh();
    } catch (error) {
      setState({ status: "error", message: (error as Error).message });
    }
  };

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        A JSON list (
        <code>
          [&quot;CN&quot;, {"{"}&quot;code&quot;: &quot;KH&quot;, &quot;validFrom&quot;:
          &quot;2021-12-09&quot;{"}"}]
        </code>
        ) or a CSV with a <code>code</code> column and optional <code>validFrom</code>,{" "}
        <code>validTo</code>. Countries added count from the effective date; members left out end
        that day.
      </p>
      <label className="flex flex-col gap-1">
        <span className="font-medium">File</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json,text/plain"
          className="text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
            setState({ status: "idle" });
          }}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">Or paste the list</span>
        <Textarea
          value={text}
          rows={4}
          onChange={(e) => {
            setText(e.target.value);
            setState({ status: "idle" });
          }}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">Effective from</span>
        <Input
          type="date"
          className="w-44"
          value={effectiveFrom}
          onChange={(e) => {
            setEffectiveFrom(e.target.value);
            setState({ status: "idle" });
          }}
        />
      </label>
      <div>
        <Button
          variant="secondary"
          disabled={!text.trim() || !effectiveFrom || state.status === "busy"}
          onClick={preview}
        >
          {state.status === "busy" ? "Working…" : "Preview changes"}
        </Button>
      </div>
      {state.status === "error" && (
        <p
          role="alert"
          data-testid="member-list-error"
          className="whitespace-pre-line text-red-700 dark:text-red-400"
        >
          {state.message}
        </p>
      )}
      {state.status === "applied" && (
        <p role="status" className="text-emerald-700 dark:text-emerald-400">
          Applied from {state.effectiveFrom}: {state.added.length} added, {state.removed.length}{" "}
          removed.
        </p>
      )}
      {state.status === "preview" && (
        <section
          aria-label="Preview of the member list"
          data-testid="member-list-preview"
          className="flex flex-col gap-2"
        >
          <p>
            From {state.preview.effectiveFrom}: <strong>added</strong> {names(state.preview.added)};{" "}
            <strong>removed</strong> {names(state.preview.removed)}.
          </p>
          {state.preview.scenarios.length === 0 && <p>No scenario uses this group.</p>}
          {state.preview.scenarios.map((s) => (
            <div key={s.id}>
              <h4 className="font-medium">
                {s.name}:{" "}
                {s.changes.length === 0
                  ? "no deployment changes"
                  : `${s.changes.length} deployment${s.changes.length === 1 ? "" : "s"} change`}
              </h4>
              <ul className="list-disc pl-5">
                {s.changes.slice(0, 50).map((c) => (
                  <li key={c.id}>
                    <Link
                      className="text-sky-700 underline dark:text-sky-400"
                      href={`/deployments/${c.id}`}
                    >
                      {c.ref}
                    </Link>{" "}
                    {c.label}: {OUTCOME_STYLE[c.before].label} → {OUTCOME_STYLE[c.after].label}
                  </li>
                ))}
                {s.changes.length > 50 && <li>…and {s.changes.length - 50} more</li>}
              </ul>
            </div>
          ))}
          <div>
            <Button onClick={() => apply(state.preview)}>
              Apply from {state.preview.effectiveFrom}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
