/**
 * The data a new install starts with, written inside the caller's transaction. Reference data —
 * every country, the public country groups and the built-in policy scenarios — always; the demo
 * company's inventory (real vendors and models, 150 deployments, ten contracts with clause text we
 * wrote) only when asked. The risk methodology needs no rows: the built-in default applies until an
 * administrator saves a version.
 */
import { addDays, daysBetween, today } from "@/lib/clock";
import { computeReach } from "@/lib/reference/cloud-regions";
import type { Tx } from "@/lib/server/db/create-client";
import { GROUPS } from "@/prisma/seed-data/groups";
import { VENDORS } from "@/prisma/seed-data/vendors";
import { MODELS } from "@/prisma/seed-data/models";
import { CONTRACTS, DEMO_DATES_WRITTEN_FOR } from "@/prisma/seed-data/contracts";
import { SCENARIOS } from "@/prisma/seed-data/scenarios";
import { buildDemoDeployments } from "@/prisma/seed-data/deployments";
import type { SeedRule } from "@/prisma/seed-data/types";
import { allJurisdictions } from "./jurisdictions";

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}: "${key}"`);
  return value;
}

/** Said in a built-in scenario's description when its vendor or model rules were left out. */
export const RULES_LEFT_OUT_NOTE =
  "In this install the rules that name particular vendors or models were left out, because the inventory was empty when it was set up: add them once those vendors are in your inventory.";

export interface SeedSummary {
  /** names of the built-in rules left out because they name vendors or models not in the inventory */
  rulesLeftOut: string[];
  /** built-in scenarios not created because every rule of theirs was left out */
  scenariosLeftOut: string[];
}

const namesInventory = (r: SeedRule) => r.models.vendors.length > 0 || r.models.models.length > 0;

async function writeGroups(tx: Tx): Promise<Map<string, string>> {
  const groupIds = new Map<string, string>();
  for (const g of GROUPS) {
    const row = await tx.countryGroup.create({
      data: {
        name: g.name,
        description: g.description,
        source: g.source,
        sourceUrl: g.sourceUrl,
        asOf: date(g.asOf),
        legalStatus: g.legalStatus,
        checkedOn: date(g.checkedOn),
        members: {
          create: [
            ...g.members.map((code) => ({ jurisdictionCode: code })),
            ...(g.history ?? []).map((h) => ({
              jurisdictionCode: h.code,
              validFrom: date(h.validFrom),
              validTo: date(h.validTo),
            })),
          ],
        },
      },
    });
    groupIds.set(g.name, row.id);
  }
  return groupIds;
}

async function writeInventory(tx: Tx) {
  // Contract and go-live dates were written for one day; seeded later, they move with the calendar.
  const shift = Math.max(0, daysBetween(DEMO_DATES_WRITTEN_FOR, today()));
  const moved = (iso: string | null) => date(iso && addDays(iso, shift));

  const vendorIds = new Map<string, string>();
  for (const v of VENDORS) {
    const row = await tx.vendor.create({ data: v });
    vendorIds.set(v.name, row.id);
  }

  const modelIds = new Map<string, string>();
  for (const m of MODELS) {
    const { vendor, releaseDate, ...rest } = m;
    const row = await tx.aiModel.create({
      data: {
        ...rest,
        releaseDate: date(releaseDate),
        vendorId: lookup(vendorIds, vendor, "vendor"),
      },
    });
    modelIds.set(m.name, row.id);
  }

  for (const [i, c] of CONTRACTS.entries()) {
    await tx.contract.create({
      data: {
        vendorId: lookup(vendorIds, c.vendor, "vendor"),
        title: c.title,
        coverage: c.coverage ?? "ALL_SERVICES",
        coveredModelIds: (c.coveredModels ?? []).map((name) => lookup(modelIds, name, "model")),
        effectiveDate: moved(c.effectiveDate)!,
        expiryDate: moved(c.expiryDate),
        governingLawCode: c.governingLawCode,
        clauses: {
          create: c.clauses.map((cl, position) => ({ ...cl, position: i * 100 + position })),
        },
      },
    });
  }

  for (const d of buildDemoDeployments()) {
    const { model, fallbackModel, goLiveDate, ...rest } = d;
    await tx.deployment.create({
      data: {
        ...rest,
        goLiveDate: moved(goLiveDate),
        modelId: lookup(modelIds, model, "model"),
        fallbackModelId: fallbackModel ? lookup(modelIds, fallbackModel, "model") : null,
        reach: {
          create: computeReach(d.cloudProvider, d.cloudRegion, d.processingScope).map((code) => ({
            jurisdictionCode: code,
          })),
        },
      },
    });
  }
  return { vendorIds, modelIds };
}

async function writeScenarios(
  tx: Tx,
  groupIds: Map<string, string>,
  inventory: { vendorIds: Map<string, string>; modelIds: Map<string, string> } | null,
): Promise<SeedSummary> {
  const summary: SeedSummary = { rulesLeftOut: [], scenariosLeftOut: [] };
  for (const s of SCENARIOS) {
    // Without the demo inventory, a rule naming a vendor or model would cover nothing: leave it out.
    const rules = inventory ? s.rules : s.rules.filter((r) => !namesInventory(r));
    const leftOut = s.rules.filter((r) => !rules.includes(r)).map((r) => r.name);
    for (const name of leftOut)
      if (!summary.rulesLeftOut.includes(name)) summary.rulesLeftOut.push(name);
    if (rules.length === 0) {
      summary.scenariosLeftOut.push(s.name);
      continue;
    }
    const vendorIds = inventory?.vendorIds ?? new Map<string, string>();
    const modelIds = inventory?.modelIds ?? new Map<string, string>();
    await tx.policyScenario.create({
      data: {
        name: s.name,
        description: leftOut.length ? `${s.description} ${RULES_LEFT_OUT_NOTE}` : s.description,
        status: s.status,
        isActive: s.isActive,
        defaultOutcome: s.defaultOutcome,
        legalStatus: s.legalStatus,
        sources: s.sources,
        sourceUrls: s.sourceUrls,
        checkedOn: date(s.checkedOn),
        rules: {
          create: rules.map((r, position) => ({
            position,
            name: r.name,
            groupIds: r.jurisdictions.groups.map((n) => lookup(groupIds, n, "country group")),
            countries: r.jurisdictions.countries,
            allOthers: r.jurisdictions.allOthers,
            excludeGroupIds: r.jurisdictions.excludeGroups.map((n) =>
              lookup(groupIds, n, "country group"),
            ),
            excludeCountries: r.jurisdictions.excludeCountries,
            allModels: r.models.all,
            originCodes: r.models.originCodes,
            vendorIds: r.models.vendors.map((n) => lookup(vendorIds, n, "vendor")),
            weights: r.models.weights,
            minTrainingComputeFlop: r.models.minTrainingComputeFlop,
            capabilityClasses: r.models.capabilityClasses,
            modelIds: r.models.models.map((n) => lookup(modelIds, n, "model")),
            outcome: r.outcome,
            rationale: r.rationale,
            source: r.source,
            effectiveDate: date(r.effectiveDate),
          })),
        },
      },
    });
  }
  return summary;
}

/** Writes the reference data, and the demo inventory when `demo` is set, into an empty database. */
export async function writeSeedData(tx: Tx, options: { demo: boolean }): Promise<SeedSummary> {
  await tx.jurisdiction.createMany({ data: allJurisdictions() });
  const groupIds = await writeGroups(tx);
  const inventory = options.demo ? await writeInventory(tx) : null;
  return writeScenarios(tx, groupIds, inventory);
}
