import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import { MarkdownDoc } from "@/components/help/markdown-doc";
import { requireUser } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Risk model" };

/** docs/risk-model.md, readable in the app (the report and the overview link here). */
export default async function RiskModelPage() {
  await requireUser();
  const markdown = await readFile(path.join(process.cwd(), "docs", "risk-model.md"), "utf8");
  return <MarkdownDoc markdown={markdown} />;
}
