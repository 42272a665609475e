import type { AnnotationTag } from "@/lib/validation/legal";

export const TAG_LABELS: Record<AnnotationTag, string> = {
  gap: "Gap",
  risk: "Risk",
  mitigation: "Mitigation",
  question: "Question",
  ok: "OK",
};

/** Highlight and badge colours per tag, readable in light and dark mode. */
export const TAG_STYLES: Record<AnnotationTag, string> = {
  gap: "bg-amber-200/80 text-amber-950 dark:bg-amber-500/40 dark:text-amber-50",
  risk: "bg-red-200/80 text-red-950 dark:bg-red-500/40 dark:text-red-50",
  mitigation: "bg-emerald-200/80 text-emerald-950 dark:bg-emerald-500/40 dark:text-emerald-50",
  question: "bg-sky-200/80 text-sky-950 dark:bg-sky-500/40 dark:text-sky-50",
  ok: "bg-zinc-200 text-zinc-900 dark:bg-zinc-600/60 dark:text-zinc-50",
};

export function tagLabel(tag: string | null): string {
  return tag && tag in TAG_LABELS ? TAG_LABELS[tag as AnnotationTag] : "Note";
}

export function tagStyle(tag: string | null): string {
  return tag && tag in TAG_STYLES ? TAG_STYLES[tag as AnnotationTag] : TAG_STYLES.ok;
}
