import { describe, expect, it } from "vitest";
import { ACTIONS, ENTITIES, ROLES, can, type Action, type Entity, type Role } from "./permissions";

// The policy written out by hand, independently of ROLE_PERMISSIONS: "E" = every mutating action the
// entity supports, a list = exactly those actions, absent = nothing.
const MUTATIONS: Record<Entity, Action[]> = {
  vendor: ["create", "update", "archive", "import"],
  model: ["create", "update", "archive", "import"],
  deployment: ["create", "update", "archive", "import"],
  contract: ["create", "update", "archive"],
  clause: ["create", "update", "archive"],
  annotation: ["create", "update", "resolve"],
  scenario: ["create", "update", "archive", "activate"],
  countryGroup: ["create", "update", "archive"],
  user: ["create", "update", "archive"],
  snapshot: ["create"],
  auditLog: [],
  methodology: ["update"],
};

const EXPECTED: Record<Role, Partial<Record<Entity, Action[] | "E">>> = {
  ADMIN: {
    vendor: "E",
    model: "E",
    deployment: "E",
    contract: "E",
    clause: "E",
    annotation: "E",
    scenario: "E",
    countryGroup: "E",
    user: "E",
    snapshot: "E",
    methodology: "E",
  },
  COMPLIANCE: {
    vendor: "E",
    model: "E",
    deployment: "E",
    contract: "E",
    clause: "E",
    annotation: "E",
    scenario: "E",
    countryGroup: "E",
    snapshot: "E",
  },
  LEGAL: { clause: ["create", "update"], annotation: "E" },
  EXECUTIVE: { snapshot: ["create"] },
  VIEWER: {},
};

describe("permission table", () => {
  for (const role of ROLES) {
    for (const entity of ENTITIES) {
      for (const action of MUTATIONS[entity]) {
        const rule = EXPECTED[role][entity];
        const allowed = rule === "E" || (Array.isArray(rule) && rule.includes(action));
        it(`${role} ${allowed ? "may" : "may not"} ${action} ${entity}`, () => {
          expect(can(role, action, entity)).toBe(allowed);
        });
      }
    }
  }

  it("grants no action an entity does not support", () => {
    for (const role of ROLES)
      for (const entity of ENTITIES)
        for (const action of ACTIONS.filter((a) => a !== "read" && !MUTATIONS[entity].includes(a)))
          expect(can(role, action, entity), `${role} ${action} ${entity}`).toBe(false);
  });

  it("lets only administrators see users, and everyone but viewers see the audit log", () => {
    expect(ROLES.filter((r) => can(r, "read", "user"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "read", "auditLog"))).toEqual([
      "ADMIN",
      "COMPLIANCE",
      "LEGAL",
      "EXECUTIVE",
    ]);
  });
});
