"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * next/link that prefetches when the user reaches for a link (pointer over it, or keyboard focus)
 * rather than when it scrolls into view. Every page here is rendered per request, and a list, a
 * heatmap or the world map holds dozens to hundreds of links: viewport prefetching sent one server
 * render per visible link on every page view and again on every scenario switch (each switch
 * changes every link's ?scenario=), which slowed the page the user was actually looking at.
 * `prefetch={true}` keeps Next's own prefetching for a link that wants it.
 */
export function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  href,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const url = typeof href === "string" && href.startsWith("/") ? href : null;
  const onIntent = prefetch !== false && prefetch !== true && url !== null;
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={prefetch === true ? true : false}
      onMouseEnter={(event) => {
        if (onIntent) router.prefetch(url);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        if (onIntent) router.prefetch(url);
        onFocus?.(event);
      }}
    />
  );
}
