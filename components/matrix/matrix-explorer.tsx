"use client";

import { useMemo, useState } from "react";
import { unpackMatrixView, type PackedMatrixView } from "@/lib/domain/matrix/packed-view";
import { EmptyState } from "@/components/ui/card";
import { CellPanel, type CellRequest } from "./cell-panel";
import type { CellPosition } from "./grid-navigation";
import { MatrixGrid } from "./matrix-grid";

/** The grid plus the side panel a cell opens (in a diff, the panel explains the "after" scenario). */
export function MatrixExplorer({
  view: packed,
  scenarioId,
  label,
}: {
  view: PackedMatrixView;
  scenarioId: string;
  label: string;
}) {
  const [request, setRequest] = useState<CellRequest | null>(null);
  const [lastOpened, setLastOpened] = useState<CellPosition | null>(null);
  const view = useMemo(() => unpackMatrixView(packed), [packed]);

  if (view.rows.length === 0 || view.columns.length === 0)
    return (
      <EmptyState title="Nothing to show">
        No {view.rows.length === 0 ? "model" : "jurisdiction"} matches these filters. Clear a filter
        to see more.
      </EmptyState>
    );

  const open = (position: CellPosition) => {
    const model = view.rows[position.row];
    const column = view.columns[position.col];
    if (!model || !column) return;
    setLastOpened(position);
    setRequest({
      scenarioId,
      modelId: model.id,
      code: column.code,
      title: `${model.name} in ${column.name}`,
    });
  };

  return (
    <>
      <MatrixGrid view={view} label={label} onOpenCell={open} />
      <CellPanel
        request={request}
        revision={packed}
        onClose={() => setRequest(null)}
        returnFocus={() => {
          if (!lastOpened) return;
          document
            .querySelector<HTMLElement>(`[data-cell="${lastOpened.row}:${lastOpened.col}"]`)
            ?.focus();
        }}
      />
    </>
  );
}
