"use client";

import { useEffect, useState } from "react";

type Progress =
  | { stage: "idle" }
  | { stage: "building"; startedAt: number }
  | { stage: "receiving"; received: number; total: number }
  | { stage: "failed" };

/**
 * Downloads the server-generated PDF and shows how far it has got: while the server lays the
 * report out, the stage and the seconds elapsed (react-pdf reports no progress of its own); then
 * the kilobytes received as the PDF streams; then it saves the file.
 */
export function PdfDownload({ href, jurisdictions }: { href: string; jurisdictions: number }) {
  const [progress, setProgress] = useState<Progress>({ stage: "idle" });
  const [now, setNow] = useState(0);
  const building = progress.stage === "building";

  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [building]);

  async function download() {
    const startedAt = Date.now();
    setNow(startedAt);
    setProgress({ stage: "building", startedAt });
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
        setProgress({ stage: "receiving", received, total });
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
      setProgress({ stage: "idle" });
    } catch {
      setProgress({ stage: "failed" });
    }
  }

  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  const status =
    progress.stage === "building"
      ? `Laying out the report of ${jurisdictions} jurisdictions… ${Math.max(0, Math.round((now - progress.startedAt) / 1000))} s`
      : progress.stage === "receiving"
        ? `Receiving ${kb(progress.received)}${progress.total ? ` of ${kb(progress.total)}` : ""}…`
        : progress.stage === "failed"
          ? "Failed to build the PDF. Try again."
          : null;
  const busy = progress.stage === "building" || progress.stage === "receiving";
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={download}
        disabled={busy}
        className="rounded-md bg-sky-700 px-3 py-1.5 text-white hover:bg-sky-800 disabled:opacity-60"
      >
        Download PDF
      </button>
      {busy && (
        // Indeterminate while the server builds; filled in as the bytes arrive when it says how many.
        <progress
          aria-label="PDF download"
          className="h-2 w-28"
          {...(progress.stage === "receiving" && progress.total
            ? { value: progress.received, max: progress.total }
            : {})}
        />
      )}
      <span role="status" aria-live="polite" className="text-zinc-600 dark:text-zinc-400">
        {status}
      </span>
    </span>
  );
}
