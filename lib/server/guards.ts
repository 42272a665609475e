/**
 * Authentication and authorisation for every page, server action and route handler. The JWT only
 * says who signed in; the role and the disabled flag come from the database, re-read whenever the
 * data revision has changed since they were last read. Every change to a user is an audited
 * mutation and so a new revision (lib/server/engine/data-revision.ts): a role change or a disabled
 * account takes effect on the next request, while a request costs no user query of its own.
 */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { sessionUserId } from "@/lib/auth/read-session";
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

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId((await headers()).get("cookie"));
  return id ? activeUser(id) : null;
});

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
