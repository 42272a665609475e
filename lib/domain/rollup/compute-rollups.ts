import { BANDS, type Band } from "../bands";
import type { DeploymentArrays, RollupRow, Rollups } from "../evaluation-types";
import type { InventoryIndex } from "../scenario/index-inventory";

const BAND_COUNT = BANDS.length;

/** Accumulates counts per band, max, findings and the share above appetite, keyed by small integers. */
class Accumulator {
  readonly count: Int32Array;
  readonly bands: Int32Array;
  readonly max: Uint8Array;
  readonly findings: Int32Array;

  constructor(
    readonly keys: string[],
    readonly labels: string[],
    readonly appetite: number,
  ) {
    const size = keys.length;
    this.count = new Int32Array(size);
    this.bands = new Int32Array(size * BAND_COUNT);
    this.max = new Uint8Array(size);
    this.findings = new Int32Array(size);
  }

  add(k: number, band: number, residual: number, finding: number): void {
    this.count[k]++;
    this.bands[k * BAND_COUNT + band]++;
    if (residual > this.max[k]) this.max[k] = residual;
    if (finding !== 0) this.findings[k]++;
  }

  /** Folds row k2 of another accumulator into row k: every statistic here is mergeable. */
  merge(k: number, other: Accumulator, k2: number): void {
    if (other.count[k2] === 0) return;
    this.count[k] += other.count[k2];
    for (let b = 0; b < BAND_COUNT; b++)
      this.bands[k * BAND_COUNT + b] += other.bands[k2 * BAND_COUNT + b];
    if (other.max[k2] > this.max[k]) this.max[k] = other.max[k2];
    this.findings[k] += other.findings[k2];
  }

  row(k: number): RollupRow {
    const bands = {} as Record<Band, number>;
    let worstBand: Band | null = null;
    let above = 0;
    BANDS.forEach((band, b) => {
      const n = this.bands[k * BAND_COUNT + b];
      bands[band.id] = n;
      if (n > 0) worstBand = band.id;
      if (b > this.appetite) above += n;
    });
    const deployments = this.count[k];
    return {
      key: this.keys[k],
      label: this.labels[k],
      deployments,
      worstBand,
      bands,
      maxResidual: this.max[k],
      aboveAppetite: above,
      shareAboveAppetite: deployments === 0 ? 0 : above / deployments,
      findings: this.findings[k],
    };
  }

  /**
   * Rows with at least one deployment, most severe first: by the count in the worst band, then the
   * next band down, and so on (so one CRITICAL outranks any number of HIGH), then by key.
   */
  rows(): RollupRow[] {
    const order: number[] = [];
    for (let k = 0; k < this.keys.length; k++) if (this.count[k] > 0) order.push(k);
    order.sort((x, y) => {
      for (let b = BAND_COUNT - 1; b >= 0; b--) {
        const more = this.bands[y * BAND_COUNT + b] - this.bands[x * BAND_COUNT + b];
        if (more !== 0) return more;
      }
      const a = this.keys[x];
      const c = this.keys[y];
      return a < c ? -1 : a > c ? 1 : 0;
    });
    return order.map((k) => this.row(k));
  }
}

function intern(values: readonly string[]): { keys: string[]; indexOf: Int32Array } {
  const map = new Map<string, number>();
  const indexOf = new Int32Array(values.length);
  values.forEach((value, i) => {
    let k = map.get(value);
    if (k === undefined) map.set(value, (k = map.size));
    indexOf[i] = k;
  });
  return { keys: [...map.keys()], indexOf };
}

/** Roll-ups over non-retired deployments by severity; `appetite` is the highest band index within it. */
export function computeRollups(
  index: InventoryIndex,
  arrays: DeploymentArrays,
  appetite: number,
): Rollups {
  const { inventory } = index;
  const vendors = inventory.vendors;
  const vendorKeys = [...vendors.map((v) => v.id), "unknown-vendor"];
  const byVendor = new Accumulator(
    vendorKeys,
    [...vendors.map((v) => v.name), "Vendor not in inventory"],
    appetite,
  );
  const byModel = new Accumulator(
    inventory.models.map((m) => m.id),
    inventory.models.map((m) => m.name),
    appetite,
  );
  const names = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const byJurisdiction = new Accumulator(
    index.codes,
    index.codes.map((code) => names.get(code) ?? code),
    appetite,
  );
  const regions = intern(index.regionOf);
  const byRegion = new Accumulator(regions.keys, regions.keys, appetite);
  const byGroup = new Accumulator(
    inventory.groups.map((g) => g.id),
    inventory.groups.map((g) => g.name),
    appetite,
  );
  const portfolio = new Accumulator(["portfolio"], ["Portfolio"], appetite);

  const units = new Map<string, number>();
  const unitOf = new Int32Array(inventory.deployments.length);
  const { servedOf } = index.exposure;
  inventory.deployments.forEach((deployment, d) => {
    let k = units.get(deployment.businessUnit);
    if (k === undefined) units.set(deployment.businessUnit, (k = units.size));
    unitOf[d] = k;
  });
  const unitKeys = [...units.keys()];
  const byBusinessUnit = new Accumulator(unitKeys, unitKeys, appetite);

  // Per deployment only the finest keys are touched; vendor, region, group and portfolio rows are
  // folded from the model and jurisdiction rows afterwards.
  for (let d = 0; d < inventory.deployments.length; d++) {
    if (arrays.inRollups[d] === 0) continue;
    const band = arrays.band[d];
    const residual = arrays.residual[d];
    const finding = arrays.finding[d];
    byModel.add(index.deploymentModel[d], band, residual, finding);
    byJurisdiction.add(servedOf[d], band, residual, finding);
    byBusinessUnit.add(unitOf[d], band, residual, finding);
  }
  for (let m = 0; m < inventory.models.length; m++) {
    const vendor = index.modelVendor[m];
    byVendor.merge(vendor < 0 ? vendors.length : vendor, byModel, m);
    portfolio.merge(0, byModel, m);
  }
  for (let j = 0; j < index.codes.length; j++) {
    byRegion.merge(regions.indexOf[j], byJurisdiction, j);
    const groups = index.groupsOf[j];
    for (let g = 0; g < groups.length; g++) byGroup.merge(groups[g], byJurisdiction, j);
  }

  return {
    byVendor: byVendor.rows(),
    byModel: byModel.rows(),
    byJurisdiction: byJurisdiction.rows(),
    byRegion: byRegion.rows(),
    byBusinessUnit: byBusinessUnit.rows(),
    byGroup: byGroup.rows(),
    portfolio: portfolio.row(0),
  };
}
