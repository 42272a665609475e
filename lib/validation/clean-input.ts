/**
 * The first line of input normalisation, run on every request body and server-action argument
 * before its zod schema: text that PostgreSQL cannot store (a NUL character) or that is not valid
 * Unicode (a lone UTF-16 surrogate) is refused with the field it came in, instead of failing deep
 * in the database as "internal". Schemas then check each field's own rules.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 20;

export interface UncleanInput {
  /** Dotted path of the field, "_form" for the value itself. */
  path: string;
  message: string;
}

export function describeUncleanText(text: string): string | null {
  if (NUL.test(text)) return "Remove the NUL character (it cannot be stored).";
  if (LONE_SURROGATE.test(text)) return "Remove the broken character (it is not valid Unicode).";
  return null;
}

export function findUncleanInput(value: unknown, path: string[] = []): UncleanInput | null {
  if (path.length > MAX_DEPTH)
    return { path: path.join("."), message: "The input is nested too deeply." };
  const here = () => path.join(".") || "_form";
  if (typeof value === "string") {
    const message = describeUncleanText(value);
    return message ? { path: here(), message } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUncleanInput(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = describeUncleanText(key);
      if (keyProblem) return { path: here(), message: keyProblem };
      const found = findUncleanInput(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
