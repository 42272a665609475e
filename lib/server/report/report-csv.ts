import Papa from "papaparse";
import { BANDS } from "@/lib/domain/bands";
import { routeWords, words } from "@/lib/domain/report/report-words";
import type { ReportData } from "./load-report";

/**
 * The report as one CSV: what it states first (scenario, date, data revision, methodology, the
 * risk model's page), then one row per jurisdiction × model, per vendor clause gap and per action,
 * told apart by the "section" column.
 */
export function reportCsv(
  { report, compare, dataRevision, generatedAt }: ReportData,
  riskModelUrl: string,
): string {
  const columns = [
    "section",
    "jurisdiction",
    "code",
    "model",
    "vendor",
    "access",
    "deployments",
    "max_residual",
    "band",
    "detail",
  ];
  const rows: string[][] = [];
  const about = (k: string, v: string) =>
    rows.push(["about", "", "", "", "", "", "", "", "", `${k}: ${v}`]);
  about("Scenario", report.scenario.name);
  if (compare) about("Compared with", compare.scenario.name);
  about("Date", report.asOf);
  about("Generated", generatedAt);
  about("Data revision", dataRevision);
  about("Methodology", `${report.methodology.id} v${report.methodology.version}`);
  about("Risk model", riskModelUrl);
  for (const b of BANDS)
    rows.push([
      "bands",
      "",
      "",
      "",
      "",
      "",
      String(report.bands[b.id]),
      "",
      b.label,
      compare ? `${compare.scenario.name}: ${compare.bands[b.id]}` : "",
    ]);
  for (const c of report.countries)
    for (const m of c.models)
      rows.push([
        "footprint",
        c.name,
        c.code,
        m.modelName,
        m.vendorName,
        words(m.access),
        String(m.deployments),
        String(m.maxResidual),
        words(m.worstBand),
        compare?.worstBandByCode[c.code]
          ? `${compare.scenario.name}: country worst ${words(compare.worstBandByCode[c.code])}`
          : "",
      ]);
  for (const g of report.gaps)
    for (const cl of g.clauses)
      rows.push([
        "clause gap",
        "",
        "",
        "",
        g.vendorName,
        "",
        "",
        "",
        "",
        `${words(cl.type)}: ${words(cl.assessment)}`,
      ]);
  for (const a of report.actions)
    rows.push([
      "action",
      a.country,
      "",
      a.modelName,
      "",
      words(a.access),
      a.ref,
      String(a.residual),
      words(a.band),
      a.alternative
        ? `Move to ${a.alternative.modelName} ${routeWords(a.alternative.route)} (${words(a.alternative.band)}, ${a.alternative.residual})`
        : "No alternative fits",
    ]);
  return Papa.unparse({ fields: columns, data: rows });
}
