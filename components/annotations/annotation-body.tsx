import Markdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * An annotation body as markdown. Raw HTML is never interpreted (react-markdown escapes it, so a
 * <script> shows as text), rehype-sanitize removes anything outside GitHub's safe subset, and
 * links keep only safe protocols (no javascript:).
 */
export function AnnotationBody({ body }: { body: string }) {
  return (
    <div className="prose-sm space-y-1 break-words text-sm text-zinc-800 dark:text-zinc-200 [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 dark:[&_code]:bg-zinc-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown
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
