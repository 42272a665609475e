import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address.");

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: z
    .string()
    .min(12, "Use at least 12 characters.")
    .max(200, "Use at most 200 characters."),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;
