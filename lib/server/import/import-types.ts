import type { ImportEntity } from "@/lib/import/columns";

/** A database column's value as import compares it: dates as YYYY-MM-DD, enums as strings. */
export type Cell = string | number | null;
export type Values = Record<string, Cell>;

export interface ExistingRow {
  id: string;
  version: number;
  values: Values;
}

/**
 * What validation needs from the database, loaded once per import (load-import-context.ts) so the
 * rows are checked in memory: countries, natural keys of referenced rows, and the rows already
 * stored under the file's natural keys.
 */
export interface ImportContext {
  countries: ReadonlySet<string>;
  /** vendor name → id */
  vendorIds: ReadonlyMap<string, string>;
  /** modelKey(vendor name, model name) → id */
  modelIds: ReadonlyMap<string, string>;
  /** natural key → stored row of the entity being imported */
  existing: ReadonlyMap<string, ExistingRow>;
}

export type RowAction = "create" | "update" | "unchanged" | "invalid";

export interface RowResult {
  /** spreadsheet row number: the header is row 1 */
  row: number;
  key: string;
  action: RowAction;
  /** CSV header → message */
  errors: Record<string, string>;
  /** the row as it will be stored; null when invalid */
  values: Values | null;
  existing: ExistingRow | null;
  /** fields whose value the row changes (update only) */
  changed: string[];
}

export interface ValidationResult {
  entity: ImportEntity;
  /** problems with the file as a whole: missing or unknown columns, broken quoting */
  fileErrors: string[];
  rows: RowResult[];
  counts: Record<RowAction, number>;
}

export const modelKey = (vendorName: string, modelName: string) =>
  `${vendorName}\u0000${modelName}`;
