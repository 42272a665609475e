import { createMemoryDb } from "@/lib/server/testing/test-db";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { loadInventory, loadScenario } from "@/lib/server/engine/load-inventory";
import { evaluateScenario, previewClauseAssessment, explainDeployment } from "@/lib/domain";

async function main() {
  const t = await createMemoryDb();
  await seedDemo(t.db, { password: "x" } as never);
  const inv = await loadInventory(t.db);
  const s = await t.db.policyScenario.findFirst({ orderBy: [{ isActive: "desc" }, { name: "asc" }] });
  const ev = evaluateScenario(inv, (await loadScenario(t.db, s!.id))!, { asOf: "2026-12-01" });
  console.log("scenario", s!.name);
  for (const c of inv.contracts) for (const cl of c.clauses) {
    const p = previewClauseAssessment(ev, cl.id, "WEAK")!;
    if (p.changes.length) console.log(c.title, "|", cl.heading, cl.assessment, "covered", p.covered, "moved", p.changes.length, p.changes.slice(0,3).map(x=>`${x.ref} ${x.before.residual}->${x.after.residual}`).join(", "));
  }
  const d = inv.deployments.find((x) => x.cloudProvider === "AZURE" && inv.models.find(m=>m.id===x.modelId)!.name === "GPT-4.1" && x.jurisdictionCode === "PL")!;
  const e = explainDeployment(ev, d.id);
  console.log(d.ref, e.contractsApplied.map(c=>c.title), e.residualImpact.factors.map(f=>f.label+" "+f.contribution));
  await t.close();
}
main();
