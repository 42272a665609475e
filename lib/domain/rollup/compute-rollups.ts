import { BANDS, type Band } from "../bands";
import type { DeploymentArrays, RollupRow, Rollups } from "../evaluation-types";
import type { InventoryIndex } from "../scenario/index-inventory";

/** Accumulates counts per band, max and sums for one dimension, keyed by small integers. */
class Accumulator {
  readonly count: Int32Array;
  readonly bands: Int32Array;
  readonly max: Uint8Array;
  readonly sumResidual: Float64Array;
  readonly sumInherent: Float64Array;

  constructor(
    readonly keys: string[],
    readonly labels: string[],
  ) {
    const size = keys.length;
    this.count = new Int32Array(size);
    this.bands = new Int32Array(size * BANDS.length);
    this.max = new Uint8Array(size);
    this.sumResidual = new Float64Array(size);
    this.sumInherent = new Float64Array(size);
  }

  add(k: number, band: number, residual: number, inherent: number): void {
    this.count[k]++;
    this.bands[k * BANDS.length + band]++;
    if (residual > this.max[k]) this.max[k] = residual;
    this.sumResidual[k] += residual;
    this.sumInherent[k] += inherent;
  }

  /** Folds row k2 of another accumulator into row k: every statistic here is mergeable. */
  merge(k: number, other: Accumulator, k2: number): void {
    if (other.count[k2] === 0) return;
    this.count[k] += other.count[k2];
    for (let b = 0; b < BANDS.length; b++)
      this.bands[k * BANDS.length + b] += other.bands[k2 * BANDS.length + b];
    if (other.max[k2] > this.max[k]) this.max[k] = other.max[k2];
    this.sumResidual[k] += other.sumResidual[k2];
    this.sumInherent[k] += other.sumInherent[k2];
  }

  row(k: number): RollupRow {
    const bands = {} as Record<Band, number>;
    BANDS.forEach((band, b) => (bands[band.id] = this.bands[k * BANDS.length + b]));
    return {
      key: this.keys[k],
      label: this.labels[k],
      deployments: this.count[k],
      bands,
      maxResidual: this.max[k],
      sumResidual: this.sumResidual[k],
      sumInherent: this.sumInherent[k],
    };
  }

  /** Rows with at least one deployment, largest total residual risk first, then by key. */
  rows(): RollupRow[] {
    const rows: RollupRow[] = [];
    for (let k = 0; k < this.keys.length; k++) if (this.count[k] > 0) rows.push(this.row(k));
    return rows.sort(
      (a, b) => b.sumResidual - a.sumResidual || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
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

/** Roll-ups over non-retired deployments, using residual risk. */
export function computeRollups(index: InventoryIndex, arrays: DeploymentArrays): Rollups {
  const { inventory } = index;
  const vendors = inventory.vendors;
  const vendorKeys = [...vendors.map((v) => v.id), "unknown-vendor"];
  const byVendor = new Accumulator(vendorKeys, [
    ...vendors.map((v) => v.name),
    "Vendor not in inventory",
  ]);
  const byModel = new Accumulator(
    inventory.models.map((m) => m.id),
    inventory.models.map((m) => m.name),
  );
  const names = new Map(inventory.jurisdictions.map((j) => [j.code, j.name]));
  const byJurisdiction = new Accumulator(
    index.codes,
    index.codes.map((code) => names.get(code) ?? code),
  );
  const regions = intern(index.regionOf);
  const byRegion = new Accumulator(regions.keys, regions.keys);
  const byGroup = new Accumulator(
    inventory.groups.map((g) => g.id),
    inventory.groups.map((g) => g.name),
  );
  const portfolio = new Accumulator(["portfolio"], ["Portfolio"]);

  const units = new Map<string, number>();
  const unitOf = new Int32Array(inventory.deployments.length);
  const { servedOf } = index.exposure;
  inventory.deployments.forEach((deployment, d) => {
    let k = units.get(deployment.businessUnit);
    if (k === undefined) units.set(deployment.businessUnit, (k = units.size));
    unitOf[d] = k;
  });
  const unitKeys = [...units.keys()];
  const byBusinessUnit = new Accumulator(unitKeys, unitKeys);

  // Per deployment only the finest keys are touched; vendor, region, group and portfolio rows are
  // folded from the model and jurisdiction rows afterwards.
  for (let d = 0; d < inventory.deployments.length; d++) {
    if (arrays.inRollups[d] === 0) continue;
    const band = arrays.band[d];
    const residual = arrays.residual[d];
    const inherent = arrays.inherent[d];
    byModel.add(index.deploymentModel[d], band, residual, inherent);
    byJurisdiction.add(servedOf[d], band, residual, inherent);
    byBusinessUnit.add(unitOf[d], band, residual, inherent);
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
