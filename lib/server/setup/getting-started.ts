import type { Db } from "@/lib/server/db/create-client";

export const GETTING_STARTED_STEPS = ["vendors", "models", "deployments", "scenarios"] as const;
export type GettingStartedStep = (typeof GETTING_STARTED_STEPS)[number];

/**
 * The first steps of an install set up empty, each done or not; null once all are done, and for
 * installs that started with the demo company (they never see the steps). "Scenarios" is done once
 * anyone has created, edited, activated, duplicated or archived a scenario.
 */
export async function gettingStartedOf(
  db: Db,
): Promise<Record<GettingStartedStep, boolean> | null> {
  const setUpEmpty = await db.auditEvent.findFirst({
    where: { entityType: "system", entityId: "empty-install" },
    select: { id: true },
  });
  if (!setUpEmpty) return null;
  const [vendors, models, deployments, scenarioChanges] = await Promise.all([
    db.vendor.count(),
    db.aiModel.count(),
    db.deployment.count(),
    db.auditEvent.count({ where: { entityType: "scenario" } }),
  ]);
  const steps = {
    vendors: vendors > 0,
    models: models > 0,
    deployments: deployments > 0,
    scenarios: scenarioChanges > 0,
  };
  return Object.values(steps).every(Boolean) ? null : steps;
}
