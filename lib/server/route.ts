/**
 * The one wrapper for route handlers (the REST API): authenticate, authorise, refuse cross-site
 * writes, read the body within a size limit, validate it with zod, and map errors to HTTP statuses
 * in one place.
 */
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { Action, Entity } from "@/lib/auth/permissions";
import { findUncleanInput } from "@/lib/validation/clean-input";
import { authorize, type CurrentUser } from "./guards";
import { toErrorBody } from "./handle-error";
import { NotFoundError, ValidationError } from "./errors";
import {
  assertContentType,
  assertSameOrigin,
  MAX_JSON_BYTES,
  MUTATING_METHODS,
  readBodyText,
} from "./http/request-checks";

interface Context<I> {
  request: NextRequest;
  user: CurrentUser;
  input: I;
  params: Record<string, string>;
  /** The raw body of a mutating request (read once, within the size limit); "" for reads. */
  body: string;
}

/** What a route needs: a fixed permission, or one that depends on the path (`/api/import/[entity]`). */
export type RoutePermission =
  [Action, Entity] | ((params: Record<string, string>) => [Action, Entity]);

export interface RouteOptions<S> {
  /** Absent: any signed-in user (reads, and a user's own settings). */
  permission?: RoutePermission;
  schema?: S;
  /** Content types a mutating request may declare; JSON unless the route says otherwise. */
  accepts?: readonly string[];
  /** Largest body accepted, in bytes (default 1 MB). */
  maxBytes?: number;
}

/** Ids in paths are cuid-like or natural keys; anything else names nothing we have. */
const PARAM = /^[\p{L}\p{N}_.~-]{1,200}$/u;

/** Parses JSON, then refuses text the database cannot store (NUL, broken Unicode) by field. */
export function parseJsonBody(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
  const unclean = findUncleanInput(body);
  if (unclean) throw new ValidationError(unclean.message, { [unclean.path]: [unclean.message] });
  return body;
}

/**
 * A route handler. Its options stay readable on it (`handler.route`), so the permission matrix test
 * checks every route against the permission table without a list of its own.
 */
export function defineRoute<S extends z.ZodType | undefined, T>(
  options: RouteOptions<S>,
  handler: (ctx: Context<S extends z.ZodType ? z.output<S> : undefined>) => Promise<T>,
) {
  const route = async (
    request: NextRequest,
    segment: { params: Promise<Record<string, string>> },
  ) => {
    try {
      const mutating = MUTATING_METHODS.has(request.method);
      if (mutating) assertSameOrigin(request);
      const params = (await segment?.params) ?? {};
      for (const value of Object.values(params))
        if (typeof value === "string" && !PARAM.test(value))
          throw new NotFoundError("Nothing exists at this address.");
      const { permission } = options;
      const user = await authorize(
        typeof permission === "function" ? permission(params) : permission,
      );
      let body = "";
      if (mutating && (options.schema || options.accepts)) {
        assertContentType(request, options.accepts ?? ["application/json"]);
        body = await readBodyText(request, options.maxBytes ?? MAX_JSON_BYTES);
      }
      const input = options.schema ? options.schema.parse(parseJsonBody(body)) : undefined;
      const data = await handler({ request, user, input: input as never, params, body });
      return data instanceof Response ? data : NextResponse.json(data);
    } catch (error) {
      const { status, body } = toErrorBody(error);
      return NextResponse.json(body, { status });
    }
  };
  return Object.assign(route, { route: options as RouteOptions<z.ZodType | undefined> });
}
