import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/guards";
import { db } from "@/lib/server/db/client";
import { needsSetup } from "@/lib/server/setup/needs-setup";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect("/");
  // An empty install (TIERSCOPE_DEMO=0) has nobody to sign in yet.
  if (await needsSetup(db)) redirect("/setup");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-xl font-semibold">Sign in to Tierscope</h1>
        <p className="mb-5 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          AI model access risk across your jurisdictions.
        </p>
        <LoginForm callbackUrl={callbackUrl ?? "/"} />
      </div>
    </main>
  );
}
