import { PageHeader } from "@/components/ui/card";

export default function CompareLoading() {
  return (
    <>
      <PageHeader title="Compare scenarios" />
      <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
        Evaluating both scenarios…
      </p>
    </>
  );
}
