"use server";

import { signOut } from "@/lib/auth/auth";
import { db } from "@/lib/server/db/client";
import { revokeSession } from "@/lib/server/auth/sessions";
import { currentSessionId } from "@/lib/server/guards";

/** Ends this session on the server (a copied cookie stops working too), then clears the cookie. */
export async function signOutAction() {
  const sid = await currentSessionId();
  if (sid) await revokeSession(db, sid);
  await signOut({ redirectTo: "/login" });
}
