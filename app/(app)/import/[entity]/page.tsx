import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ImportPanel } from "@/components/import/import-panel";
import { IMPORT_COLUMNS, IMPORT_LABELS, isImportEntity } from "@/lib/import/columns";
import { requirePagePermission } from "@/lib/server/guards";
import { importPermission } from "@/lib/server/import/import-permission";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params;
  if (!isImportEntity(entity)) notFound();
  await requirePagePermission(...importPermission(entity));
  const labels = IMPORT_LABELS[entity];
  return (
    <>
      <PageHeader
        title={`Import ${labels.plural.toLowerCase()}`}
        description={`Upload a CSV to add or update ${labels.plural.toLowerCase()}. You see every row's result before anything is written; a file with any bad row imports nothing, and importing the same file again changes nothing.`}
        actions={
          <a
            href={`/api/import/${entity}/template`}
            download
            className="inline-flex h-9 items-center rounded-md border border-zinc-300 px-3.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Download template
          </a>
        }
      />
      <ImportPanel entity={entity} />
      <section className="mt-8" aria-labelledby="columns-heading">
        <h2 id="columns-heading" className="mb-2 text-lg font-semibold">
          Columns
        </h2>
        <Table aria-label="Columns">
          <thead>
            <tr>
              <Th>Column</Th>
              <Th>Required</Th>
              <Th>Example</Th>
              <Th>Meaning</Th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS[entity].map((c) => (
              <tr key={c.header}>
                <Td>
                  <code className="font-mono text-xs">{c.header}</code>
                </Td>
                <Td>{c.required ? "Yes" : "No"}</Td>
                <Td>
                  <code className="font-mono text-xs">{c.example}</code>
                </Td>
                <Td>
                  <WithCodes text={c.doc} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Optional columns you leave out of the file keep their stored values.
        </p>
      </section>
    </>
  );
}

/** A column's meaning with the values a file must contain (ACTIVE, UNDER_REVIEW) set as code. */
function WithCodes({ text }: { text: string }) {
  return text.split(/(\b[A-Z][A-Z0-9]{2,}(?:_[A-Z0-9]+)*\b)/).map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="font-mono text-xs">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
