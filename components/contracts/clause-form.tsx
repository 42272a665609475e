"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { MultiSelect } from "@/components/forms/multi-select";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createClauseAction, updateClauseAction } from "@/app/(app)/contracts/[id]/clauses/actions";
import { CLAUSE_TYPES, type ClauseType } from "@/lib/domain/types";
import { titleCase } from "@/lib/format";

interface Values {
  type: ClauseType | "";
  heading: string;
  text: string;
  places: string[];
}

/** Add a clause to a contract, or edit one at the version the user read. */
export function ClauseForm({
  contractId,
  clause,
  countries,
}: {
  contractId: string;
  clause?: { id: string; version: number } & Values;
  countries: { code: string; name: string }[];
}) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(
    clause
      ? { type: clause.type, heading: clause.heading, text: clause.text, places: clause.places }
      : { type: "", heading: "", text: "", places: [] },
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (k: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    const fields = { ...values, type: values.type as ClauseType };
    const result = clause
      ? await updateClauseAction({ ...fields, id: clause.id, version: clause.version })
      : await createClauseAction({ ...fields, contractId });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    router.push(`/contracts/${contractId}/clauses/${result.data.id}`);
    router.refresh();
  }

  return (
    <form
      onSubmit={submit}
      className="max-w-3xl space-y-4"
      aria-label={clause ? "Edit clause" : "Add clause"}
    >
      <Field id="clause-type" label="Type" error={errors.type?.[0]}>
        <Select
          id="clause-type"
          value={values.type}
          onChange={set("type")}
          aria-invalid={!!errors.type}
        >
          <option value="">Choose a type…</option>
          {CLAUSE_TYPES.map((t) => (
            <option key={t} value={t}>
              {titleCase(t)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="clause-heading" label="Heading" error={errors.heading?.[0]}>
        <Input
          id="clause-heading"
          value={values.heading}
          onChange={set("heading")}
          aria-invalid={!!errors.heading}
        />
      </Field>
      <Field
        id="clause-text"
        label="Text"
        error={errors.text?.[0]}
        hint="Annotations follow their quoted words when you edit; a note whose words are gone is marked detached."
      >
        <Textarea
          id="clause-text"
          rows={10}
          value={values.text}
          onChange={set("text")}
          aria-invalid={!!errors.text}
        />
      </Field>
      {values.type === "DATA_RESIDENCY" && (
        <div className="space-y-1">
          <MultiSelect
            label="Places it keeps data in"
            options={countries.map((c) => ({ value: c.code, label: c.name, keywords: c.code }))}
            value={values.places}
            onChange={(places) => setValues((v) => ({ ...v, places }))}
            error={errors.places?.[0]}
            placeholder="Search countries"
          />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Name the countries the commitment keeps data in (e.g. Singapore). It then lowers the
            risk only of deployments processed entirely there. Leave empty when it follows the
            region chosen for each deployment; either way it never covers global processing.
          </p>
        </div>
      )}
      {message && (
        <p className="text-sm text-red-700 dark:text-red-400" data-testid="form-message">
          {message}
        </p>
      )}
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : clause ? "Save clause" : "Add clause"}
      </Button>
    </form>
  );
}
