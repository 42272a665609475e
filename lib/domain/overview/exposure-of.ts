import type { Evaluation } from "../evaluation-types";

/**
 * Calls `visit` with each jurisdiction index deployment `d` serves or reaches, once each (the
 * served one first), the same exposure the matrix counts.
 */
export function forEachExposedCode(
  evaluation: Evaluation,
  d: number,
  visit: (code: number) => void,
): void {
  const { servedOf, reachOf, start, size, pool } = evaluation.internals.index.exposure;
  const served = servedOf[d];
  visit(served);
  const end = start[reachOf[d]] + size[reachOf[d]];
  for (let i = start[reachOf[d]]; i < end; i++) if (pool[i] !== served) visit(pool[i]);
}

/** Deployments that take part in roll-ups (not retired) serving or reaching `code`, by index. */
export function deploymentsTouching(evaluation: Evaluation, code: string): number[] {
  const target = evaluation.internals.index.codeIndex.get(code);
  const found: number[] = [];
  if (target === undefined) return found;
  const { inRollups } = evaluation.internals.deployments;
  for (let d = 0; d < inRollups.length; d++) {
    if (!inRollups[d]) continue;
    let hit = false;
    forEachExposedCode(evaluation, d, (c) => {
      if (c === target) hit = true;
    });
    if (hit) found.push(d);
  }
  return found;
}
