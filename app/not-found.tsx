import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-2 p-6 text-center">
      <p className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">404</p>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        It may have been archived or never existed.
      </p>
      <Link href="/" className="mt-2 text-sm text-sky-700 underline dark:text-sky-400">
        Back to the overview
      </Link>
    </main>
  );
}
