"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";

export interface LoginState {
  error?: string;
  email?: string;
}

const MESSAGES: Record<string, string> = {
  invalid: "Wrong email or password.",
  rate_limited: "Too many failed attempts. Wait 15 minutes, or ask an administrator.",
  disabled: "This account is disabled. Ask an administrator to re-enable it.",
};

/** Keep only a local path: the proxy builds callback URLs with its own host. */
function safePath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string") return "/";
  try {
    const url = new URL(value, "http://local");
    return url.pathname.startsWith("/") && !url.pathname.startsWith("//")
      ? `${url.pathname}${url.search}`
      : "/";
  } catch {
    return "/";
  }
}

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safePath(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return { error: MESSAGES[error.code] ?? MESSAGES.invalid, email };
    if (error instanceof AuthError) return { error: "Sign-in failed. Try again.", email };
    throw error; // the redirect after a successful sign-in
  }
}
