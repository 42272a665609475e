import { z } from "zod";

/** Decimal or scientific notation only: no hex ("0x10"), no "Infinity", no empty string. */
const NUMERIC_TEXT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * A number from a form field, a CSV cell or JSON: a number, or text written as a decimal number.
 * Unlike z.coerce.number(), [] is not 0, true is not 1 and "0x10" is not 16: each is refused
 * with the field's own message.
 */
export function numberInput(
  message: string,
  rules: (schema: z.ZodNumber) => z.ZodType<number> = (schema) => schema,
) {
  return z.preprocess(
    (value) => (typeof value === "string" && NUMERIC_TEXT.test(value) ? Number(value) : value),
    rules(z.number({ error: message })),
  );
}
