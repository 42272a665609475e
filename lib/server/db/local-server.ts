/**
 * How a command-line script reaches the server that holds the embedded database folder: the start
 * script (scripts/start.mjs) writes `<folder>.server.json` (owner-readable only) with the server's address and a random
 * token it also hands the server (TIERSCOPE_LOCAL_TOKEN). Whoever can read the file could open the
 * folder itself; nobody else learns the token. Used by `npm run db:backup` while the app runs.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import fs from "node:fs";

export interface LocalServer {
  url: string;
  token: string;
}

export const localServerFileOf = (dir: string) => `${dir.replace(/[\\/]+$/, "")}.server.json`;

export function readLocalServer(dir: string): LocalServer | null {
  try {
    const server = JSON.parse(fs.readFileSync(localServerFileOf(dir), "utf8")) as LocalServer;
    return typeof server.url === "string" && typeof server.token === "string" ? server : null;
  } catch {
    return null;
  }
}

/** Whether the request's `Authorization: Bearer …` is this server's token. */
export function hasLocalToken(request: Request): boolean {
  const expected = process.env.TIERSCOPE_LOCAL_TOKEN;
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!expected || !given) return false;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
