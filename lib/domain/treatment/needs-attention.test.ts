import { describe, expect, it } from "vitest";
import type { DeploymentResult } from "../evaluation-types";
import { attentionReason } from "./needs-attention";

const result = (band: DeploymentResult["band"], finding = false): DeploymentResult =>
  ({
    band,
    inRollups: true,
    finding: finding ? { kind: "PROHIBITED", code: "CN", ruleId: "r", floor: "CRITICAL" } : null,
  }) as unknown as DeploymentResult;
const none = { kind: null, dueDate: null, expiresAt: null, reviewDate: null };
const TODAY = "2026-12-01";

describe("attentionReason", () => {
  it("asks for a treatment above appetite or with a finding, not within appetite", () => {
    expect(attentionReason(result("HIGH"), "MEDIUM", undefined, TODAY)).toBe(
      "ABOVE_APPETITE_UNTREATED",
    );
    expect(attentionReason(result("LOW", true), "MEDIUM", none, TODAY)).toBe("FINDING_UNTREATED");
    expect(attentionReason(result("MEDIUM"), "MEDIUM", undefined, TODAY)).toBeNull();
  });

  it("treats an expired acceptance and an overdue plan as needing attention again", () => {
    const accepted = { ...none, kind: "ACCEPT" as const, expiresAt: "2026-12-31" };
    expect(attentionReason(result("HIGH"), "MEDIUM", accepted, TODAY)).toBeNull();
    expect(
      attentionReason(result("HIGH"), "MEDIUM", { ...accepted, expiresAt: "2026-11-30" }, TODAY),
    ).toBe("ACCEPTANCE_EXPIRED");
    const plan = { ...none, kind: "MITIGATE" as const, dueDate: "2026-11-01" };
    expect(attentionReason(result("CRITICAL"), "MEDIUM", plan, TODAY)).toBe("PLAN_OVERDUE");
  });

  it("reports a passed review date on any deployment", () => {
    expect(
      attentionReason(result("LOW"), "MEDIUM", { ...none, reviewDate: "2026-10-01" }, TODAY),
    ).toBe("REVIEW_OVERDUE");
  });
});
