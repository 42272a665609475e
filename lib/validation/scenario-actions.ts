import { z } from "zod";
import { OUTCOMES } from "@/lib/domain/types";
import { scenarioInputSchema } from "./scenario";

/** Inputs of the scenario list's and editor's mutations (the scenario body itself is scenario.ts). */
const id = z.string().min(1);
const version = z.number().int().positive();
const name = z
  .string()
  .trim()
  .min(1, "Give the scenario a name.")
  .max(200, "Use at most 200 characters.");

export const createScenarioSchema = z.object({
  name,
  description: z.string().trim().max(4000).default(""),
  defaultOutcome: z.enum(OUTCOMES).default("ALLOWED"),
});

export const saveScenarioSchema = z.object({ id, version, scenario: scenarioInputSchema });

export const duplicateScenarioSchema = z.object({ id, name });

export const archiveScenarioSchema = z.object({ id, version, archived: z.boolean() });

export const activateScenarioSchema = z.object({ id, version });

export type CreateScenarioInput = z.output<typeof createScenarioSchema>;
export type SaveScenarioInput = z.output<typeof saveScenarioSchema>;

/** PUT /api/me/view-scenario: the scenario the user chose to look at. */
export const viewScenarioSchema = z.object({ scenarioId: id });
