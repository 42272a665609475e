"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/server/action";

/** Archive or restore, with the server's refusal (e.g. what still references the row) shown inline. */
export function ArchiveButton({
  id,
  version,
  archived,
  name,
  action,
}: {
  id: string;
  version: number;
  archived: boolean;
  name: string;
  action: (input: {
    id: string;
    version: number;
    archived: boolean;
  }) => Promise<ActionResult<{ id: string; version: number }>>;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant={archived ? "secondary" : "danger"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await action({ id, version, archived: !archived });
            if (result.ok) {
              setError(null);
              toast.success(archived ? `Restored ${name}` : `Archived ${name}`);
              router.refresh();
            } else setError(result.message);
          })
        }
      >
        {archived ? "Restore" : "Archive"}
      </Button>
      {error && (
        <p role="alert" className="max-w-md text-right text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
