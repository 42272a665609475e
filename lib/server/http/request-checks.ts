/**
 * Checks every mutating API request passes before it is read: it comes from this site (CSRF), it
 * declares a content type we parse (a browser sends text/plain cross-site without a preflight), and
 * its body is read with a running byte count that refuses, never truncates, what is too large.
 */
import { AppError, ForbiddenError } from "../errors";

export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = "too_large";
}

export class UnsupportedMediaTypeError extends AppError {
  override readonly status = 415;
  override readonly code = "unsupported_media_type";
}

export const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** JSON bodies of forms and the API are small; CSV imports set their own larger limit. */
export const MAX_JSON_BYTES = 1024 * 1024;

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * A mutating request must come from a page of this app: its Origin (sent by every browser on a
 * POST) names the host the request was sent to; without an Origin, Sec-Fetch-Site must not say it
 * came from another site. Requests from scripts and tools (curl, the test suite) send neither.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "")
    .split(",")[0]
    .trim()
    .toLowerCase();
  if (origin && origin !== "null") {
    if (hostOf(origin) !== host)
      throw new ForbiddenError(
        "This request came from another web site and was refused; nothing was changed.",
      );
    return;
  }
  if (origin === "null")
    throw new ForbiddenError("This request came from an unknown page and was refused.");
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none")
    throw new ForbiddenError(
      "This request came from another web site and was refused; nothing was changed.",
    );
}

export function assertContentType(request: Request, accepted: readonly string[]): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!accepted.includes(type))
    throw new UnsupportedMediaTypeError(
      `Send the body as ${accepted.join(" or ")}${type ? ` (not ${type})` : ""}.`,
    );
}

/** Reads the body as UTF-8 text, counting bytes as they arrive; over the limit → 413. */
export async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  const tooLarge = () =>
    new PayloadTooLargeError(
      `The request is larger than ${formatBytes(limitBytes)}; nothing was saved. Split it into smaller parts.`,
    );
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnsupportedMediaTypeError(
      "The text is not UTF-8 encoded. Save the file as UTF-8 (in Excel: CSV UTF-8) and try again.",
    );
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}
