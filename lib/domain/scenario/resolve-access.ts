import type { Matrix } from "./build-matrix";
import type { ExposureSets } from "./intern-exposure";

/**
 * A deployment's access is the most restrictive cell over its served jurisdiction and its reach;
 * where it "comes from" is the served jurisdiction if that holds the worst outcome, otherwise the
 * first reach jurisdiction (by code) that does. Results are packed into one number:
 * from × 16 + future × 4 + access.
 */
export function packAccess(access: number, future: number, from: number): number {
  return from * 16 + future * 4 + access;
}
export const accessOf = (packed: number): number => packed & 3;
export const futureOf = (packed: number): number => (packed >> 2) & 3;
export const fromOf = (packed: number): number => packed >>> 4;

/** Reach lists this long are cached per model; shorter ones are cheaper to rescan than to look up. */
const CACHE_THRESHOLD = 16;

/** Access of `model` for a deployment serving jurisdiction `served` with reach list `reach`. */
export type AccessResolver = (model: number, served: number, reach: number) => number;

export function createAccessResolver(matrix: Matrix, exposure: ExposureSets): AccessResolver {
  const { outcome, future, jurisdictionCount, modelCount } = matrix;
  const { pool, start, size } = exposure;
  // Only long (interned, shared) reach lists are cached, so there are few.
  const caches = new Map<number, Int32Array>();

  /** Worst over the reach list alone; from = -1 when the list is empty. */
  function scan(base: number, reach: number): number {
    const first = start[reach];
    const end = first + size[reach];
    let worst = -1;
    let from = -1;
    let worstFuture = 0;
    for (let i = first; i < end; i++) {
      const cell = base + pool[i];
      if (outcome[cell] > worst) {
        worst = outcome[cell];
        from = pool[i];
      }
      if (future[cell] > worstFuture) worstFuture = future[cell];
    }
    return (from + 1) * 16 + worstFuture * 4 + (worst < 0 ? 0 : worst);
  }

  return (model: number, served: number, reach: number): number => {
    const base = model * jurisdictionCount;
    let packedReach: number;
    if (size[reach] < CACHE_THRESHOLD) {
      packedReach = scan(base, reach);
    } else {
      let cache = caches.get(reach);
      if (cache === undefined) {
        cache = new Int32Array(modelCount).fill(-1);
        caches.set(reach, cache);
      }
      packedReach = cache[model];
      if (packedReach < 0) {
        packedReach = scan(base, reach);
        cache[model] = packedReach;
      }
    }
    const servedRank = outcome[base + served];
    const servedFuture = future[base + served];
    const reachRank = packedReach & 3;
    const reachFuture = (packedReach >> 2) & 3;
    const worstFuture = reachFuture > servedFuture ? reachFuture : servedFuture;
    if (reachRank > servedRank) return packAccess(reachRank, worstFuture, (packedReach >>> 4) - 1);
    return packAccess(servedRank, worstFuture, served);
  };
}
