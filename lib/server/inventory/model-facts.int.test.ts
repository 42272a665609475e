/**
 * Weights published or not with the licence recorded apart, and training compute as an estimate
 * (value, range, "known to be below"), through the same use cases the model form calls.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allJurisdictions } from "@/lib/server/seed/jurisdictions";
import { ValidationError } from "@/lib/server/errors";
import { createTestDb, type TestDb } from "@/lib/server/testing/test-db";
import {
  modelFieldsSchema,
  modelUpdateSchema,
  vendorFieldsSchema,
} from "@/lib/validation/inventory";
import { createModel } from "./create-model";
import { createVendor } from "./create-vendor";
import { toFormValues } from "./to-form-values";
import { updateModel } from "./update-model";

let t: TestDb;
let vendorId: string;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.jurisdiction.createMany({ data: allJurisdictions() });
  vendorId = (
    await createVendor(t.db, null, vendorFieldsSchema.parse({ name: "Cohere", status: "ACTIVE" }))
  ).id;
}, 60_000);
afterAll(async () => t?.close());

const form = (fields: Record<string, unknown>) =>
  modelFieldsSchema.parse({ vendorId, capabilityClass: "GENERAL", ...fields });

describe("model facts", () => {
  it("records published non-commercial weights and a 'known to be below' bound", async () => {
    const model = await createModel(
      t.db,
      null,
      form({
        name: "Command R+",
        weights: "OPEN",
        licence: "OPEN_NON_COMMERCIAL",
        licenceName: "CC-BY-NC 4.0",
        trainingComputeMaxFlop: "1e26",
        computeSource: "Upper bound from the parameter count",
      }),
    );
    expect(model).toMatchObject({
      weights: "OPEN",
      licence: "OPEN_NON_COMMERCIAL",
      licenceName: "CC-BY-NC 4.0",
      trainingComputeFlop: null,
      trainingComputeMaxFlop: 1e26,
    });

    // The edit form round-trips the row unchanged.
    const values = toFormValues.model(model);
    expect(values).toMatchObject({
      licence: "OPEN_NON_COMMERCIAL",
      trainingComputeMaxFlop: "1e+26",
    });
    const saved = await updateModel(t.db, null, modelUpdateSchema.parse(values));
    expect(saved).toMatchObject({ licence: "OPEN_NON_COMMERCIAL", trainingComputeMaxFlop: 1e26 });
  });

  it("leaves the licence and bounds alone when an update does not send them", async () => {
    const model = await t.db.aiModel.findFirstOrThrow({ where: { name: "Command R+" } });
    const { licence, licenceName, trainingComputeMaxFlop, trainingComputeMinFlop, ...rest } =
      toFormValues.model(model);
    expect([licence, licenceName, trainingComputeMaxFlop, trainingComputeMinFlop]).not.toContain(
      undefined,
    );
    const saved = await updateModel(t.db, null, modelUpdateSchema.parse(rest));
    expect(saved).toMatchObject({ licence: "OPEN_NON_COMMERCIAL", trainingComputeMaxFlop: 1e26 });
  });

  it("refuses a range that does not hold its estimate, naming the field", async () => {
    const attempt = createModel(
      t.db,
      null,
      form({ name: "Bad range", trainingComputeFlop: "5e26", trainingComputeMaxFlop: "1e26" }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { trainingComputeFlop: [expect.stringMatching(/above the upper bound/)] },
    });
    await expect(
      createModel(
        t.db,
        null,
        form({
          name: "Upside down",
          trainingComputeMinFlop: "1e26",
          trainingComputeMaxFlop: "1e25",
        }),
      ),
    ).rejects.toThrow(/upper bound must be above the lower bound/);
  });

  it("rejects an unknown licence kind", () => {
    expect(
      modelFieldsSchema.safeParse({
        vendorId,
        name: "X",
        capabilityClass: "GENERAL",
        licence: "GPL",
      }).success,
    ).toBe(false);
  });
});
