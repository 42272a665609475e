import { Readable } from "node:stream";
import {
  Document,
  Font,
  Link,
  Page,
  Rect,
  StyleSheet,
  Svg,
  Text,
  View,
  renderToStream,
} from "@react-pdf/renderer";
import { BANDS } from "@/lib/domain/bands";
import { routeWords, words } from "@/lib/domain/report/report-words";
import { BAND_COLOR } from "@/components/charts/palette";
import type { ReportData } from "./load-report";

// Words are never hyphenated: hyphenation is most of react-pdf's layout time on long tables.
Font.registerHyphenationCallback((word) => [word]);

const s = StyleSheet.create({
  page: { padding: 36, fontSize: 9, fontFamily: "Helvetica", color: "#18181b" },
  h1: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 6 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  h3: { fontSize: 10, fontFamily: "Helvetica-Bold", marginTop: 6, marginBottom: 2 },
  meta: { flexDirection: "row", marginBottom: 1 },
  key: { width: 90, color: "#52525b" },
  row: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: "#d4d4d8",
    paddingVertical: 1.5,
  },
  head: { fontFamily: "Helvetica-Bold" },
  link: { color: "#0369a1" },
  footer: { position: "absolute", bottom: 18, left: 36, right: 36, fontSize: 7, color: "#71717a" },
});

const cols = [3, 2.4, 1.6, 1, 1.2];

function BandChart({ series }: { series: { name: string; bands: Record<string, number> }[] }) {
  const row = 14;
  const label = 150;
  const width = 460;
  const max = Math.max(1, ...series.flatMap((x) => BANDS.map((b) => x.bands[b.id])));
  const height = series.length * BANDS.length * row + 4;
  return (
    <View>
      <Svg width={width} height={height}>
        {series.flatMap((x, si) =>
          BANDS.map((b, bi) => {
            const top = (si * BANDS.length + bi) * row;
            const w = ((width - label - 40) * x.bands[b.id]) / max;
            return (
              <Rect
                key={`${si}-${b.id}`}
                x={label}
                y={top + 2}
                width={Math.max(w, 0.5)}
                height={row - 4}
                fill={BAND_COLOR[b.id]}
              />
            );
          }),
        )}
      </Svg>
      {/* Labels in normal text flow over the bars (react-pdf's SVG text needs a registered font). */}
      <View style={{ position: "absolute", top: 0, left: 0 }}>
        {series.flatMap((x) =>
          BANDS.map((b) => {
            const w = ((width - label - 40) * x.bands[b.id]) / max;
            return (
              <View key={`${x.name}-${b.id}`} style={{ height: row, flexDirection: "row" }}>
                <Text style={{ width: label, fontSize: 8, paddingTop: 2 }}>
                  {series.length > 1 ? `${x.name.slice(0, 22)} · ${b.label}` : b.label}
                </Text>
                <Text style={{ marginLeft: w + 4, fontSize: 8, paddingTop: 2 }}>
                  {x.bands[b.id]}
                </Text>
              </View>
            );
          }),
        )}
      </View>
    </View>
  );
}

function Cells({ values, head }: { values: (string | number)[]; head?: boolean }) {
  return (
    <View style={s.row} wrap={false}>
      {values.map((v, i) => (
        <Text key={i} style={[{ flex: cols[i] ?? 1 }, head ? s.head : {}]}>
          {String(v)}
        </Text>
      ))}
    </View>
  );
}

function ReportDocument({ data, riskModelUrl }: { data: ReportData; riskModelUrl: string }) {
  const { report, compare, dataRevision, generatedAt } = data;
  const meta: [string, string][] = [
    ["Scenario", report.scenario.name],
    ...(compare ? [["Compared with", compare.scenario.name] as [string, string]] : []),
    ["Date", `${report.asOf} (generated ${generatedAt.slice(0, 16).replace("T", " ")} UTC)`],
    ["Data revision", dataRevision],
    ["Methodology", `${report.methodology.id} v${report.methodology.version}`],
  ];
  return (
    <Document title={`Footprint and exposure report: ${report.scenario.name}`} author="Tierscope">
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>Footprint and exposure report</Text>
        {meta.map(([k, v]) => (
          <View key={k} style={s.meta}>
            <Text style={s.key}>{k}</Text>
            <Text>{v}</Text>
          </View>
        ))}
        <View style={s.meta}>
          <Text style={s.key}>Risk model</Text>
          <Link src={riskModelUrl} style={s.link}>
            {riskModelUrl}
          </Link>
        </View>
        <Text style={s.h2}>Summary</Text>
        <Text style={{ marginBottom: 6 }}>
          {report.deployments} planned and live deployments touch {report.countries.length}{" "}
          jurisdictions; {report.findings} have a compliance finding; {report.gaps.length} vendors
          have clause gaps.
        </Text>
        <BandChart
          series={[
            { name: report.scenario.name, bands: report.bands },
            ...(compare ? [{ name: compare.scenario.name, bands: compare.bands }] : []),
          ]}
        />
        <Text style={s.h2}>Top actions</Text>
        {report.actions.length === 0 ? (
          <Text>No deployment is restricted or prohibited.</Text>
        ) : (
          report.actions.map((a, i) => (
            <Text key={a.deploymentId} style={{ marginBottom: 2 }} wrap={false}>
              {i + 1}. {a.ref}: {a.modelName} in {a.country} is {words(a.access).toLowerCase()} (
              {words(a.band)}, {a.residual}).{" "}
              {a.alternative
                ? `Move to ${a.alternative.modelName} ${routeWords(a.alternative.route)}: ${words(a.alternative.band).toLowerCase()}, ${a.alternative.residual}.`
                : "No alternative fits its reach."}
            </Text>
          ))
        )}
        <Text style={s.h2}>Clause gaps</Text>
        {report.gaps.length === 0 ? (
          <Text>No vendor in use has a clause gap.</Text>
        ) : (
          report.gaps.map((g) => (
            <Text key={g.vendorId} style={{ marginBottom: 2 }}>
              {g.vendorName}:{" "}
              {g.clauses
                .map((c) => `${words(c.type)} (${words(c.assessment).toLowerCase()})`)
                .join(", ")}
            </Text>
          ))
        )}
        <Footer scenario={report.scenario.name} asOf={report.asOf} />
      </Page>
      <Page size="A4" style={s.page}>
        <Text style={s.h2}>Jurisdictions touched</Text>
        {report.countries.map((c) => (
          <View key={c.code} wrap={c.models.length > 30}>
            <Text style={s.h3} minPresenceAhead={40}>
              {c.name} ({c.code}): worst {words(c.worstBand)} {c.maxResidual} · {c.deployments}{" "}
              deployments, {c.notAllowed} not allowed
              {compare?.worstBandByCode[c.code]
                ? ` · under ${compare.scenario.name}: ${words(compare.worstBandByCode[c.code])}`
                : ""}
            </Text>
            <Cells head values={["Model", "Vendor", "Access", "Deployments", "Worst"]} />
            {c.models.map((m) => (
              <Cells
                key={m.modelId}
                values={[
                  m.modelName,
                  m.vendorName,
                  words(m.access),
                  m.deployments,
                  `${words(m.worstBand)} ${m.maxResidual}`,
                ]}
              />
            ))}
          </View>
        ))}
        <Footer scenario={report.scenario.name} asOf={report.asOf} />
      </Page>
    </Document>
  );
}

/** On every page: what the report is of, and where the reader is in it. */
function Footer({ scenario, asOf }: { scenario: string; asOf: string }) {
  return (
    <Text
      style={s.footer}
      fixed
      render={({ pageNumber, totalPages }) =>
        `Tierscope · ${scenario} · ${asOf} · Page ${pageNumber} of ${totalPages}`
      }
    />
  );
}

/** The report as a PDF, drawn on the server (charts as vector graphics), streamed as it renders. */
export async function reportPdfStream(
  data: ReportData,
  riskModelUrl: string,
): Promise<ReadableStream<Uint8Array>> {
  const stream = await renderToStream(<ReportDocument data={data} riskModelUrl={riskModelUrl} />);
  return Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>;
}
