import { PageHeader } from "@/components/ui/card";

export default function MatrixLoading() {
  return (
    <>
      <PageHeader title="Jurisdiction matrix" />
      <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
        Evaluating the scenario…
      </p>
      <div className="mt-3 h-[70vh] animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />
    </>
  );
}
