import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../scenario/evaluate";
import { AS_OF, makeInventory, trustedPartners } from "../test-fixtures";
import { movedSince, parseStates, snapshotOf, snapshotsToPrune } from "./risk-snapshot";

const inventory = makeInventory();
const g7 = evaluateScenario(inventory, trustedPartners("g7"), { asOf: AS_OF });
const fvey = evaluateScenario(inventory, trustedPartners("fvey"), { asOf: AS_OF });

describe("risk snapshots", () => {
  it("counts bands of the deployments that count, as the roll-up does", () => {
    const { figures } = snapshotOf(g7);
    expect(figures.bands).toEqual(g7.rollups.portfolio.bands);
    expect(figures.deployments).toBe(g7.rollups.portfolio.deployments);
    expect(figures.findings).toBe(g7.rollups.portfolio.findings);
  });

  it("lists the deployments whose band or access moved between two states", () => {
    const moved = movedSince(
      parseStates(snapshotOf(g7).states),
      parseStates(snapshotOf(fvey).states),
    );
    const jp = moved.find((m) => m.deploymentId === "dep-jp-hr");
    expect(jp).toEqual({
      deploymentId: "dep-jp-hr",
      before: { band: "MEDIUM", access: "ALLOWED" },
      after: { band: "HIGH", access: "RESTRICTED" },
    });
    expect(
      movedSince(parseStates(snapshotOf(g7).states), parseStates(snapshotOf(g7).states)),
    ).toEqual([]);
  });

  it("keeps everything for 30 days, then the first snapshot of each day", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const at = (iso: string, id: string) => ({ id, takenAt: new Date(iso) });
    const drop = snapshotsToPrune(
      [
        at("2026-11-30T10:00:00Z", "recent-1"),
        at("2026-11-30T10:05:00Z", "recent-2"),
        at("2026-10-01T09:00:00Z", "old-first"),
        at("2026-10-01T15:00:00Z", "old-second"),
        at("2026-10-02T15:00:00Z", "old-other-day"),
      ],
      now,
    );
    expect(drop).toEqual(["old-second"]);
  });
});
