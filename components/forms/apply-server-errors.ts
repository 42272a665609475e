import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { ErrorBody } from "@/lib/server/handle-error";

/**
 * Puts a server-side failure next to the field it concerns (or at the form's root), so a user sees
 * the same kind of message whether the browser or the server caught the problem.
 */
export function applyServerErrors<T extends FieldValues, C = unknown, O = T>(
  form: UseFormReturn<T, C, O>,
  error: ErrorBody & { field?: string },
) {
  let placed = false;
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    if (field === "_form") continue;
    form.setError(field as Path<T>, { type: "server", message: messages[0] });
    placed = true;
  }
  if (!placed) {
    form.setError("root", { type: "server", message: error.message });
    toast.error(error.message);
  }
}
