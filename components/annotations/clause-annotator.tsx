"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { createAnnotationAction } from "@/app/(app)/contracts/[id]/clauses/actions";
import { cn } from "@/lib/cn";
import { ANNOTATION_TAGS, type AnnotationTag } from "@/lib/validation/legal";
import { highlightSegments } from "./highlight-segments";
import { TAG_LABELS, tagStyle } from "./tags";

export interface AnchoredNote {
  id: string;
  start: number;
  end: number;
  tag: string | null;
  resolved: boolean;
}

interface Props {
  clause: { id: string; version: number; text: string };
  notes: AnchoredNote[];
  canAnnotate: boolean;
  people: { id: string; name: string }[];
}

interface Selected {
  start: number;
  end: number;
}

/** Character offsets of the DOM selection inside `container`, or null if it is not all inside. */
function selectionIn(container: HTMLElement): Selected | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

function textareaSelection(t: HTMLTextAreaElement): Selected | null {
  return t.selectionEnd > t.selectionStart
    ? { start: t.selectionStart, end: t.selectionEnd }
    : null;
}

/**
 * A clause's text with its annotations highlighted. Select text with the mouse, or with the
 * keyboard in the "select with keyboard" box, then press "Annotate selection" (or Alt+Shift+A).
 */
export function ClauseAnnotator({ clause, notes, canAnnotate, people }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const keyboardRef = useRef<HTMLTextAreaElement>(null);
  const formId = useId();
  const [selected, setSelected] = useState<Selected | null>(null);
  const [draft, setDraft] = useState<Selected | null>(null);
  const [keyboardBox, setKeyboardBox] = useState(false);
  const [tag, setTag] = useState<AnnotationTag>("gap");
  const [body, setBody] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The keyboard box opens focused at the start of the text and refuses every edit.
  useEffect(() => {
    const box = keyboardRef.current;
    if (!keyboardBox || !box) return;
    const refuse = (e: Event) => e.preventDefault();
    box.addEventListener("beforeinput", refuse);
    box.focus();
    box.setSelectionRange(0, 0);
    return () => box.removeEventListener("beforeinput", refuse);
  }, [keyboardBox]);

  useEffect(() => {
    if (!canAnnotate) return;
    const onChange = () => {
      const el = textRef.current;
      const s = el && selectionIn(el);
      if (s) setSelected(s);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [canAnnotate]);

  function openDraft(from: Selected | null = selected) {
    if (!from || from.end <= from.start) {
      setError("Select some of the clause text first.");
      return;
    }
    setError(null);
    setDraft(from);
  }

  function onShortcut(e: KeyboardEvent) {
    if (e.altKey && e.shiftKey && e.code === "KeyA") {
      e.preventDefault();
      const t = e.target;
      openDraft(t instanceof HTMLTextAreaElement ? textareaSelection(t) : selected);
    }
  }

  function keepTextareaSelection(e: { currentTarget: HTMLTextAreaElement }) {
    const s = textareaSelection(e.currentTarget);
    if (s) setSelected(s);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setSaving(true);
    const result = await createAnnotationAction({
      clauseId: clause.id,
      clauseVersion: clause.version,
      start: draft.start,
      end: draft.end,
      tag,
      body,
      mentions,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.fieldErrors?.body?.[0] ?? result.message);
      return;
    }
    setDraft(null);
    setBody("");
    setMentions([]);
    setSelected(null);
    window.getSelection()?.removeAllRanges();
    router.refresh();
  }

  const byId = new Map(notes.map((n) => [n.id, n]));
  const segments = highlightSegments(clause.text.length, notes);
  return (
    <div className="space-y-3" onKeyDown={canAnnotate ? onShortcut : undefined}>
      <div
        ref={textRef}
        data-testid="clause-text"
        className="whitespace-pre-wrap rounded-md border border-zinc-200 bg-white p-4 text-sm leading-relaxed text-zinc-900 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {segments.map((s) => {
          const piece = clause.text.slice(s.start, s.end);
          if (s.ids.length === 0) return <span key={s.start}>{piece}</span>;
          const top = byId.get(s.ids.at(-1)!)!;
          return (
            <mark
              key={s.start}
              data-annotation={s.ids.join(" ")}
              className={cn("rounded-sm", tagStyle(top.tag), top.resolved && "opacity-50")}
            >
              {piece}
            </mark>
          );
        })}
      </div>
      {canAnnotate && (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => openDraft()}
              aria-keyshortcuts="Alt+Shift+A"
            >
              Annotate selection
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setKeyboardBox((v) => !v)}
              aria-expanded={keyboardBox}
            >
              {keyboardBox ? "Hide keyboard selection" : "Select with keyboard"}
            </Button>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              Select text, then press the button or Alt+Shift+A.
            </span>
          </div>
          {keyboardBox && (
            <label className="block text-sm">
              <span className="mb-1 block font-medium">
                Clause text (select with Shift + arrow keys)
              </span>
              {/* Not `readOnly`: Chromium moves no caret in a read-only text area, so keyboard
                  users could not select. Edits are refused instead (beforeinput), and the value
                  is the clause's. */}
              <Textarea
                ref={keyboardRef}
                aria-readonly="true"
                value={clause.text}
                onChange={() => {}}
                rows={6}
                spellCheck={false}
                aria-describedby={`${formId}-keys`}
                onSelect={keepTextareaSelection}
                onKeyUp={keepTextareaSelection}
                onMouseUp={keepTextareaSelection}
              />
              <span id={`${formId}-keys`} className="mt-1 block text-xs text-zinc-500">
                Arrow keys move; hold Shift to select; Alt+Shift+A annotates the selection.
              </span>
            </label>
          )}
          {error && !draft && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
          {draft && (
            <form
              onSubmit={submit}
              aria-label="New annotation"
              className="space-y-3 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950/40"
            >
              <blockquote className="border-l-4 border-sky-400 pl-2 text-sm italic">
                {clause.text.slice(draft.start, draft.end).trim()}
              </blockquote>
              <fieldset className="flex flex-wrap gap-3 text-sm">
                <legend className="mb-1 font-medium">Tag</legend>
                {ANNOTATION_TAGS.map((t) => (
                  <label key={t} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name={`${formId}-tag`}
                      checked={tag === t}
                      onChange={() => setTag(t)}
                    />
                    {TAG_LABELS[t]}
                  </label>
                ))}
              </fieldset>
              <label className="block text-sm">
                <span className="mb-1 block font-medium">Comment</span>
                <Textarea
                  value={body}
                  onChange={(e) => setBody(e.target.value)}
                  required
                  aria-describedby={`${formId}-hint`}
                />
                <span id={`${formId}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
                  Markdown allowed: **bold**, lists, links.
                </span>
              </label>
              <MentionPicker people={people} value={mentions} onChange={setMentions} />
              {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
              <div className="flex gap-2">
                <Button type="submit" size="sm" disabled={saving}>
                  {saving ? "Saving…" : "Save annotation"}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setDraft(null)}>
                  Cancel
                </Button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}

/** Whom to @mention: each person mentioned sees the thread in "Assigned to me". */
export function MentionPicker({
  people,
  value,
  onChange,
}: {
  people: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  if (people.length === 0) return null;
  return (
    <fieldset className="text-sm">
      <legend className="mb-1 font-medium">Mention (@) — assigns the thread</legend>
      <div className="flex flex-wrap gap-3">
        {people.map((p) => (
          <label key={p.id} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={value.includes(p.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, p.id] : value.filter((id) => id !== p.id))
              }
            />
            @{p.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
