/**
 * The one wrapper for server actions: authenticate, authorise, validate with zod, run, and turn
 * every failure into a typed result a form can show (never a stack trace).
 */
import "server-only";
import type { z } from "zod";
import type { Action, Entity } from "@/lib/auth/permissions";
import { findUncleanInput } from "@/lib/validation/clean-input";
import { ValidationError } from "./errors";
import { authorize, type CurrentUser } from "./guards";
import { toErrorBody, type ErrorBody } from "./handle-error";

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

/**
 * A server action. Its options stay readable on it (`action.action`), so the permission matrix and
 * fuzz tests check every action against the permission table and its schema.
 */
export function defineAction<S extends z.ZodType, T>(
  options: { permission: [Action, Entity]; schema: S },
  handler: (input: z.output<S>, user: CurrentUser) => Promise<T>,
): ((input: z.input<S>) => Promise<ActionResult<T>>) & {
  action: { permission: [Action, Entity]; schema: z.ZodType };
} {
  const action = async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = await authorize(options.permission);
      const unclean = findUncleanInput(raw);
      if (unclean)
        throw new ValidationError(unclean.message, { [unclean.path]: [unclean.message] });
      const input = options.schema.parse(raw);
      return { ok: true, data: await handler(input, user) };
    } catch (error) {
      return { ok: false, ...toErrorBody(error).body };
    }
  };
  return Object.assign(action, { action: options });
}
