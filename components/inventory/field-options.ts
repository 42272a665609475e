import type { FieldOption } from "@/components/forms/form-spec";

/** The pick lists the inventory forms share. */
export type Country = { code: string; name: string };
export type Named = { id: string; name: string };

export const countryOptions = (countries: readonly Country[]): FieldOption[] =>
  countries.map((c) => ({ value: c.code, label: c.name }));

export const namedOptions = (rows: readonly Named[]): FieldOption[] =>
  rows.map((r) => ({ value: r.id, label: r.name }));
