import { Link } from "@/components/ui/link";
import { routeWords, words } from "@/lib/domain/report/report-words";
import type { ReportData } from "@/lib/server/report/load-report";
import { BandBadge } from "@/components/inventory/band-badge";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import { BandBars } from "./band-bars";
import { PdfDownload } from "./pdf-download";

const th = "border-b border-zinc-300 px-2 py-1 text-left text-xs font-semibold uppercase";
const td = "border-b border-zinc-200 px-2 py-1 align-top dark:border-zinc-800";

/**
 * The footprint and exposure report as a printable page: no navigation chrome, a print
 * stylesheet (Tailwind print: variants, app/globals.css @page), a page break before each part.
 */
export function ReportScreen({
  data,
  scenarios,
  query,
}: {
  data: ReportData;
  scenarios: { id: string; name: string }[];
  query: string;
}) {
  const { report, compare, dataRevision, generatedAt } = data;
  return (
    <article className="mx-auto max-w-5xl p-4 text-sm print:max-w-none print:p-0 print:text-black md:p-8">
      <div className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 p-3 print:hidden dark:border-zinc-800">
        <form method="get" action="/report" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1">
            <span>Scenario</span>
            <select
              name="scenario"
              defaultValue={report.scenario.id}
              className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span>Compare with</span>
            <select
              name="compare"
              defaultValue={compare?.scenario.id ?? ""}
              className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
            >
              <option value="">No comparison</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Show
          </button>
        </form>
        <PdfDownload href={`/api/report/pdf?${query}`} jurisdictions={report.countries.length} />
        <a
          href={`/api/report/csv?${query}`}
          className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Download CSV
        </a>
        <Link
          href={`/?scenario=${report.scenario.id}`}
          className="px-1 py-1.5 text-sky-700 underline dark:text-sky-400"
        >
          Back to the overview
        </Link>
      </div>

      <header className="mb-6">
        <h1 className="text-2xl font-semibold">Footprint and exposure report</h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5">
          <dt className="text-zinc-600 dark:text-zinc-400">Scenario</dt>
          <dd data-testid="report-scenario">{report.scenario.name}</dd>
          {compare && (
            <>
              <dt className="text-zinc-600 dark:text-zinc-400">Compared with</dt>
              <dd>{compare.scenario.name}</dd>
            </>
          )}
          <dt className="text-zinc-600 dark:text-zinc-400">Date</dt>
          <dd>
            {report.asOf} (generated {generatedAt.slice(0, 16).replace("T", " ")} UTC)
          </dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Data revision</dt>
          <dd>{dataRevision}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Method</dt>
          <dd>
            Methodology {report.methodology.id} v{report.methodology.version}, explained in{" "}
            <Link href="/help/risk-model" className="text-sky-700 underline dark:text-sky-400">
              the risk model
            </Link>
          </dd>
        </dl>
      </header>

      <section className="mb-6 break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">Summary</h2>
        <p className="mb-2">
          {report.deployments} planned and live deployments touch {report.countries.length}{" "}
          jurisdictions; {report.findings} have a compliance finding; {report.gaps.length} vendors
          have clause gaps.
        </p>
        <BandBars
          series={[
            { name: report.scenario.name, bands: report.bands },
            ...(compare ? [{ name: compare.scenario.name, bands: compare.bands }] : []),
          ]}
        />
      </section>

      <section className="mb-6 print:break-before-page">
        <h2 className="mb-2 text-lg font-semibold">Jurisdictions touched</h2>
        {report.countries.map((c) => (
          <div key={c.code} className="mb-4 break-inside-avoid" data-testid="report-country">
            <h3 className="flex flex-wrap items-center gap-2 font-medium">
              {c.name} <span className="text-zinc-500 dark:text-zinc-400">({c.code})</span>
              <BandBadge band={c.worstBand} score={c.maxResidual} />
              <span className="text-zinc-600 dark:text-zinc-400">
                {c.deployments} deployment{c.deployments === 1 ? "" : "s"}, {c.notAllowed} not
                allowed
                {compare?.worstBandByCode[c.code] &&
                  ` · under ${compare.scenario.name}: ${words(compare.worstBandByCode[c.code])}`}
              </span>
            </h3>
            {/* On a phone the vendor goes under the model: five columns do not fit 390 px. */}
            <table className="mt-1 w-full border-collapse">
              <thead>
                <tr>
                  <th className={th}>Model</th>
                  <th className={`${th} hidden sm:table-cell print:table-cell`}>Vendor</th>
                  <th className={th}>Access</th>
                  <th className={`${th} text-right`}>
                    <abbr title="Deployments" className="no-underline sm:hidden print:hidden">
                      Dep.
                    </abbr>
                    <span className="hidden sm:inline print:inline">Deployments</span>
                  </th>
                  <th className={th}>Worst</th>
                </tr>
              </thead>
              <tbody>
                {c.models.map((m) => (
                  <tr key={m.modelId}>
                    <td className={td}>
                      {m.modelName}
                      <span className="block text-xs text-zinc-600 sm:hidden print:hidden dark:text-zinc-400">
                        {m.vendorName}
                      </span>
                    </td>
                    <td className={`${td} hidden sm:table-cell print:table-cell`}>
                      {m.vendorName}
                    </td>
                    <td className={td}>{OUTCOME_STYLE[m.access].label}</td>
                    <td className={`${td} text-right tabular-nums`}>{m.deployments}</td>
                    <td className={td}>
                      <BandBadge band={m.worstBand} score={m.maxResidual} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section className="mb-6 print:break-before-page">
        <h2 className="mb-2 text-lg font-semibold">Clause gaps</h2>
        {report.gaps.length === 0 ? (
          <p>No vendor in use has a clause gap.</p>
        ) : (
          <ul className="list-disc pl-5">
            {report.gaps.map((g) => (
              <li key={g.vendorId} className="break-inside-avoid">
                <span className="font-medium">{g.vendorName}</span>:{" "}
                {g.clauses
                  .map((cl) => `${words(cl.type)} (${words(cl.assessment).toLowerCase()})`)
                  .join(", ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mb-6 break-inside-avoid">
        <h2 className="mb-2 text-lg font-semibold">Top actions</h2>
        {report.actions.length === 0 ? (
          <p>No deployment is restricted or prohibited.</p>
        ) : (
          <ol className="list-decimal pl-5">
            {report.actions.map((a) => (
              <li key={a.deploymentId} className="mb-1 break-inside-avoid">
                <span className="font-medium">{a.ref}</span> — {a.modelName} in {a.country} is{" "}
                {OUTCOME_STYLE[a.access].label.toLowerCase()} ({words(a.band)}, {a.residual}).{" "}
                {a.alternative
                  ? `Move to ${a.alternative.modelName} ${routeWords(a.alternative.route)}: ${words(a.alternative.band).toLowerCase()}, ${a.alternative.residual}.`
                  : "No alternative fits its reach."}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
