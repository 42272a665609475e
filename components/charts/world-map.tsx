"use client";

import { useSyncExternalStore } from "react";
import { Link } from "@/components/ui/link";
import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/reference/world-map-size";
import { MapTooltip } from "./map-tooltip";
import { SHAPES } from "./world-shapes";

/** What the map shows for one country. */
export interface MapCountry {
  code: string;
  fill: string;
  /** Access is not "allowed" for some deployment here: drawn hatched. */
  hatched: boolean;
  /** Tooltip and accessible name. */
  description: string;
  href: string;
}

const never = () => () => {};
/** False on the server and while hydrating, true in the browser after that. */
const useInBrowser = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

/**
 * A world map: countries with data are links, in tab order, coloured by `fill` and hatched where
 * `hatched`; the rest is plain land. The outlines ship in a script the browser caches, so a page or
 * a scenario switch carries only the few bytes per country that change; the server sends the
 * frame only (the outlines would add some 300 KB to every overview's HTML), and the browser draws
 * the shapes once the page is live. The table behind the map carries the same figures as text.
 */
export function WorldMap({ countries, label }: { countries: MapCountry[]; label: string }) {
  const inBrowser = useInBrowser();
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return (
    <MapTooltip>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={label}
        className="h-auto w-full"
        data-testid="world-map"
      >
        <defs>
          <pattern
            id="map-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#18181b" strokeWidth="2" opacity="0.7" />
          </pattern>
        </defs>
        {inBrowser &&
          SHAPES.map(([code, d], i) => {
            const country = byCode.get(code);
            if (!country)
              return (
                <path
                  key={`${code}-${i}`}
                  d={d}
                  className="fill-zinc-200 stroke-white dark:fill-zinc-700 dark:stroke-zinc-900"
                  strokeWidth={0.5}
                />
              );
            return (
              <Link
                key={`${code}-${i}`}
                href={country.href}
                aria-label={country.description}
                data-tip={country.description}
                data-country={country.code}
                className="map-country"
              >
                <path
                  d={d}
                  fill={country.fill}
                  className="stroke-white dark:stroke-zinc-900"
                  strokeWidth={0.5}
                />
                {country.hatched && <path d={d} fill="url(#map-hatch)" />}
              </Link>
            );
          })}
      </svg>
    </MapTooltip>
  );
}
