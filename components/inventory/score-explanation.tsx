import {
  summariseControls,
  type Alternative,
  type AxisControls,
  type DeploymentExplanation,
  type FactorSum,
} from "@/lib/domain";
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

/**
 * One section's factors, then — when the total was limited — their sum and the limits, set apart
 * from the factors (a limit is not a benefit), then the total.
 */
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
  const factors = sum.factors.filter((f) => !f.limit);
  const limits = sum.factors.filter((f) => f.limit);
  const subtotal = factors.reduce((total, f) => total + f.contribution, 0);
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
        {factors.map((f) => (
          <tr
            key={f.key}
            className={f.contribution < 0 ? "bg-emerald-50 dark:bg-emerald-950/40" : undefined}
          >
            <Td>{label(f.label)}</Td>
            <Td>{shown(f.value)}</Td>
            <Td className="text-right tabular-nums">{signed(f.contribution)}</Td>
          </tr>
        ))}
        {limits.length > 0 && (
          <tr>
            <Td colSpan={2}>Sum of the factors</Td>
            <Td className="text-right tabular-nums">{subtotal}</Td>
          </tr>
        )}
        {limits.map((f) => (
          <tr key={f.key} data-testid="factor-limit" className="text-zinc-700 dark:text-zinc-300">
            <Td colSpan={2}>
              <span className="mr-1.5 rounded border border-zinc-400 px-1 text-xs font-medium dark:border-zinc-500">
                Limit
              </span>{" "}
              {f.label}
            </Td>
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

const stepText = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

/** "Impact 5 → 3: fallback … −1, Deprecation notice (adequate) −1; −2 in all, …" */
function AxisSentence({ a }: { a: AxisControls }) {
  const Axis = a.axis === "likelihood" ? "Likelihood" : "Impact";
  if (a.moved.length === 0)
    return (
      <li>
        {Axis} stays {a.inherent}: no control changes it.
      </li>
    );
  const limits = [
    a.moved.length > 1 && `${stepText(a.steps)} in all`,
    a.limitedTo !== null &&
      `limited to ${stepText(-a.limitedTo)}, the most controls may lower ${a.axis}`,
    a.heldAt && `held at ${a.residual}, the ${a.heldAt} of the scale`,
  ].filter(Boolean);
  return (
    <li>
      {Axis} {a.inherent} → {a.residual}:{" "}
      {a.moved.map((m) => `${m.name} ${stepText(m.steps)}`).join(", ")}
      {limits.length > 0 && `; ${limits.join(", ")}`}.
    </li>
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
  const controls = summariseControls(e);
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
        <div
          className="mt-2 text-sm text-zinc-700 dark:text-zinc-300"
          data-testid="controls-summary"
        >
          <p>
            {controls.contractCovers ? (
              <>
                In-force contracts covering its channel:{" "}
                {e.contractsApplied.map((c, i) => (
                  <span key={c.contractId}>
                    {i > 0 && ", "}
                    <TextLink href={`/contracts/${c.contractId}`}>
                      {contractTitles[c.contractId] ?? c.effectiveDate}
                    </TextLink>
                  </span>
                ))}
                .
              </>
            ) : (
              "No in-force contract covers this deployment's channel, so no contract clause changes its risk."
            )}{" "}
            What the controls did:
          </p>
          <ul className="mt-1 list-disc pl-5">
            <AxisSentence a={controls.likelihood} />
            <AxisSentence a={controls.impact} />
          </ul>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">
            Scored with methodology {e.methodology.id} version {e.methodology.version}.
          </p>
        </div>
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
