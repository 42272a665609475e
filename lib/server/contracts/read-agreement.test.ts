import { createElement as h } from "react";
import { Document as PdfDocument, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { splitAgreement } from "@/lib/domain/contracts/split-agreement";
import { ValidationError } from "@/lib/server/errors";
import { readAgreement } from "./read-agreement";

const LINES = [
  "Cloud AI Services Agreement",
  "1. Export control",
  "The Customer shall comply with export control laws and shall not re-export the Services.",
  "2. Deprecation notice",
  "The Provider gives 180 days' notice before it retires a model.",
  "Section 3.1 Governing law",
  "This Agreement is governed by the laws of Germany.",
];

const expected = [
  ["1 Export control", "EXPORT_CONTROL"],
  ["2 Deprecation notice", "DEPRECATION_NOTICE"],
  ["Section 3.1 Governing law", "GOVERNING_LAW"],
];

describe("readAgreement", () => {
  it("reads a .docx made here and splits it at its headings", async () => {
    const doc = new Document({
      sections: [{ children: LINES.map((text) => new Paragraph({ text })) }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { clauses } = splitAgreement(await readAgreement("msa.docx", bytes));
    expect(clauses.map((c) => [c.heading, c.suggestedType])).toEqual(expected);
    expect(clauses[1].text).toBe(LINES[4]);
  });

  it("reads a text-based PDF made here and splits it at its headings", async () => {
    const pdf = h(
      PdfDocument,
      null,
      h(
        Page,
        { size: "A4", style: { padding: 40, fontSize: 11 } },
        ...LINES.map((line, i) => h(Text, { key: i }, line)),
      ),
    );
    const bytes = new Uint8Array(await renderToBuffer(pdf));
    const { clauses } = splitAgreement(await readAgreement("msa.pdf", bytes));
    expect(clauses.map((c) => [c.heading, c.suggestedType])).toEqual(expected);
    expect(clauses[0].text).toBe(LINES[2]);
  });

  it("refuses other files and files without text with a plain message", async () => {
    await expect(readAgreement("x.exe", new Uint8Array([1, 2, 3]))).rejects.toThrow(
      ValidationError,
    );
    await expect(readAgreement("x.txt", new TextEncoder().encode("  \n"))).rejects.toThrow(
      /No text was found/,
    );
    await expect(
      readAgreement("x.pdf", new TextEncoder().encode("%PDF-1.4 garbage")),
    ).rejects.toThrow(/could not be read/);
  });
});
