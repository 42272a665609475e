import type { FieldOption } from "@/components/forms/form-spec";
import { titleCase } from "@/lib/format";

/** The pick lists the inventory forms and list filters share. */
export type Country = { code: string; name: string };
export type Named = { id: string; name: string };

export const countryOptions = (countries: readonly Country[]): FieldOption[] =>
  countries.map((c) => ({ value: c.code, label: c.name }));

export const namedOptions = (rows: readonly Named[]): FieldOption[] =>
  rows.map((r) => ({ value: r.id, label: r.name }));

/** Options for a list of codes shown in words: "UNDER_REVIEW" → "Under review". */
export const titledOptions = (values: readonly string[]): FieldOption[] =>
  values.map((value) => ({ value, label: titleCase(value) }));
