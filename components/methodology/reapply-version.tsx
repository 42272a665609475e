"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Re-applies an earlier version after asking why. */
export function ReapplyVersion({
  version,
  activeVersion,
}: {
  version: number;
  activeVersion: number;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Re-apply
      </Button>
    );
  async function apply() {
    const response = await fetch(`/api/methodology/versions/${version}/activate`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reason, baseVersion: activeVersion }),
    });
    if (!response.ok) {
      const json = await response.json().catch(() => ({}));
      setError(json.message ?? "Could not re-apply this version.");
      return;
    }
    setOpen(false);
    router.refresh();
  }
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-1">
        <Input
          aria-label={`Why re-apply version ${version}?`}
          placeholder="Why?"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className="h-8"
        />
        <Button size="sm" disabled={reason.trim().length < 3} onClick={apply}>
          Apply
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
