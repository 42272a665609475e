/**
 * Authentication and authorisation for every page, server action and route handler. The JWT only
 * says who signed in; the role and the disabled flag come from the database, re-read whenever the
 * data revision has changed since they were last read. Every change to a user is an audited
 * mutation and so a new revision (lib/server/engine/data-revision.ts): a role change or a disabled
 * account takes effect on the next request, while a request costs no user query of its own. The
 * session itself must also be open on the server (lib/server/auth/sessions.ts).
 */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { sessionClaims } from "@/lib/auth/read-session";
import { sessionOwner } from "@/lib/server/auth/sessions";
import { can, type Action, type Entity, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { perRevisionByKey } from "@/lib/server/engine/revision-cache";
import { ForbiddenError, UnauthorizedError } from "./errors";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The user with this id if it exists and is not disabled. */
const activeUser = perRevisionByKey("active-users", async (id): Promise<CurrentUser | null> => {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The owner of a server-side session while it is valid (revoking one moves the revision). */
const validSession = perRevisionByKey("sessions", (sid) => sessionOwner(db, sid));

/**
 * The signed-in user named by a session cookie: the JWT must be valid, its server-side session
 * unrevoked and unexpired, and the user active. Also used by long-lived responses (live updates)
 * to notice a sign-out or a disabled account while they stay open.
 */
export async function userOfCookie(cookie: string | null): Promise<CurrentUser | null> {
  const claims = await sessionClaims(cookie);
  if (!claims?.sid || (await validSession(claims.sid)) !== claims.uid) return null;
  return activeUser(claims.uid);
}

/** The server-side session the request's cookie names (for signing out). */
export async function currentSessionId(): Promise<string | null> {
  return (await sessionClaims((await headers()).get("cookie")))?.sid ?? null;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> =>
  userOfCookie((await headers()).get("cookie")),
);

/** For pages: signed-in user or a redirect to /login. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the user if their role allows `action` on `entity`, else the 403 page. */
export async function requirePagePermission(action: Action, entity: Entity): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, action, entity)) forbidden();
  return user;
}

/** For actions and route handlers: throws typed errors the wrappers map to messages and statuses. */
export async function authorize(permission?: [Action, Entity]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  if (permission && !can(user.role, permission[0], permission[1])) throw new ForbiddenError();
  return user;
}
