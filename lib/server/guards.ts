/**
 * Authentication and authorisation for every page, server action and route handler. The JWT only
 * says who signed in; the role and the disabled flag are read from the database on each request, so
 * a role change or a disabled account takes effect at once.
 */
import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { can, type Action, type Entity, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { ForbiddenError, UnauthorizedError } from "./errors";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
