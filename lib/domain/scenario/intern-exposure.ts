import type { Deployment } from "../types";

/**
 * Where each deployment is exposed: its served jurisdiction plus a reach list, stored as
 * jurisdiction indexes in one flat pool (no object per deployment). Each reach list is sorted by
 * jurisdiction index — code order, see indexInventory — without duplicates, so "where the worst
 * outcome comes from" never depends on the order of the input list.
 * Long reach lists (a cloud zone, "global") repeat across deployments, so they are interned:
 * such deployments share one reach id, which lets access be cached per model and reach list.
 */
export interface ExposureSets {
  /** Served jurisdiction index per deployment. */
  readonly servedOf: Int32Array;
  /** Reach list id per deployment. */
  readonly reachOf: Int32Array;
  /** Offset into `pool` per reach list. */
  readonly start: Int32Array;
  /** Length per reach list. */
  readonly size: Int32Array;
  readonly pool: Int32Array;
  readonly count: number;
}

/** Every jurisdiction deployment d is exposed in: the served one first, then its reach by code. */
export function exposureOf(exposure: ExposureSets, d: number): number[] {
  const served = exposure.servedOf[d];
  const reach = exposure.reachOf[d];
  const members = [served];
  for (let i = exposure.start[reach]; i < exposure.start[reach] + exposure.size[reach]; i++) {
    if (exposure.pool[i] !== served) members.push(exposure.pool[i]);
  }
  return members;
}

/** Reach lists at least this long are interned; shorter ones are cheaper to store than to hash. */
const INTERN_MIN = 8;
const SAMPLE_STRIDE = 7;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

function hashInto(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // A separator so ["AB","C"] and ["A","BC"] hash differently.
  return Math.imul(h ^ 0x2c, FNV_PRIME);
}

/**
 * A cheap hash over the length and a sample of the codes. sameReach() confirms every hit, so the
 * sample only has to spread different lists across buckets, not identify them.
 */
function fingerprint(reach: readonly string[]): number {
  let hash = Math.imul(FNV_OFFSET ^ reach.length, FNV_PRIME);
  for (let i = 0; i < reach.length; i += SAMPLE_STRIDE) hash = hashInto(hash, reach[i]);
  return hashInto(hash, reach[reach.length - 1]);
}

function sameReach(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function internExposureSets(
  deployments: readonly Deployment[],
  resolveCode: (code: string) => number,
): ExposureSets {
  const n = deployments.length;
  const servedOf = new Int32Array(n);
  const reachOf = new Int32Array(n);
  const start = new Int32Array(n);
  const size = new Int32Array(n);
  let pool: Int32Array = new Int32Array(Math.max(16, n * 3));
  let used = 0;
  let count = 0;
  const firstInBucket = new Map<number, number>();
  const nextInBucket = new Int32Array(n).fill(-1);
  const representative: (readonly string[])[] = [];

  for (let d = 0; d < n; d++) {
    const deployment = deployments[d];
    const reach = deployment.reach;
    const length = reach.length;
    servedOf[d] = resolveCode(deployment.jurisdictionCode);

    let id = -1;
    let hash = 0;
    if (length >= INTERN_MIN) {
      hash = fingerprint(reach);
      id = firstInBucket.get(hash) ?? -1;
      while (id >= 0 && !sameReach(representative[id], reach)) id = nextInBucket[id];
      if (id >= 0) {
        reachOf[d] = id;
        continue;
      }
    }

    // A new list: resolve, drop duplicates and keep it sorted by jurisdiction index (= code order).
    if (used + length > pool.length) pool = grow(pool, used + length);
    const first = used;
    for (let i = 0; i < length; i++) {
      const j = resolveCode(reach[i]);
      let k = used;
      while (k > first && pool[k - 1] > j) k--;
      if (k > first && pool[k - 1] === j) continue;
      for (let m = used; m > k; m--) pool[m] = pool[m - 1];
      pool[k] = j;
      used++;
    }
    id = count++;
    start[id] = first;
    size[id] = used - first;
    if (length >= INTERN_MIN) {
      representative[id] = reach;
      nextInBucket[id] = firstInBucket.get(hash) ?? -1;
      firstInBucket.set(hash, id);
    }
    reachOf[d] = id;
  }
  return { servedOf, reachOf, start, size, pool: pool.subarray(0, used), count };
}

function grow(pool: Int32Array, needed: number): Int32Array {
  const grown = new Int32Array(Math.max(pool.length * 2, needed));
  grown.set(pool);
  return grown;
}
