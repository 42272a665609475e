"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import {
  useForm,
  useWatch,
  type DefaultValues,
  type FieldValues,
  type Resolver,
} from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/server/action";
import { ConflictNotice } from "./conflict-notice";
import { ErrorSummary } from "./error-summary";
import { FieldControl } from "./field-control";
import { problemsInOrder, type FormSpec } from "./form-spec";
import { useVersionedForm } from "./use-versioned-form";

type Saved = ActionResult<{ id: string }>;
type Row = { id: string; version: number };

export interface EntityActions<TIn, TOut> {
  create: (values: TOut) => Promise<Saved>;
  update: (values: TOut & Row) => Promise<Saved>;
  /** The row as it is now, after a save was refused as stale. */
  load: (input: { id: string }) => Promise<ActionResult<TIn & Row>>;
}

/**
 * The create/edit form of an inventory entity, built from its spec. Client validation uses the
 * schema (so its written messages), server errors land on their fields, a stale save shows who
 * changed the row with "Reload latest"; on a failed submit the summary lists the fields and focus
 * moves to the first invalid one in page order; a saved row opens its page.
 */
export function EntityForm<TIn extends FieldValues, TOut, Ctx>({
  spec,
  context,
  initial,
  actions,
}: {
  spec: FormSpec<TIn, TOut, Ctx>;
  context: Ctx;
  initial?: TIn & Row;
  actions: EntityActions<TIn, TOut>;
}) {
  const router = useRouter();
  const form = useForm<TIn & Partial<Row>, unknown, TOut>({
    resolver: zodResolver(spec.schema) as unknown as Resolver<TIn & Partial<Row>, unknown, TOut>,
    defaultValues: (initial ?? spec.empty(context)) as DefaultValues<TIn & Partial<Row>>,
    // Focus goes to the first invalid field in page order, below; react-hook-form's own choice
    // follows the order fields registered in, which is not the order a person reads them in.
    shouldFocusError: false,
  });
  useWatch({ control: form.control });
  const fields = spec.fields(context, form.getValues());
  const versioned = useVersionedForm(form, () => actions.load({ id: initial!.id }));

  // After a failed submit, focus moves to the first invalid field in page order once the errors
  // are on screen (react-hook-form publishes them after its onInvalid callback has run).
  const ref = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    focusPending.current = false;
    first.focus();
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    focusPending.current = false;
    return form.handleSubmit(
      async (values) => {
        const id = initial?.id;
        const result = id
          ? await actions.update({ ...values, id, version: form.getValues().version! })
          : await actions.create(values);
        if (!result.ok) {
          focusPending.current = Object.keys(result.fieldErrors ?? {}).some((f) => f !== "_form");
          return versioned.handleError(result);
        }
        const title = spec.titleOf(values);
        toast.success(id ? `Saved ${title}` : `Created ${spec.noun} ${title}`);
        router.push(`${spec.path}/${result.data.id}`);
      },
      () => {
        focusPending.current = true;
      },
    )(event);
  };

  const { errors, isSubmitting } = form.formState;
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="empty:hidden sm:col-span-2">
        <ConflictNotice {...versioned} onReload={versioned.reloadLatest} labels={labels} />
      </div>
      <ErrorSummary problems={problemsInOrder(fields, errors)} />
      {fields.map((field) => (
        <div key={field.name} className={field.wide ? "sm:col-span-2" : undefined}>
          <FieldControl form={form} field={field} />
        </div>
      ))}
      {errors.root && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">
          {errors.root.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : initial ? "Save changes" : `Create ${spec.noun}`}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
