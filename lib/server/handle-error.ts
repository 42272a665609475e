import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { classifyDatabaseError } from "./db/classify-error";
import { AppError, ConflictError, ValidationError, type FieldErrors } from "./errors";

export interface ErrorBody {
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  conflict?: { changedBy?: string; changedAt?: string };
  requestId?: string;
}

export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** One mapping from any thrown value to what a user sees (and an HTTP status). */
export function toErrorBody(thrown: unknown): { status: number; body: ErrorBody } {
  const error = classifyDatabaseError(thrown);
  if (error instanceof ZodError) {
    return {
      status: 422,
      body: {
        code: "invalid",
        message: "Some fields need attention.",
        fieldErrors: zodFieldErrors(error),
      },
    };
  }
  if (error instanceof ValidationError) {
    return {
      status: 422,
      body: { code: error.code, message: error.message, fieldErrors: error.fieldErrors },
    };
  }
  if (error instanceof ConflictError) {
    return {
      status: 409,
      body: { code: error.code, message: error.message, conflict: error.details },
    };
  }
  if (error instanceof AppError) {
    return { status: error.status, body: { code: error.code, message: error.message } };
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unexpected error`, error);
  return {
    status: 500,
    body: {
      code: "internal",
      message: `Something went wrong on our side (request ${requestId}).`,
      requestId,
    },
  };
}
