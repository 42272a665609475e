import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnnotationBody } from "./annotation-body";

const render = (body: string) => renderToStaticMarkup(createElement(AnnotationBody, { body }));

describe("AnnotationBody", () => {
  it("renders markdown", () => {
    expect(render("**bold** and *it*")).toContain("<strong>bold</strong>");
  });

  it("shows raw HTML as text: no script, no event handler, no javascript: link", () => {
    const html = render(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3)) <a href="javascript:alert(4)">y</a>',
    );
    expect(html).not.toMatch(/<script|<img|<a href="javascript|href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("onerror"); // as visible text only
    expect(html).not.toMatch(/<[^>]+onerror=/i);
  });
});
