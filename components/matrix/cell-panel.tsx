"use client";

import { AS_OF_PARAM } from "@/lib/scenario-link";
import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import type { CellDetail } from "@/lib/server/matrix/load-cell-detail";
import type { RuleRef } from "@/lib/domain";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { titleCase } from "@/lib/format";
import { BAND_CLASS } from "@/components/inventory/band-badge";
import { OUTCOME_STYLE } from "./outcome-style";

export interface CellRequest {
  scenarioId: string;
  modelId: string;
  code: string;
  /** Shown while the details load. */
  title: string;
}

type State = { status: "loading" } | { status: "error"; message: string } | CellDetailLoaded;
interface CellDetailLoaded {
  status: "ready";
  detail: CellDetail;
}

const link = "text-sky-700 underline underline-offset-2 dark:text-sky-400";

/** The side panel for one matrix cell: why it has its outcome, and which deployments sit there. */
export function CellPanel({
  request,
  onClose,
  returnFocus,
  revision,
}: {
  request: CellRequest | null;
  onClose: () => void;
  /** Where focus goes when the panel closes (the cell that opened it). */
  returnFocus: () => void;
  /** Changes whenever the page receives new data (router.refresh): the open panel reloads. */
  revision: unknown;
}) {
  // The answer is kept with the request it answers, so a newer request reads as loading.
  const [result, setResult] = useState<{ request: CellRequest; state: State } | null>(null);
  const state: State = result && result.request === request ? result.state : { status: "loading" };

  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    const query = new URLSearchParams({
      scenario: request.scenarioId,
      model: request.modelId,
      country: request.code,
    });
    const asOf = new URLSearchParams(window.location.search).get(AS_OF_PARAM);
    if (asOf) query.set(AS_OF_PARAM, asOf);
    fetch(`/api/matrix/cell?${query}`, { signal: controller.signal })
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body?.message ?? "Could not load this cell.");
        setResult({ request, state: { status: "ready", detail: body as CellDetail } });
      })
      .catch((error: Error) => {
        if (!controller.signal.aborted)
          setResult({ request, state: { status: "error", message: error.message } });
      });
    return () => controller.abort();
  }, [request, revision]);

  return (
    <Dialog.Root open={request !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/30" />
        <Dialog.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-xl flex-col overflow-y-auto border-l border-zinc-200 bg-white p-5 shadow-xl dark:border-zinc-800 dark:bg-zinc-900"
          aria-describedby={undefined}
          data-testid="cell-panel"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
        >
          <div className="mb-4 flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold">{request?.title}</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" size="sm" aria-label="Close">
                <X className="size-4" aria-hidden />
              </Button>
            </Dialog.Close>
          </div>
          {state.status === "loading" && (
            <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
              Loading the rules and deployments for this cell…
            </p>
          )}
          {state.status === "error" && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {state.message}
            </p>
          )}
          {state.status === "ready" && <CellDetailBody detail={state.detail} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function OutcomeBadge({ outcome }: { outcome: keyof typeof OUTCOME_STYLE }) {
  const style = OUTCOME_STYLE[outcome];
  return (
    <Badge className={cn("border-transparent", style.className)}>
      <span aria-hidden className="mr-1">
        {style.mark}
      </span>
      {style.label}
    </Badge>
  );
}

/** A rule's source: a link when it is (or contains) a web address, else the citation text. */
function Source({ source }: { source: string }) {
  const url = source.match(/https?:\/\/\S+[^\s.,;)]/)?.[0];
  if (!source) return null;
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400">
      Source:{" "}
      {url ? (
        <a className={link} href={url} target="_blank" rel="noreferrer">
          {source}
        </a>
      ) : (
        source
      )}
    </p>
  );
}

function RuleCard({ rule, note }: { rule: RuleRef; note?: string }) {
  return (
    <div className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <span className="font-medium">{rule.name}</span>
        <OutcomeBadge outcome={rule.outcome} />
        {note && <span className="text-xs text-zinc-500 dark:text-zinc-400">{note}</span>}
      </div>
      {rule.rationale && <p className="mb-1 text-sm">{rule.rationale}</p>}
      <Source source={rule.source} />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Effective: {rule.effectiveDate ?? "in force (no date)"}
      </p>
    </div>
  );
}

function CellDetailBody({ detail }: { detail: CellDetail }) {
  const others = detail.matchingRules.filter((r) => r.id !== detail.decidingRule?.id);
  return (
    <div className="flex flex-col gap-5 text-sm">
      <section aria-label="Outcome">
        <p className="mb-2 flex flex-wrap items-center gap-2">
          <OutcomeBadge outcome={detail.outcome} />
          under
          <Link className={link} href={`/scenarios/${detail.scenario.id}`}>
            {detail.scenario.name}
          </Link>
          as of {detail.asOf}
        </p>
        <p>
          <Link className={link} href={`/models/${detail.model.id}`}>
            {detail.model.name}
          </Link>{" "}
          by{" "}
          <Link className={link} href={`/vendors/${detail.model.vendorId}`}>
            {detail.model.vendorName}
          </Link>{" "}
          in {detail.jurisdiction.name} ({detail.jurisdiction.code})
        </p>
        {detail.upcomingOutcome && (
          <p className="mt-1 text-amber-800 dark:text-amber-300">
            Becomes {titleCase(detail.upcomingOutcome)} once upcoming rules take effect.
          </p>
        )}
        {detail.assumedFacts.length > 0 && (
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">
            Assumed (unknown) facts: {detail.assumedFacts.join(", ")}.
          </p>
        )}
      </section>

      <section aria-labelledby="deciding-rule">
        <h3 id="deciding-rule" className="mb-2 font-medium">
          Deciding rule
        </h3>
        {detail.decidingRule ? (
          <RuleCard rule={detail.decidingRule} />
        ) : (
          <p>
            No rule covers this cell: the scenario default ({titleCase(detail.defaultOutcome)})
            applies.
          </p>
        )}
      </section>

      {others.length > 0 && (
        <section aria-labelledby="other-rules">
          <h3 id="other-rules" className="mb-2 font-medium">
            Other matching rules
          </h3>
          <div className="flex flex-col gap-2">
            {others.map((rule) => (
              <RuleCard
                key={rule.id}
                rule={rule}
                note={rule.belowDefault ? "laxer than the default: cannot decide" : "outranked"}
              />
            ))}
          </div>
        </section>
      )}

      {detail.upcomingRules.length > 0 && (
        <section aria-labelledby="upcoming-rules">
          <h3 id="upcoming-rules" className="mb-2 font-medium">
            Upcoming rules
          </h3>
          <div className="flex flex-col gap-2">
            {detail.upcomingRules.map((rule) => (
              <RuleCard key={rule.id} rule={rule} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="cell-deployments">
        <h3 id="cell-deployments" className="mb-2 font-medium">
          Our deployments here ({detail.deployments.length})
        </h3>
        {detail.deployments.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            No planned or live deployment sits in this cell.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
            {detail.deployments.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link className={cn(link, "font-mono text-xs")} href={`/deployments/${d.id}`}>
                    {d.ref}
                  </Link>{" "}
                  {d.useCase || d.businessUnit}
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                    {d.businessUnit} · serves {d.servedCode} · {titleCase(d.status)} · access{" "}
                    {titleCase(d.access)}
                  </span>
                </span>
                <Badge className={cn("border-transparent", BAND_CLASS[d.band])}>
                  {titleCase(d.band)} · {d.residual}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
