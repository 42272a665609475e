import { Link } from "@/components/ui/link";
import { BAND_IDS, BANDS, type Band } from "@/lib/domain/bands";
import type { OverviewSummary } from "@/lib/domain/overview/summarize-overview";
import { BAND_COLOR } from "@/components/charts/palette";
import { WorldMap } from "@/components/charts/world-map";
import { DRAWABLE_CODES } from "@/components/charts/world-shapes";
import { Table, Td, Th } from "@/components/ui/table";
import { Section } from "./chart-table";
import { matrixCountryLink, touchesLink } from "./overview-links";

const bandLabel = (band: Band) => BANDS.find((b) => b.id === band)!.label;

/** The world by the highest residual risk of the deployments serving or reaching each country. */
export function ExposureMap({
  scenarioId,
  summary,
  countryNames,
}: {
  scenarioId: string;
  summary: OverviewSummary;
  countryNames: Record<string, string>;
}) {
  const nameOf = (code: string) => countryNames[code] ?? code;
  const countries = [...summary.countries].sort(
    (a, b) =>
      BAND_IDS.indexOf(b.maxBand) - BAND_IDS.indexOf(a.maxBand) ||
      b.maxResidual - a.maxResidual ||
      nameOf(a.code).localeCompare(nameOf(b.code)),
  );
  const describe = (c: OverviewSummary["countries"][number]) =>
    `${nameOf(c.code)}: ${c.deployments} deployment${c.deployments === 1 ? "" : "s"} serve or reach it, ${c.notAllowed} not allowed; highest residual ${c.maxResidual} (${bandLabel(c.maxBand)})`;
  const drawable = DRAWABLE_CODES;
  const undrawn = countries.filter((c) => !drawable.has(c.code)).length;
  return (
    <Section
      id="countries"
      title="Where we are exposed"
      description="Each country in the colour of the highest residual risk of the deployments that serve or reach it; hatched where access is not allowed for some of them. Select a country to open the matrix for it."
    >
      <WorldMap
        label="World map of exposure by country"
        countries={countries.map((c) => ({
          code: c.code,
          fill: BAND_COLOR[c.maxBand],
          hatched: c.notAllowed > 0,
          description: describe(c),
          href: matrixCountryLink(scenarioId, c.code),
        }))}
      />
      <ul
        className="mt-2 flex flex-wrap gap-3 text-xs text-zinc-600 dark:text-zinc-400"
        aria-label="Map legend"
      >
        {BANDS.map((b) => (
          <li key={b.id} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block size-3 rounded-sm"
              style={{ background: BAND_COLOR[b.id] }}
            />
            {b.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg aria-hidden width="12" height="12" className="rounded-sm">
            <rect width="12" height="12" className="fill-zinc-300 dark:fill-zinc-600" />
            <path d="M0 12 L12 0 M-3 3 L3 -3 M9 15 L15 9" stroke="#18181b" strokeWidth="2" />
          </svg>
          Access not allowed for some
        </li>
        {undrawn > 0 && <li>{undrawn} too small to draw at this scale: in the table</li>}
      </ul>
      <div className="mt-3 max-h-80 overflow-y-auto">
        <Table aria-label="Countries touched">
          <thead>
            <tr>
              <Th>Country</Th>
              <Th className="text-right">Deployments</Th>
              <Th className="text-right">Not allowed</Th>
              <Th className="text-right">Highest residual</Th>
              <Th>Matrix</Th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.code} data-testid={`country-${c.code}`}>
                <Td>{nameOf(c.code)}</Td>
                <Td className="text-right tabular-nums">
                  <Link
                    className="text-sky-700 underline dark:text-sky-400"
                    href={touchesLink(scenarioId, c.code)}
                  >
                    {c.deployments}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">{c.notAllowed}</Td>
                <Td className="text-right tabular-nums">
                  {c.maxResidual} ({bandLabel(c.maxBand)})
                </Td>
                <Td>
                  <Link
                    className="text-sky-700 underline dark:text-sky-400"
                    href={matrixCountryLink(scenarioId, c.code)}
                  >
                    Open
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </Section>
  );
}
