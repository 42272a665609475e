import { Link } from "@/components/ui/link";
import type { ComparisonRow } from "@/lib/server/matrix/load-comparison";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { titleCase } from "@/lib/format";

const link = "text-sky-700 underline underline-offset-2 dark:text-sky-400";

/** Deployments whose risk changes, largest change first (the list is cut at `limit` rows). */
export function ChangedDeployments({ rows, limit }: { rows: ComparisonRow[]; limit: number }) {
  if (rows.length === 0)
    return (
      <EmptyState title="No deployment changes risk">
        Both scenarios score every planned and live deployment the same.
      </EmptyState>
    );
  return (
    <>
      <Table aria-label="Deployments whose risk changes">
        <thead>
          <tr>
            <Th>Ref</Th>
            <Th>Model</Th>
            <Th>Serves</Th>
            <Th>Business unit</Th>
            <Th>Access A → B</Th>
            <Th className="text-right">Residual A → B</Th>
            <Th>Band A → B</Th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((r) => (
            <tr key={r.deploymentId} data-testid={`change-${r.ref}`}>
              <Td>
                <Link
                  className={`${link} font-mono text-xs`}
                  href={`/deployments/${r.deploymentId}`}
                >
                  {r.ref}
                </Link>
              </Td>
              <Td>
                <Link className={link} href={`/models/${r.modelId}`}>
                  {r.modelName}
                </Link>
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                  {r.vendorName}
                </span>
              </Td>
              <Td>
                {r.servedName} ({r.servedCode})
              </Td>
              <Td>{r.businessUnit}</Td>
              <Td>
                {titleCase(r.before.access)} → {titleCase(r.after.access)}
              </Td>
              <Td className="text-right tabular-nums">
                {r.before.residual} → {r.after.residual}{" "}
                <span
                  className={
                    r.direction === "worse"
                      ? "text-red-700 dark:text-red-400"
                      : "text-emerald-700 dark:text-emerald-400"
                  }
                >
                  ({r.residualDelta > 0 ? "+" : ""}
                  {r.residualDelta})
                </span>
              </Td>
              <Td>
                {titleCase(r.before.band)} → {titleCase(r.after.band)}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {rows.length > limit && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Showing the {limit} largest changes of {rows.length.toLocaleString("en")}; the CSV has
          them all.
        </p>
      )}
    </>
  );
}
