import { createTestDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
async function main() {
  const t = await createTestDb();
  await seedDemo(t.db);
  const ids = Array.from({ length: 10000 }, (_, i) => `p${i}`);
  const m = await t.db.aiModel.findFirstOrThrow();
  let s = performance.now();
  await t.db.$transaction(async (tx) => {
    const rows = JSON.stringify(ids.map((id, i) => ({ id, scope: "GLOBAL", users: i })));
    const n = await tx.$executeRaw`INSERT INTO "Deployment" (id, ref, "modelId", "jurisdictionCode", "cloudProvider", "cloudRegion", "processingScope", "businessUnit", "useCase", "dataSensitivity", "businessCriticality", users, status, "updatedAt")
      SELECT u.id, u.id, ${m.id}, 'DE', 'AZURE', 'swedencentral', u.scope::"ProcessingScope", 'x', 'y', 1, 1, u.users, 'LIVE', now() FROM jsonb_to_recordset(${rows}::jsonb) AS u(id text, scope text, users int)`;
    console.log("deployments", n, performance.now() - s); s = performance.now();
    const cs = ["DE","FR","SE","US","GB","JP","AU","BR","CA","IN","KR","CH","NO","ZA","AE","NL","PL","IT","ES","IE","SG"];
    const reach = JSON.stringify(ids.flatMap((id) => cs.map((c) => [id, c])));
    const r = await tx.$executeRaw`INSERT INTO "DeploymentReach" ("deploymentId", "jurisdictionCode") SELECT e->>0, e->>1 FROM jsonb_array_elements(${reach}::jsonb) AS e`;
    console.log("reach", r, performance.now() - s); s = performance.now();
  }, { timeout: 100000 });
  await t.close();
}
main();
