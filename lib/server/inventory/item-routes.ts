import "server-only";
import { z } from "zod";
import type { Entity } from "@/lib/auth/permissions";
import { defineRoute } from "@/lib/server/route";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { versionSchema } from "@/lib/validation/inventory";

/**
 * GET, PATCH and DELETE (= archive) of one inventory row for the REST API, wired to the same use
 * cases as the forms. PATCH sends only the fields to change plus the version read; they are merged
 * onto the current row and the whole result is validated, so a partial update cannot bypass a rule.
 */
export function itemRoutes<Row, Form extends object, Update>(options: {
  entity: Entity;
  label: string;
  find: (id: string) => Promise<Row | null>;
  toForm: (row: Row) => Form;
  updateSchema: z.ZodType<Update>;
  update: (actorId: string, input: Update) => Promise<unknown>;
  setArchived: (
    actorId: string,
    input: { id: string; version: number; archived: boolean },
  ) => Promise<unknown>;
}) {
  const load = async (id: string) => {
    const row = await options.find(id);
    if (!row) throw new NotFoundError(`No ${options.label} with id ${id}.`);
    return row;
  };
  return {
    GET: defineRoute({}, async ({ params }) => load(params.id)),
    PATCH: defineRoute(
      { permission: ["update", options.entity], schema: z.looseObject({ version: versionSchema }) },
      async ({ params, input, user }) => {
        const current = options.toForm(await load(params.id));
        const merged = options.updateSchema.parse({ ...current, ...input, id: params.id });
        return options.update(user.id, merged);
      },
    ),
    DELETE: defineRoute(
      { permission: ["archive", options.entity] },
      async ({ request, params, user }) => {
        const version = versionSchema.safeParse(
          Number(request.nextUrl.searchParams.get("version")),
        );
        if (!version.success)
          throw new ValidationError("Name the version you read: DELETE …?version=N.", {
            version: ["Required: the row's version."],
          });
        return options.setArchived(user.id, {
          id: params.id,
          version: version.data,
          archived: true,
        });
      },
    ),
  };
}
