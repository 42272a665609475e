import { Link } from "@/components/ui/link";
import type { TopExposure } from "@/lib/domain/overview/summarize-overview";
import { BandBadge } from "@/components/inventory/band-badge";
import { OUTCOME_STYLE } from "@/components/matrix/outcome-style";
import { Section } from "./chart-table";
import { deploymentLink } from "./overview-links";

/** One sentence saying why a deployment is among the worst: model, country, outcome, rule. */
export function exposureSentence(e: TopExposure, modelName: string, countryName: string): string {
  const outcome = OUTCOME_STYLE[e.access].label.toLowerCase();
  const because = e.ruleName
    ? `under the rule “${e.ruleName}”`
    : "by the scenario’s default outcome";
  return `${modelName} in ${countryName} is ${outcome} ${because}.`;
}

export function TopExposures({
  scenarioId,
  top,
  modelNames,
  countryNames,
}: {
  scenarioId: string;
  top: TopExposure[];
  modelNames: Record<string, string>;
  countryNames: Record<string, string>;
}) {
  return (
    <Section
      id="top-exposures"
      title="Top exposures"
      description="The deployments with the highest residual risk."
    >
      {top.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No deployments count yet.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
          {top.map((e) => (
            <li
              key={e.deploymentId}
              className="relative flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
            >
              {/* The link covers the whole row (after: inset-0), so the row itself opens the deployment. */}
              <Link
                href={deploymentLink(scenarioId, e.deploymentId)}
                className="font-mono text-sm text-sky-700 underline after:absolute after:inset-0 dark:text-sky-400"
              >
                {e.ref}
              </Link>
              <BandBadge band={e.band} score={e.residual} />
              <span className="min-w-0 basis-full text-sm sm:basis-auto sm:flex-1">
                {exposureSentence(
                  e,
                  modelNames[e.modelId] ?? "A model",
                  countryNames[e.code] ?? e.code,
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
