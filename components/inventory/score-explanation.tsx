import type { Alternative, DeploymentExplanation, FactorSum } from "@/lib/domain";
import { Table, Td, Th } from "@/components/ui/table";
import { titleCase } from "@/lib/format";
import { BandBadge } from "./band-badge";
import { Section, TextLink } from "./detail-parts";

const FACT_LABELS: Record<string, string> = {
  originCode: "country of origin",
  weights: "weights (open or closed)",
  trainingComputeFlop: "training compute",
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
/** Enum words read as words ("LICENCE_REQUIRED" → "Licence required"); codes like "US" stay. */
const shown = (value: string | number | null) =>
  value === null
    ? "—"
    : typeof value === "string" && /^[A-Z_]{3,}$/.test(value)
      ? titleCase(value)
      : value;

function Factors({
  title,
  sum,
  caption,
  label,
}: {
  title: string;
  sum: FactorSum;
  caption: string;
  label: (text: string) => string;
}) {
  return (
    <Table aria-label={caption}>
      <thead>
        <tr>
          <Th>{title}</Th>
          <Th>Value</Th>
          <Th className="text-right">Points</Th>
        </tr>
      </thead>
      <tbody>
        {sum.factors.map((f) => (
          <tr
            key={f.key}
            className={f.contribution < 0 ? "bg-emerald-50 dark:bg-emerald-950/40" : undefined}
          >
            <Td>{label(f.label)}</Td>
            <Td>{shown(f.value)}</Td>
            <Td className="text-right tabular-nums">{signed(f.contribution)}</Td>
          </tr>
        ))}
        <tr className="font-semibold">
          <Td colSpan={2}>Total</Td>
          <Td className="text-right tabular-nums">{sum.total}</Td>
        </tr>
      </tbody>
    </Table>
  );
}

const FINDING_TEXT: Record<NonNullable<DeploymentExplanation["finding"]>["kind"], string> = {
  PROHIBITED: "Access is prohibited",
  RESTRICTED: "Access is restricted",
  UNLICENSED: "Access needs a licence the deployment does not hold",
};

/** A compliance finding stands apart from the score: it names the rule and the band floor. */
function FindingNotice({
  explanation: e,
  countryName,
}: {
  explanation: DeploymentExplanation;
  countryName: (code: string) => string;
}) {
  const finding = e.finding!;
  return (
    <p
      className="mb-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm dark:border-red-800 dark:bg-red-950"
      data-testid="compliance-finding"
    >
      <strong>Compliance finding.</strong> {FINDING_TEXT[finding.kind]} in{" "}
      {countryName(finding.code)}
      {e.decidingRule ? ` (rule “${e.decidingRule.name}”)` : " (the scenario's default)"}. No
      contract can take this deployment below <BandBadge band={finding.floor} />.
    </p>
  );
}

/** Why a deployment scores what it does: every factor, assumption, clause and alternative. */
export function ScoreExplanation({
  explanation: e,
  alternatives,
  countryName,
  contractTitles,
}: {
  explanation: DeploymentExplanation;
  alternatives: Alternative[];
  countryName: (code: string) => string;
  /** contract id → title, so clause factors name the contract rather than its id */
  contractTitles: Record<string, string>;
}) {
  const label = (text: string) =>
    text.replace(/contract ([a-z0-9]+)/g, (whole, id: string) =>
      contractTitles[id] ? `“${contractTitles[id]}”` : whole,
    );
  const lowering = [...e.residualLikelihood.factors, ...e.residualImpact.factors].filter(
    (f) => f.key.startsWith("clause:") && f.contribution < 0,
  );
  return (
    <>
      <Section title="Risk">
        {e.finding && <FindingNotice explanation={e} countryName={countryName} />}
        <p className="mb-3 text-sm" data-testid="risk-summary">
          Residual risk <strong>{e.residual}</strong> <BandBadge band={e.band} /> (likelihood{" "}
          {e.residualLikelihood.total} × impact {e.residualImpact.total}) after controls; inherent{" "}
          {e.inherent} (likelihood {e.likelihood.total} × impact {e.impact.total}).
          {e.band !== e.gridBand &&
            ` The grid alone gives ${titleCase(e.gridBand)}; the finding keeps it at ${titleCase(e.band)} or above.`}{" "}
          Access is <strong>{titleCase(e.access)}</strong> (decided in{" "}
          {countryName(e.accessFromCode)}
          {e.decidingRule ? ` by the rule “${e.decidingRule.name}”` : " by the scenario's default"}
          ).
          {e.upcomingOutcome && ` Upcoming rules would make it ${titleCase(e.upcomingOutcome)}.`}
        </p>
        {e.assumedFacts.length > 0 && (
          <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:bg-amber-950">
            Assumed the worst for unknown model facts:{" "}
            {e.assumedFacts.map((f) => FACT_LABELS[f] ?? f).join(", ")}. Completing the model record
            may lower this score.
          </p>
        )}
        <div className="grid gap-4 lg:grid-cols-2">
          <Factors
            title="Likelihood"
            sum={e.likelihood}
            caption="Likelihood factors"
            label={label}
          />
          <Factors title="Impact" sum={e.impact} caption="Impact factors" label={label} />
          <Factors
            title="Residual likelihood"
            sum={e.residualLikelihood}
            caption="Controls on likelihood"
            label={label}
          />
          <Factors
            title="Residual impact"
            sum={e.residualImpact}
            caption="Controls on impact"
            label={label}
          />
        </div>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {lowering.length === 0
            ? "No contract clause lowered this risk."
            : `Clauses that lowered it: ${lowering.map((f) => label(f.label)).join("; ")}.`}
          {e.contractsApplied.length > 0 && (
            <>
              {" "}
              In-force contracts covering its channel:{" "}
              {e.contractsApplied.map((c, i) => (
                <span key={c.contractId}>
                  {i > 0 && ", "}
                  <TextLink href={`/contracts/${c.contractId}`}>
                    {contractTitles[c.contractId] ?? c.effectiveDate}
                  </TextLink>
                </span>
              ))}
            </>
          )}{" "}
          Scored with methodology {e.methodology.id} version {e.methodology.version}.
        </p>
        {e.upcomingRules.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {e.upcomingRules.map((r) => (
              <li key={`${r.id}-${r.code}`}>
                From {r.effectiveDate}: “{r.name}” makes {countryName(r.code)}{" "}
                {titleCase(r.outcome)}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Suggested alternatives">
        {alternatives.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {e.access === "ALLOWED" || e.access === "LICENCE_REQUIRED"
              ? "None needed: the model is not restricted here."
              : "No active vendor's model of the same modality and the same class or better is offered here and allowed everywhere this deployment reaches."}
          </p>
        ) : (
          <Table aria-label="Suggested alternatives">
            <thead>
              <tr>
                <Th>Model</Th>
                <Th>Class</Th>
                <Th>Risk if moved</Th>
                <Th>Why</Th>
              </tr>
            </thead>
            <tbody>
              {alternatives.map((a) => (
                <tr key={a.modelId}>
                  <Td>
                    <TextLink href={`/models/${a.modelId}`}>{a.modelName}</TextLink>
                  </Td>
                  <Td>{titleCase(a.capabilityClass)}</Td>
                  <Td>
                    <BandBadge band={a.band} score={a.residual} />
                  </Td>
                  <Td className="text-sm">
                    {a.reason}
                    {a.offerSource && (
                      <>
                        {" "}
                        <a
                          className="text-sky-700 underline dark:text-sky-400"
                          href={a.offerSource}
                          rel="noreferrer"
                          target="_blank"
                        >
                          Source
                        </a>
                      </>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </>
  );
}
