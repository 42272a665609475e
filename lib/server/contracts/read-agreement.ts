/**
 * The plain text of an uploaded agreement: a .docx (mammoth) or a text-based PDF (pdfjs-dist's
 * legacy build, which runs in Node). Scanned PDFs have no text layer; they come back as an error
 * the user can act on rather than an empty split.
 */
import { ValidationError } from "@/lib/server/errors";

export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;

export type AgreementKind = "docx" | "pdf" | "text";

export function agreementKind(fileName: string, bytes: Uint8Array): AgreementKind | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString("latin1");
  if (head === "%PDF-") return "pdf";
  if (head.startsWith("PK") && /\.docx$/i.test(fileName)) return "docx";
  if (/\.(txt|md)$/i.test(fileName)) return "text";
  return null;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let out = "";
      let lastY: number | null = null;
      for (const raw of content.items) {
        const item = raw as PdfTextItem;
        if (typeof item.str !== "string") continue;
        const y = item.transform?.[5] ?? null;
        // a new baseline is a new line even when the PDF does not mark the end of line
        if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && !out.endsWith("\n"))
          out += "\n";
        out += item.str;
        if (item.hasEOL) out += "\n";
        lastY = y;
      }
      pages.push(out);
    }
    return pages.join("\n\n");
  } finally {
    await doc.destroy();
  }
}

export async function readAgreement(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > MAX_AGREEMENT_BYTES)
    throw new ValidationError("The file is larger than 10 MB. Upload a smaller file.");
  const kind = agreementKind(fileName, bytes);
  if (!kind) throw new ValidationError("Upload a .docx, a text-based PDF or a .txt file.");
  let text: string;
  try {
    text =
      kind === "docx"
        ? await docxText(bytes)
        : kind === "pdf"
          ? await pdfText(bytes)
          : new TextDecoder().decode(bytes);
  } catch {
    throw new ValidationError(`This ${kind === "docx" ? ".docx" : "PDF"} file could not be read.`);
  }
  if (text.trim().length === 0)
    throw new ValidationError(
      "No text was found in this file. A scanned PDF has no text layer: paste the text instead.",
    );
  return text;
}
