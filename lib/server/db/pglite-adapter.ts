/**
 * A Prisma driver-adapter factory over embedded PGlite, used by the app and the Prisma CLI.
 *
 * pglite-prisma-adapter 0.6.1 runs multi-statement scripts through prepared statements and does not
 * await them, which breaks migrations; both script paths are routed through `PGlite.exec` instead.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

function withExecScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  return Object.assign(adapter, {
    executeScript: async (script: string) => {
      await client.exec(script);
    },
    executeRaw: async (query: SqlQuery) =>
      query.args.length > 0
        ? executeRaw(query)
        : ((await client.exec(query.sql)).at(-1)?.affectedRows ?? 0),
  });
}

/** `dataDir` undefined → in-memory database (tests). */
export function createPGliteAdapterFactory(dataDirOrClient?: string | PGlite) {
  const client = dataDirOrClient instanceof PGlite ? dataDirOrClient : new PGlite(dataDirOrClient);
  const factory = new PrismaPGlite(client);
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    connect: async () => withExecScripts(await connect(), client),
    connectToShadowDb: async () => {
      const shadow = new PGlite();
      return withExecScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
    client,
  });
}
