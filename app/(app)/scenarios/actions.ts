"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db/client";
import { activateScenario } from "@/lib/server/scenarios/activate-scenario";
import { createScenario } from "@/lib/server/scenarios/create-scenario";
import { duplicateScenario } from "@/lib/server/scenarios/duplicate-scenario";
import { saveScenario } from "@/lib/server/scenarios/save-scenario";
import { setScenarioArchived } from "@/lib/server/scenarios/set-scenario-archived";
import { toScenarioInput } from "@/lib/server/scenarios/to-scenario-input";
import {
  activateScenarioSchema,
  archiveScenarioSchema,
  createScenarioSchema,
  duplicateScenarioSchema,
  saveScenarioSchema,
} from "@/lib/validation/scenario-actions";

export const createScenarioAction = defineAction(
  { permission: ["create", "scenario"], schema: createScenarioSchema },
  async (input, actor) => {
    const s = await createScenario(db, actor.id, input);
    revalidatePath("/scenarios");
    return { id: s.id };
  },
);

export const duplicateScenarioAction = defineAction(
  { permission: ["create", "scenario"], schema: duplicateScenarioSchema },
  async (input, actor) => {
    const s = await duplicateScenario(db, actor.id, input);
    revalidatePath("/scenarios");
    return { id: s.id };
  },
);

export const saveScenarioAction = defineAction(
  { permission: ["update", "scenario"], schema: saveScenarioSchema },
  async (input, actor) => {
    const s = await saveScenario(db, actor.id, input);
    revalidatePath("/", "layout");
    return { version: s.version, values: toScenarioInput(s) };
  },
);

export const archiveScenarioAction = defineAction(
  { permission: ["archive", "scenario"], schema: archiveScenarioSchema },
  async (input, actor) => {
    const s = await setScenarioArchived(db, actor.id, input);
    revalidatePath("/", "layout");
    return { status: s.status };
  },
);

export const activateScenarioAction = defineAction(
  { permission: ["activate", "scenario"], schema: activateScenarioSchema },
  async (input, actor) => {
    const result = await activateScenario(db, actor.id, input);
    revalidatePath("/", "layout");
    return result;
  },
);
