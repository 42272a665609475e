"use client";

import { useState } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/server/action";
import type { ErrorBody } from "@/lib/server/handle-error";
import { applyServerErrors } from "./apply-server-errors";

export interface Reapplied {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/**
 * Edits that may meet a newer version. A stale save comes back as a conflict naming who changed the
 * row and when; "Reload latest" loads the server's current values (and version) into the form and
 * re-applies on top of them only the fields this user had changed, listing each with the other
 * person's value beside it, so nothing is lost and nothing is overwritten without being seen.
 */
export function useVersionedForm<T extends FieldValues & { version?: number }, O = T>(
  form: UseFormReturn<T, unknown, O>,
  reload: () => Promise<ActionResult<T>>,
) {
  const [conflict, setConflict] = useState<ErrorBody | null>(null);
  const [reapplied, setReapplied] = useState<Reapplied[] | null>(null);
  const [reloading, setReloading] = useState(false);

  function handleError(error: ErrorBody) {
    if (error.code === "conflict" && error.conflict) {
      setConflict(error);
      setReapplied(null);
    } else applyServerErrors(form, error);
  }

  async function reloadLatest() {
    setReloading(true);
    try {
      const latest = await reload();
      if (!latest.ok) return applyServerErrors(form, latest);
      const mine = form.getValues();
      const dirty = Object.keys(form.formState.dirtyFields) as Path<T>[];
      form.reset(latest.data);
      const changed: Reapplied[] = [];
      for (const field of dirty) {
        const theirs = latest.data[field];
        const value = mine[field];
        if (String(value ?? "") === String(theirs ?? "")) continue;
        form.setValue(field, value as PathValue<T, Path<T>>, { shouldDirty: true });
        changed.push({ field, mine: value, theirs });
      }
      setReapplied(changed);
      setConflict(null);
    } finally {
      setReloading(false);
    }
  }

  return { conflict, reapplied, reloading, handleError, reloadLatest };
}
