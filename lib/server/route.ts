/**
 * The one wrapper for route handlers (the REST API): authenticate, authorise, parse JSON input with
 * zod, and map errors to HTTP statuses in one place.
 */
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Action, Entity } from "@/lib/auth/permissions";
import { authorize, type CurrentUser } from "./guards";
import { toErrorBody } from "./handle-error";
import { ValidationError } from "./errors";

interface Context<I> {
  request: NextRequest;
  user: CurrentUser;
  input: I;
  params: Record<string, string>;
}

export function defineRoute<S extends z.ZodType | undefined, T>(
  options: { permission?: [Action, Entity]; schema?: S },
  handler: (ctx: Context<S extends z.ZodType ? z.output<S> : undefined>) => Promise<T>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string>> }) => {
    try {
      const user = await authorize(options.permission);
      let input: unknown = undefined;
      if (options.schema) {
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          throw new ValidationError("The request body must be JSON.");
        }
        input = options.schema.parse(body);
      }
      const params = (await segment?.params) ?? {};
      const data = await handler({ request, user, input: input as never, params });
      return data instanceof Response ? data : NextResponse.json(data);
    } catch (error) {
      const { status, body } = toErrorBody(error);
      return NextResponse.json(body, { status });
    }
  };
}
