"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/server/action";
import { activateScenarioAction, archiveScenarioAction, duplicateScenarioAction } from "./actions";

interface Row {
  id: string;
  name: string;
  version: number;
  isActive: boolean;
  archived: boolean;
}

export function ScenarioRowActions({
  scenario: s,
  rights,
}: {
  scenario: Row;
  rights: { create: boolean; archive: boolean; activate: boolean };
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [copyName, setCopyName] = useState<string | null>(null);
  const run = <T,>(call: () => Promise<ActionResult<T>>, done: (data: T) => void) =>
    start(async () => {
      const result = await call();
      if (result.ok) done(result.data);
      else toast.error(result.message);
      router.refresh();
    });

  if (copyName !== null)
    return (
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => duplicateScenarioAction({ id: s.id, name: copyName }),
            (data) => {
              toast.success(`Created “${copyName}”`);
              router.push(`/scenarios/${data.id}`);
            },
          );
        }}
      >
        <label className="sr-only" htmlFor={`copy-${s.id}`}>
          Name of the copy of {s.name}
        </label>
        <Input
          id={`copy-${s.id}`}
          className="h-8 w-56"
          value={copyName}
          onChange={(e) => setCopyName(e.target.value)}
          autoFocus
        />
        <Button size="sm" type="submit" disabled={pending || copyName.trim() === ""}>
          Duplicate
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setCopyName(null)}>
          Cancel
        </Button>
      </form>
    );

  return (
    <div className="flex flex-wrap justify-end gap-2">
      {rights.create && (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={`Duplicate ${s.name}`}
          onClick={() => setCopyName(`${s.name} (copy)`)}
        >
          Duplicate
        </Button>
      )}
      {rights.activate && !s.isActive && !s.archived && (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={`Make active: ${s.name}`}
          onClick={() =>
            run(
              () => activateScenarioAction({ id: s.id, version: s.version }),
              () => toast.success(`“${s.name}” is now the organisation's active scenario`),
            )
          }
        >
          Make active
        </Button>
      )}
      {rights.archive && !s.isActive && (
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          aria-label={`${s.archived ? "Unarchive" : "Archive"} ${s.name}`}
          onClick={() =>
            run(
              () => archiveScenarioAction({ id: s.id, version: s.version, archived: !s.archived }),
              () => toast.success(s.archived ? `Restored “${s.name}”` : `Archived “${s.name}”`),
            )
          }
        >
          {s.archived ? "Unarchive" : "Archive"}
        </Button>
      )}
    </div>
  );
}
