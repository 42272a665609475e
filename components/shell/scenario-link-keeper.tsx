"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { SCENARIO_PARAM, withScenario } from "@/lib/scenario-link";

const viewed = () => new URLSearchParams(window.location.search).get(SCENARIO_PARAM);

function anchorOf(event: Event): HTMLAnchorElement | null {
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  return anchor;
}

/**
 * Keeps the scenario being viewed on every in-app link, whoever rendered it (server pages, tables,
 * the sidebar): on pointer down or keyboard focus the link's href gains ?scenario= (so "open in new
 * tab" and the status bar show it), and a plain click navigates there, ahead of next/link, which
 * would go to the href it was given.
 */
export function ScenarioLinkKeeper() {
  const router = useRouter();
  useEffect(() => {
    const rewrite = (event: Event) => {
      const anchor = anchorOf(event);
      const next = anchor && withScenario(anchor.href, viewed(), window.location.origin);
      if (anchor && next) anchor.setAttribute("href", next);
      return next;
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = anchorOf(event);
      const scenario = viewed();
      if (!anchor || !scenario) return;
      rewrite(event);
      const url = new URL(anchor.href);
      const here = window.location;
      if (url.origin !== here.origin || url.pathname.startsWith("/api/")) return;
      if (url.searchParams.get(SCENARIO_PARAM) !== scenario) return;
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
