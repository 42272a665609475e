/** The foreign keys between the app's tables, and the order that loads parents before children. */
import type { SqlRunner } from "./migrate";

export interface ForeignKey {
  child: string;
  parent: string;
  cols: string[];
  refcols: string[];
}

export async function foreignKeys(runner: SqlRunner): Promise<ForeignKey[]> {
  const attnames = (rel: string, keys: string) =>
    `(SELECT json_agg(a.attname ORDER BY k.n) FROM unnest(con.${keys}) WITH ORDINALITY k(attnum, n)
       JOIN pg_attribute a ON a.attrelid = con.${rel} AND a.attnum = k.attnum)`;
  return runner.query<ForeignKey>(
    `SELECT s.relname AS child, d.relname AS parent,
            ${attnames("conrelid", "conkey")} AS cols, ${attnames("confrelid", "confkey")} AS refcols
       FROM pg_constraint con
       JOIN pg_class s ON s.oid = con.conrelid
       JOIN pg_class d ON d.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE con.contype = 'f' AND n.nspname = current_schema()`,
  );
}

/** Tables ordered so that every table comes after the tables it references. */
export function parentsFirst(tables: string[], fks: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return;
    path.add(table);
    for (const fk of fks)
      if (fk.child === table && fk.parent !== table && tables.includes(fk.parent))
        visit(fk.parent, path);
    placed.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}
