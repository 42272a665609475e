import { Link } from "@/components/ui/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-2 p-6 text-center">
      <p className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">403</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your role does not include it. Ask an administrator if you need it.
      </p>
      <Link href="/" className="mt-2 text-sm text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </main>
  );
}
