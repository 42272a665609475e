"use client";

import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

/** No rows at all (say how to add some) versus none matching (offer to clear the filters). */
export function ListEmpty({
  noun,
  filtered,
  onClear,
  action,
}: {
  noun: string;
  filtered: boolean;
  onClear: () => void;
  action?: ReactNode;
}) {
  if (filtered)
    return (
      <EmptyState title={`No ${noun} match these filters`}>
        <Button variant="secondary" className="mt-3" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState>
    );
  return <EmptyState title={`No ${noun} yet`}>{action}</EmptyState>;
}
