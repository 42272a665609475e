/**
 * How many deployments an edited methodology would move to another band, against the saved
 * evaluation of the same scenario on the same (cached) inventory. Pure: no database access. Reads
 * the evaluation's flat arrays so the comparison adds next to nothing to the evaluation itself.
 */
import { evaluateScenario, type Band, type Evaluation } from "@/lib/domain";
import { BAND_IDS } from "@/lib/domain/bands";
import { bandRank, type Methodology } from "@/lib/domain/methodology/methodology";

export interface MethodologyPreview {
  /** Deployments counted in roll-ups (retired ones are left out, as on the overview). */
  deployments: number;
  bandChanges: number;
  worse: number;
  better: number;
  aboveAppetiteBefore: number;
  aboveAppetiteAfter: number;
  countsBefore: Record<Band, number>;
  countsAfter: Record<Band, number>;
}

export function previewMethodology(saved: Evaluation, draft: Methodology): MethodologyPreview {
  const after = evaluateScenario(saved.inventory, saved.scenario, {
    asOf: saved.asOf,
    methodology: draft,
  });
  const a = saved.internals.deployments;
  const b = after.internals.deployments;
  const appetiteBefore = bandRank(currentAppetite(saved));
  const appetiteAfter = bandRank(draft.appetite);
  const countsBefore = new Array<number>(BAND_IDS.length).fill(0);
  const countsAfter = new Array<number>(BAND_IDS.length).fill(0);
  let deployments = 0;
  let worse = 0;
  let better = 0;
  let aboveBefore = 0;
  let aboveAfter = 0;
  for (let d = 0; d < a.band.length; d++) {
    if (!a.inRollups[d]) continue;
    deployments++;
    const before = a.band[d];
    const now = b.band[d];
    countsBefore[before]++;
    countsAfter[now]++;
    if (now > before) worse++;
    else if (now < before) better++;
    if (before > appetiteBefore) aboveBefore++;
    if (now > appetiteAfter) aboveAfter++;
  }
  const byBand = (counts: number[]) =>
    Object.fromEntries(BAND_IDS.map((id, i) => [id, counts[i]])) as Record<Band, number>;
  return {
    deployments,
    bandChanges: worse + better,
    worse,
    better,
    aboveAppetiteBefore: aboveBefore,
    aboveAppetiteAfter: aboveAfter,
    countsBefore: byBand(countsBefore),
    countsAfter: byBand(countsAfter),
  };
}

function currentAppetite(saved: Evaluation): Band {
  return saved.internals.scoring.methodology.source.appetite;
}
