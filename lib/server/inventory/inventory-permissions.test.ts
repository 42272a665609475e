import { describe, expect, it } from "vitest";
import { can, ROLES } from "@/lib/auth/permissions";

describe("inventory permissions", () => {
  it("let compliance officers and admins change the inventory, and every other role only read it", () => {
    for (const entity of ["vendor", "model", "deployment", "contract"] as const) {
      for (const action of ["create", "update", "archive"] as const) {
        const allowed = ROLES.filter((role) => can(role, action, entity));
        expect(allowed, `${action}:${entity}`).toEqual(["ADMIN", "COMPLIANCE"]);
      }
    }
    for (const entity of ["vendor", "model", "deployment"] as const)
      expect(ROLES.filter((role) => can(role, "import", entity))).toEqual(["ADMIN", "COMPLIANCE"]);
  });
});
