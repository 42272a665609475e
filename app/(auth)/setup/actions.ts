"use server";

import { signIn } from "@/lib/auth/auth";
import { db } from "@/lib/server/db/client";
import { toErrorBody, type ErrorBody } from "@/lib/server/handle-error";
import { ValidationError } from "@/lib/server/errors";
import { initialiseInstall } from "@/lib/server/setup/initialise-install";
import { findUncleanInput } from "@/lib/validation/clean-input";
import { setupSchema, type SetupInput } from "@/lib/validation/setup";

/**
 * Creates the first administrator (refused once any user exists), with or without the demo
 * company, then signs them in. Public by necessity: nobody can sign in before it has run.
 */
export async function setUpAction(raw: SetupInput): Promise<{ ok: false } & ErrorBody> {
  let input;
  try {
    const unclean = findUncleanInput(raw);
    if (unclean) throw new ValidationError(unclean.message, { [unclean.path]: [unclean.message] });
    input = setupSchema.parse(raw);
    await initialiseInstall(db, {
      users: [{ email: input.email, name: input.name, password: input.password, role: "ADMIN" }],
      demo: input.data === "demo",
      via: "setup page",
    });
  } catch (error) {
    return { ok: false, ...toErrorBody(error).body };
  }
  // Throws the redirect to the overview.
  await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/" });
  return { ok: false, code: "unexpected", message: "Sign-in failed: sign in on the login page." };
}
