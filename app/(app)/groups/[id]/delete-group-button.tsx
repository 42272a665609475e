"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteGroupAction } from "../actions";

/** Deletion asks once more; a group still used by scenarios is refused with their names. */
export function DeleteGroupButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      {confirming ? (
        <div className="flex items-center gap-2">
          <span className="text-sm">Delete “{name}”?</span>
          <Button
            variant="danger"
            size="sm"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await deleteGroupAction({ id });
                if (result.ok) {
                  toast.success(`Deleted “${name}”`);
                  router.push("/groups");
                } else {
                  setError(result.message);
                  setConfirming(false);
                }
              })
            }
          >
            Yes, delete
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          Delete group
        </Button>
      )}
      {error && (
        <p
          role="alert"
          className="max-w-md text-sm text-red-700 dark:text-red-400"
          data-testid="group-delete-error"
        >
          {error}
        </p>
      )}
    </div>
  );
}
