import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, ConflictError, NotFoundError, ValidationError } from "../errors";

/** The database is down or restarting: try again later; nothing was written. */
export class UnavailableError extends AppError {
  override readonly status = 503;
  override readonly code = "unavailable";
  constructor() {
    super("The database is not answering just now; nothing was saved. Try again in a moment.");
  }
}

/** PostgreSQL SQLSTATEs that mean "this value cannot be stored", not "the server failed". */
const BAD_VALUE_STATES = new Set([
  "22001", // string too long
  "22003", // numeric out of range
  "22007", // invalid datetime format
  "22008", // datetime field overflow
  "22021", // invalid byte sequence (a NUL in text)
  "22P02", // invalid text representation
  "22P05", // untranslatable character
  "54000", // program limit exceeded (a value too large to index)
]);
/** Connection lost, server shutting down or starting, out of resources. */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53)/;
const CONNECTION_MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|terminating connection|Can't reach database|the database system is (starting up|shutting down)|Client has encountered a connection error|timeout exceeded when trying to connect|Server has closed the connection/i;

type DriverCause = { originalCode?: string; code?: string; kind?: string };

/**
 * The PostgreSQL SQLSTATE behind a failed query, wherever the driver put it: Prisma's error meta
 * (the pg adapter), the cause of a DriverAdapterError (the PGlite adapter), or pg's own error.
 */
function sqlState(error: unknown): string {
  if (!error || typeof error !== "object") return "";
  const e = error as { code?: unknown; cause?: DriverCause; meta?: Record<string, unknown> };
  const adapter = (e.meta?.driverAdapterError as { cause?: DriverCause } | undefined)?.cause;
  const cause = adapter ?? e.cause;
  const code = cause?.originalCode ?? cause?.code ?? e.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : "";
}

/** Whether a failed write clashed with a unique key (Prisma's P2002, or PostgreSQL's 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const kind = (error as { cause?: DriverCause } | null)?.cause?.kind;
  return sqlState(error) === "23505" || kind === "UniqueConstraintViolation";
}

/**
 * Maps what the database throws to an error a user can act on: a unique-key race is a conflict
 * (409), a value the column cannot hold is invalid input (422), a lost connection is "try again"
 * (503). Anything else is returned unchanged and stays unexpected (500, logged).
 */
export function classifyDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (isUniqueViolation(error))
    return new ConflictError(
      "Something with the same name or reference was saved a moment ago; nothing was written. Reload and choose another.",
    );
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return new NotFoundError("This record no longer exists.");
    if (["P2000", "P2006", "P2007", "P2020"].includes(error.code)) return badValue();
    // A transaction that waited too long for a connection, or outlived its time limit: rolled
    // back, so "busy, try again" (seen with 50 simultaneous writes on a 10-connection pool).
    if (error.code === "P2028") return new UnavailableError();
    // P1xxx: the server cannot be reached or closed the connection (P1017, seen while PostgreSQL
    // restarts under load).
    if (error.code.startsWith("P1")) return new UnavailableError();
  }
  if (
    error instanceof Prisma.PrismaClientInitializationError ||
    error instanceof Prisma.PrismaClientRustPanicError
  )
    return new UnavailableError();
  const state = sqlState(error);
  if (BAD_VALUE_STATES.has(state)) return badValue();
  if (UNAVAILABLE_STATES.test(state) || CONNECTION_MESSAGE.test(error.message))
    return new UnavailableError();
  return error;
}

function badValue() {
  return new ValidationError("A value cannot be stored as given; nothing was saved.");
}
