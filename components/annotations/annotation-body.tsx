import Markdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Raw HTML in a body is shown as the text the author typed, never interpreted or dropped. */
function htmlAsText() {
  const walk = (node: MdNode) => {
    for (const child of node.children ?? []) {
      if (child.type === "html") child.type = "text";
      walk(child);
    }
  };
  return (tree: MdNode) => walk(tree);
}

/**
 * An annotation body as markdown. Raw HTML is never interpreted (it becomes text, so a <script>
 * shows as typed), rehype-sanitize removes anything outside GitHub's safe subset, and links keep
 * only safe protocols (no javascript:).
 */
export function AnnotationBody({ body }: { body: string }) {
  return (
    <div className="prose-sm space-y-1 break-words text-sm text-zinc-800 dark:text-zinc-200 [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 dark:[&_code]:bg-zinc-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown
        remarkPlugins={[htmlAsText]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={defaultUrlTransform}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {children}
            </a>
          ),
          img: ({ alt }) => <span>[image: {alt}]</span>,
        }}
      >
        {body}
      </Markdown>
    </div>
  );
}
