"use client";

import { useState } from "react";

/**
 * Downloads the server-generated PDF and says how far it has got: "Building…" until the server
 * starts answering, then the bytes received (the response streams), then saves it.
 */
export function PdfDownload({ href }: { href: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const busy = status !== null && !status.startsWith("Failed");

  async function download() {
    setStatus("Building the PDF…");
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(await response.text());
      const total = Number(response.headers.get("Content-Length")) || 0;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setStatus(
          `Receiving ${Math.round(received / 1024)} KB${total ? ` of ${Math.round(total / 1024)} KB` : ""}…`,
        );
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ??
        "tierscope-report.pdf";
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/pdf" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(null);
    } catch {
      setStatus("Failed to build the PDF. Try again.");
    }
  }

  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        onClick={download}
        disabled={busy}
        className="rounded-md bg-sky-700 px-3 py-1.5 text-white hover:bg-sky-800 disabled:opacity-60"
      >
        Download PDF
      </button>
      <span role="status" aria-live="polite" className="text-zinc-600 dark:text-zinc-400">
        {status}
      </span>
    </span>
  );
}
