import { z } from "zod";
import { createUserSchema } from "./user";

/** The first administrator, from the setup page or from TIERSCOPE_ADMIN_* variables. */
export const firstAdminSchema = createUserSchema.omit({ role: true });

export const setupSchema = firstAdminSchema.extend({
  data: z.enum(["empty", "demo"], { message: "Choose how to start." }),
});
export type SetupInput = z.input<typeof setupSchema>;
