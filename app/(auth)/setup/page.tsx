import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db/client";
import { needsSetup } from "@/lib/server/setup/needs-setup";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up Tierscope" };
export const dynamic = "force-dynamic";

/** Only while the database has no users: afterwards this address does not exist. */
export default async function SetupPage() {
  if (!(await needsSetup(db))) notFound();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-lg rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-xl font-semibold">Set up Tierscope</h1>
        <p className="mb-5 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Create the first administrator. They can add the other users (compliance, legal,
          executives, viewers) from Administration once signed in.
        </p>
        <SetupForm />
      </div>
    </main>
  );
}
