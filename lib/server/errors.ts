/**
 * Errors a user can act on. Everything else is unexpected: logged with a request id and shown as a
 * generic message. Each kind maps to one HTTP status (used by the route wrapper).
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly status: number = 400;
  readonly code: string = "bad_request";
}

export class ValidationError extends AppError {
  override readonly status = 422;
  override readonly code = "invalid";
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  override readonly status = 401;
  override readonly code = "unauthenticated";
  constructor() {
    super("Sign in to continue.");
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  override readonly code = "forbidden";
  constructor(message = "Your role does not allow this.") {
    super(message);
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = "not_found";
}

/** A save against a stale version, or a unique-key clash: nothing was written. */
export class ConflictError extends AppError {
  override readonly status = 409;
  override readonly code = "conflict";
  constructor(
    message: string,
    readonly details: { changedBy?: string; changedAt?: string; field?: string } = {},
  ) {
    super(message);
  }
}

/** Archiving or deleting something still referenced elsewhere. */
export class InUseError extends AppError {
  override readonly status = 409;
  override readonly code = "in_use";
}
