import Link from "next/link";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "./world-geometry";
import { MapTooltip } from "./map-tooltip";

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

/**
 * A world map drawn on the server (no map JavaScript reaches the browser): countries with data
 * are links, in tab order, coloured by `fill` and hatched where `hatched`; the rest is plain land.
 */
export function WorldMap({ countries, label }: { countries: MapCountry[]; label: string }) {
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
        {worldShapes().map((shape, i) => {
          const country = byCode.get(shape.code);
          if (!country)
            return (
              <path
                key={`${shape.code}-${i}`}
                d={shape.path}
                className="fill-zinc-200 stroke-white dark:fill-zinc-700 dark:stroke-zinc-900"
                strokeWidth={0.5}
              />
            );
          return (
            <Link
              key={`${shape.code}-${i}`}
              href={country.href}
              aria-label={country.description}
              data-tip={country.description}
              data-country={country.code}
              className="map-country"
            >
              <path
                d={shape.path}
                fill={country.fill}
                className="stroke-white dark:stroke-zinc-900"
                strokeWidth={0.5}
              />
              {country.hatched && <path d={shape.path} fill="url(#map-hatch)" />}
            </Link>
          );
        })}
      </svg>
    </MapTooltip>
  );
}

/** Codes the map can draw (the rest appear in the table only). */
export function drawableCodes(): Set<string> {
  return new Set(worldShapes().map((s) => s.code));
}
