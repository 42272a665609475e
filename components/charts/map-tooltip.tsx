"use client";

import { useRef, useState, type ReactNode } from "react";

/**
 * Shows the `data-tip` text of the map shape under the pointer or with keyboard focus in a
 * tooltip next to it (an SVG <title> shows on hover only, and late).
 */
export function MapTooltip({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const show = (target: EventTarget | null, point?: { x: number; y: number }) => {
    const element = (target as Element | null)?.closest?.("[data-tip]");
    const box = frame.current?.getBoundingClientRect();
    if (!element || !box) return setTip(null);
    const at = point ?? {
      x: element.getBoundingClientRect().left + element.getBoundingClientRect().width / 2,
      y: element.getBoundingClientRect().top,
    };
    setTip({ text: element.getAttribute("data-tip") ?? "", x: at.x - box.left, y: at.y - box.top });
  };
  return (
    <div
      ref={frame}
      className="relative"
      onPointerMove={(e) => show(e.target, { x: e.clientX, y: e.clientY })}
      onPointerLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip && (
        <div
          role="status"
          className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 -translate-y-full rounded-md border border-zinc-200 bg-white px-2 py-1 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900"
          style={{ left: tip.x, top: tip.y - 8 }}
          data-testid="map-tooltip"
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
