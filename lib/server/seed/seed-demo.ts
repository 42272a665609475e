/**
 * Demo data: every country, the public country groups, real vendors and models, 150 deployments,
 * ten contracts with clause text we wrote, four policy scenarios and one user per role. Runs on an
 * empty database only (first start), in one transaction.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { addDays, daysBetween, today } from "@/lib/clock";
import { computeReach } from "@/lib/reference/cloud-regions";
import { recordAudit } from "@/lib/server/audit";
import { GROUPS } from "@/prisma/seed-data/groups";
import { VENDORS } from "@/prisma/seed-data/vendors";
import { MODELS } from "@/prisma/seed-data/models";
import { CONTRACTS, DEMO_DATES_WRITTEN_FOR } from "@/prisma/seed-data/contracts";
import { SCENARIOS } from "@/prisma/seed-data/scenarios";
import { buildDemoDeployments } from "@/prisma/seed-data/deployments";
import { allJurisdictions } from "./jurisdictions";

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

const DEMO_NAMES: Record<Role, string> = {
  ADMIN: "Ada Admin",
  COMPLIANCE: "Chloe Compliance",
  LEGAL: "Leo Legal",
  EXECUTIVE: "Erin Executive",
  VIEWER: "Victor Viewer",
};

export function demoEmail(role: Role): string {
  return `${role.toLowerCase()}@tierscope.local`;
}

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}: "${key}"`);
  return value;
}

/**
 * Seeds an empty database. `password` (tests, CI) gives every demo user the same known password;
 * otherwise each gets its own random one, returned so the caller can print it once.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { password?: string } = {},
): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = ROLES.map((role) => ({
    role,
    email: demoEmail(role),
    password: options.password ?? generatePassword(),
  }));
  const hashes = await Promise.all(logins.map((l) => hashPassword(l.password)));
  const shift = Math.max(0, daysBetween(DEMO_DATES_WRITTEN_FOR, today()));
  const moved = (iso: string | null) => date(iso && addDays(iso, shift));

  await db.$transaction(
    async (tx) => {
      await tx.jurisdiction.createMany({ data: allJurisdictions() });

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
            members: { create: g.members.map((code) => ({ jurisdictionCode: code })) },
          },
        });
        groupIds.set(g.name, row.id);
      }

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
              create: computeReach(d.cloudProvider, d.cloudRegion, d.processingScope).map(
                (code) => ({ jurisdictionCode: code }),
              ),
            },
          },
        });
      }

      for (const s of SCENARIOS) {
        await tx.policyScenario.create({
          data: {
            name: s.name,
            description: s.description,
            status: s.status,
            isActive: s.isActive,
            defaultOutcome: s.defaultOutcome,
            legalStatus: s.legalStatus,
            sources: s.sources,
            sourceUrls: s.sourceUrls,
            checkedOn: date(s.checkedOn),
            rules: {
              create: s.rules.map((r, position) => ({
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

      await tx.user.createMany({
        data: logins.map((l, i) => ({
          email: l.email,
          name: DEMO_NAMES[l.role],
          role: l.role,
          passwordHash: hashes[i],
        })),
      });
      await recordAudit(tx, {
        actorId: null,
        action: "system.seed",
        entityType: "system",
        entityId: "demo-data",
        after: { users: logins.length },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return logins;
}

/** Seeds only when the database has no users yet; returns the new logins, or null when it did nothing. */
export async function seedIfEmpty(
  db: PrismaClient,
  options: { password?: string } = {},
): Promise<DemoLogin[] | null> {
  if ((await db.user.count()) > 0) return null;
  return seedDemo(db, options);
}
