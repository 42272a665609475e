/**
 * Logical backups that need no database tools on the machine: every row of every table, read as
 * JSON through the app's own connection (PGlite or node-postgres) inside one snapshot, written as
 * gzipped JSON lines. The same file restores into an embedded or a PostgreSQL database: the
 * migrations the backup was taken at are applied, the rows loaded in foreign-key order in one
 * transaction and checked against the per-table checksums recorded in the file, then any newer
 * migrations run on the restored data (decision record 0018-logical-backups).
 *
 * File: line 1 is the header (format, migrations, per-table row count and md5), then one line per
 * chunk of rows: {"table": name, "rows": [row as JSON, …]}.
 */
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import { once } from "node:events";
import { applyMigrations, readMigrations, type Migration, type SqlRunner } from "./migrate";
import { foreignKeys, parentsFirst, type ForeignKey } from "./foreign-keys";
import { listTables, quoteIdent, tableChecksums, type TableChecksum } from "./table-checksums";

export const BACKUP_FORMAT = "tierscope-backup";
const FORMAT_VERSION = 1;
const CHUNK = 2000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  source: "embedded" | "postgresql";
  migrations: string[];
  tables: TableChecksum[];
}

async function primaryKeys(runner: SqlRunner): Promise<Map<string, string[]>> {
  const rows = await runner.query<{ table: string; cols: string[] }>(
    `SELECT c.relname AS "table", json_agg(a.attname ORDER BY k.n) AS cols
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary AND n.nspname = current_schema()
      GROUP BY c.relname`,
  );
  return new Map(rows.map((r) => [r.table, r.cols]));
}

/** Rows of a self-referencing table, each after the row it points to (reply after annotation). */
function parentRowsFirst(rows: string[], selfKeys: ForeignKey[]): string[] {
  const parsed = rows.map((text) => ({ text, row: JSON.parse(text) as Record<string, unknown> }));
  const key = (row: Record<string, unknown>, cols: string[]) =>
    JSON.stringify(cols.map((c) => row[c]));
  const out: string[] = [];
  const emitted = selfKeys.map(() => new Set<string>());
  let pending = parsed;
  while (pending.length > 0) {
    const ready = pending.filter(({ row }) =>
      selfKeys.every(
        (fk, i) => fk.cols.some((c) => row[c] == null) || emitted[i].has(key(row, fk.cols)),
      ),
    );
    // A cycle (or a dangling reference) cannot be ordered: keep the rest as they are.
    const batch = ready.length > 0 ? ready : pending;
    for (const { text, row } of batch) {
      out.push(text);
      selfKeys.forEach((fk, i) => emitted[i].add(key(row, fk.refcols)));
    }
    const done = new Set(batch);
    pending = pending.filter((p) => !done.has(p));
  }
  return out;
}

async function write(stream: zlib.Gzip, line: string) {
  if (!stream.write(`${line}\n`)) await once(stream, "drain");
}

/**
 * Writes a backup of the database behind `runner` to `file`; returns its header. `inTransaction`:
 * the caller already holds the snapshot (the running server's exclusive PGlite transaction).
 */
export async function writeBackup(
  runner: SqlRunner,
  file: string,
  source: BackupHeader["source"],
  { inTransaction = false } = {},
): Promise<BackupHeader> {
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(out);
  // One snapshot: a server writing meanwhile (PostgreSQL) never splits a change across the file.
  if (!inTransaction) await runner.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const migrations = (
      await runner.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).map((r) => r.migration_name);
    const fks = await foreignKeys(runner);
    const pks = await primaryKeys(runner);
    const tables = parentsFirst(await listTables(runner), fks);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source,
      migrations,
      tables: await tableChecksums(runner, tables),
    };
    await write(gzip, JSON.stringify(header));
    for (const table of tables) {
      const order = (pks.get(table) ?? []).map(quoteIdent).join(", ") || "t::text";
      const selfKeys = fks.filter((fk) => fk.child === table && fk.parent === table);
      await runner.exec(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
           SELECT to_jsonb(t)::text AS r FROM ${quoteIdent(table)} t ORDER BY ${order}`,
      );
      const all: string[] = [];
      for (;;) {
        const rows = (await runner.query<{ r: string }>(`FETCH ${CHUNK} FROM backup_rows`)).map(
          (r) => r.r,
        );
        if (rows.length === 0) break;
        if (selfKeys.length > 0) all.push(...rows);
        else await write(gzip, `{"table":${JSON.stringify(table)},"rows":[${rows.join(",")}]}`);
      }
      await runner.exec("CLOSE backup_rows");
      const sorted = parentRowsFirst(all, selfKeys);
      for (let i = 0; i < sorted.length; i += CHUNK)
        await write(
          gzip,
          `{"table":${JSON.stringify(table)},"rows":[${sorted.slice(i, i + CHUNK).join(",")}]}`,
        );
    }
    if (!inTransaction) await runner.exec("COMMIT");
    gzip.end();
    await finished;
    return header;
  } catch (error) {
    if (!inTransaction) await runner.exec("ROLLBACK").catch(() => {});
    gzip.destroy();
    out.destroy();
    fs.rmSync(file, { force: true });
    throw error;
  }
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) if (line) yield line;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of lines(file)) {
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== BACKUP_FORMAT || header.formatVersion !== FORMAT_VERSION)
      throw new Error(`${file} is not a Tierscope backup (format ${FORMAT_VERSION}).`);
    return header;
  }
  throw new Error(`${file} is empty.`);
}

/**
 * Restores `file` into the empty database behind `runner` (no tables yet). The backup's migrations
 * must be the first ones of this version of the app; newer ones run after the rows are loaded.
 */
export async function restoreBackup(
  runner: SqlRunner,
  file: string,
  known: Migration[] = readMigrations(),
): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  if ((await listTables(runner)).length > 0)
    throw new Error(
      "The target database already has tables: restore into a new, empty database (see README, Backups).",
    );
  const prefix = known.slice(0, header.migrations.length);
  if (prefix.map((m) => m.name).join() !== header.migrations.join())
    throw new Error(
      `This backup was taken at migrations this version of the app does not have (last: ${header.migrations.at(-1)}). Restore it with the version that took it.`,
    );
  await applyMigrations(runner, prefix);
  const tables = await listTables(runner);
  const expected = header.tables.map((t) => t.table);
  const missing = expected.filter((t) => !tables.includes(t));
  if (missing.length > 0) throw new Error(`Tables missing after migrating: ${missing.join(", ")}`);
  const columns = new Map<string, string[]>();
  for (const table of tables)
    columns.set(
      table,
      (
        await runner.query<{ name: string }>(
          `SELECT attname AS name FROM pg_attribute
            WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum`,
          [quoteIdent(table)],
        )
      ).map((r) => r.name),
    );
  const ordered = parentsFirst(tables, await foreignKeys(runner));

  await runner.exec("BEGIN");
  try {
    // The owner of the freshly migrated tables may switch their triggers off (not the foreign
    // keys): rows load as they were, the audit trigger does not move the data revision.
    for (const table of tables)
      await runner.exec(`ALTER TABLE ${quoteIdent(table)} DISABLE TRIGGER USER`);
    // Rows the migrations themselves insert (the data revision) are replaced by the backup's.
    for (const table of [...ordered].reverse())
      await runner.exec(`DELETE FROM ${quoteIdent(table)}`);
    let first = true;
    for await (const line of lines(file)) {
      if (first) {
        first = false;
        continue;
      }
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      const cols = columns.get(chunk.table);
      if (!cols) throw new Error(`The backup holds rows of an unknown table ${chunk.table}.`);
      const list = cols.map(quoteIdent).join(", ");
      await runner.query(
        `INSERT INTO ${quoteIdent(chunk.table)} (${list})
           SELECT ${list} FROM jsonb_populate_recordset(null::${quoteIdent(chunk.table)}, $1::jsonb)`,
        [JSON.stringify(chunk.rows)],
      );
    }
    await resetSequences(runner);
    for (const table of tables)
      await runner.exec(`ALTER TABLE ${quoteIdent(table)} ENABLE TRIGGER USER`);
    const restored = await tableChecksums(runner, expected);
    const differing = restored.filter((r, i) => {
      const want = header.tables[i];
      return r.rows !== want.rows || r.md5 !== want.md5;
    });
    if (differing.length > 0)
      throw new Error(
        `Restored rows differ from the backup in ${differing.map((d) => d.table).join(", ")}; nothing was restored.`,
      );
    await runner.exec("COMMIT");
  } catch (error) {
    await runner.exec("ROLLBACK").catch(() => {});
    throw error;
  }
  await applyMigrations(runner, known);
  return header;
}

/** Serial columns continue after the highest restored value. */
async function resetSequences(runner: SqlRunner) {
  const serials = await runner.query<{ table: string; column: string; seq: string }>(
    `SELECT c.relname AS "table", a.attname AS "column",
            pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const s of serials)
    await runner.query(
      `SELECT setval($1, coalesce(max(${quoteIdent(s.column)}), 0) + 1, false) FROM ${quoteIdent(s.table)}`,
      [s.seq],
    );
}
