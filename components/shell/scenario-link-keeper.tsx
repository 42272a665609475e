"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { AS_OF_PARAM, SCENARIO_PARAM, withViewParams } from "@/lib/scenario-link";

const kept = () => {
  const here = new URLSearchParams(window.location.search);
  return { [SCENARIO_PARAM]: here.get(SCENARIO_PARAM), [AS_OF_PARAM]: here.get(AS_OF_PARAM) };
};

function anchorOf(event: Event): HTMLAnchorElement | null {
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  return anchor;
}

/**
 * Keeps the scenario being viewed (and the "as of" date, when one is chosen) on every in-app link, whoever rendered it (server pages, tables,
 * the sidebar): on pointer down or keyboard focus the link's href gains ?scenario= (so "open in new
 * tab" and the status bar show it), and a plain click navigates there, ahead of next/link, which
 * would go to the href it was given.
 */
export function ScenarioLinkKeeper() {
  const router = useRouter();
  useEffect(() => {
    const rewrite = (event: Event) => {
      const anchor = anchorOf(event);
      const next = anchor && withViewParams(anchor.href, kept(), window.location.origin);
      if (anchor && next) anchor.setAttribute("href", next);
      return next;
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = anchorOf(event);
      const want = Object.entries(kept()).filter(([, value]) => value);
      if (!anchor || !want.length) return;
      rewrite(event);
      const url = new URL(anchor.href);
      const here = window.location;
      if (url.origin !== here.origin || url.pathname.startsWith("/api/")) return;
      if (want.some(([name, value]) => url.searchParams.get(name) !== value)) return;
      if (url.pathname === here.pathname && url.search === here.search) return;
      event.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`);
    };
    document.addEventListener("pointerdown", rewrite, true);
    document.addEventListener("focusin", rewrite, true);
    document.addEventListener("click", onClick, true);
    return () => {
      document.removeEventListener("pointerdown", rewrite, true);
      document.removeEventListener("focusin", rewrite, true);
      document.removeEventListener("click", onClick, true);
    };
  }, [router]);
  return null;
}
