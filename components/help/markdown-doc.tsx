import type { ReactNode } from "react";
import Markdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

type Block = { kind: "text"; text: string } | { kind: "table"; rows: string[][] };

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, "|"));

/** Splits markdown into pipe tables and the rest (react-markdown alone does not read tables). */
export function splitTables(markdown: string): Block[] {
  const blocks: Block[] = [];
  let text: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (text.length) blocks.push({ kind: "text", text: text.join("\n") });
    text = [];
    if (table.length)
      blocks.push({
        kind: "table",
        rows: table.filter((l) => !/^\s*\|?\s*:?-{2,}/.test(l)).map(cellsOf),
      });
    table = [];
  };
  for (const line of markdown.split("\n")) {
    if (line.trimStart().startsWith("|")) {
      if (text.length) {
        blocks.push({ kind: "text", text: text.join("\n") });
        text = [];
      }
      table.push(line);
    } else {
      if (table.length) flush();
      text.push(line);
    }
  }
  flush();
  return blocks;
}

function Md({ children, inline }: { children: string; inline?: boolean }) {
  return (
    <Markdown
      rehypePlugins={[rehypeSanitize]}
      urlTransform={defaultUrlTransform}
      components={
        inline ? { p: ({ children: c }: { children?: ReactNode }) => <>{c}</> } : undefined
      }
    >
      {children}
    </Markdown>
  );
}

/** A markdown document from the repository (docs/), sanitized, with its tables. */
export function MarkdownDoc({ markdown }: { markdown: string }) {
  return (
    <div className="max-w-3xl space-y-3 text-sm leading-relaxed text-zinc-800 dark:text-zinc-200 [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 dark:[&_code]:bg-zinc-800 [&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-zinc-100 [&_pre]:p-3 dark:[&_pre]:bg-zinc-800 [&_ul]:list-disc [&_ul]:pl-5">
      {splitTables(markdown).map((block, i) =>
        block.kind === "text" ? (
          <Md key={i}>{block.text}</Md>
        ) : (
          <div key={i} className="relative overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr>
                  {block.rows[0]?.map((cell, j) => (
                    <th
                      key={j}
                      className="border-b border-zinc-300 px-2 py-1 font-semibold dark:border-zinc-700"
                    >
                      <Md inline>{cell}</Md>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.slice(1).map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, j) => (
                      <td
                        key={j}
                        className="border-b border-zinc-200 px-2 py-1 align-top dark:border-zinc-800"
                      >
                        <Md inline>{cell}</Md>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </div>
  );
}
