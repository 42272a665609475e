/**
 * Inputs for the fuzz suite, derived from a zod schema (through its JSON Schema): objects with the
 * schema's fields, each value either plausible for its type (so many requests reach the database)
 * or one of the shapes that broke servers before — NUL bytes, lone surrogates, numbers past 2^31,
 * year 0, scientific and hex notation, wrong types, huge strings, markup and formulas.
 */
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
};

/** Values that have made servers answer 500, or could. */
export const MALFORMED: unknown[] = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1,
  0,
  -0,
  1.5,
  "1e10",
  "0x10",
  "NaN",
  "Infinity",
  "",
  "   ",
  "0000-01-01",
  "2026-02-30",
  "99999-12-31",
  "1970-01-01T00:00:00Z",
  [],
  {},
  null,
  true,
  "x".repeat(20_000),
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  '=HYPERLINK("http://evil.example","x")\nx',
  "\u202Egnp.exe",
  "%00",
  "%ZZ",
  "../../etc/passwd",
  "' OR 1=1 --",
  "🚀".repeat(300),
  JSON.parse('{"__proto__": {"isAdmin": true}}'),
  [[[[[[[[[[[["deep"]]]]]]]]]]]],
];
const malformed = fc.constantFrom(...MALFORMED);

export interface FuzzPools {
  /** ids of existing rows, so that some requests name real things */
  ids: string[];
}

interface Walk {
  pools: FuzzPools;
  /** whether fields may take malformed values (else every value is plausible for its type) */
  dirty: boolean;
}

function plausible(
  schema: JsonSchema,
  key: string,
  walk: Walk,
  depth: number,
): fc.Arbitrary<unknown> {
  const { pools } = walk;
  if (depth > 4) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => plausible(s, key, walk, depth + 1)));
  if (schema.allOf?.length) return plausible(schema.allOf[0], key, walk, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const idLike = key === "id" || /Id$/.test(key);
  switch (type) {
    case "object":
      return objectOf(schema, walk, depth);
    case "array":
      return fc.array(schema.items ? field(schema.items, key, walk, depth + 1) : fc.jsonValue(), {
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case "integer":
      if (key === "version") return fc.integer({ min: 1, max: 3 });
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, -1e6),
        max: Math.min(schema.maximum ?? 1e6, 1e6),
      });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string": {
      if (idLike && pools.ids.length > 0) return fc.constantFrom(...pools.ids);
      if (schema.format === "date")
        return fc
          .date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === "date-time")
        return fc
          .date({ noInvalidDate: true, min: new Date("1990-01-01"), max: new Date("2040-12-31") })
          .map((d) => d.toISOString());
      if (schema.format === "uri") return fc.webUrl();
      if (schema.format === "email") return fc.emailAddress();
      if (schema.pattern && schema.pattern.length < 60) {
        try {
          return fc
            .stringMatching(new RegExp(schema.pattern))
            .filter((s) => s.length <= (schema.maxLength ?? 200));
        } catch {
          // a pattern fast-check cannot generate from: plain strings below
        }
      }
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, 40),
        unit: "grapheme",
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A field's value: plausible, or (in a dirty input) one time in four malformed. */
function field(schema: JsonSchema, key: string, walk: Walk, depth: number) {
  if (!walk.dirty) return plausible(schema, key, walk, depth);
  return fc.oneof(
    { arbitrary: plausible(schema, key, walk, depth), weight: 3 },
    { arbitrary: malformed, weight: 1 },
  );
}

function objectOf(schema: JsonSchema, walk: Walk, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, s]) => [key, field(s, key, walk, depth + 1)]),
  );
  const required = (schema.required ?? []).filter((k) => k in model);
  // Mostly the required fields present (so validation gets past "missing"), sometimes not.
  return fc.oneof(
    { arbitrary: fc.record(model, { requiredKeys: required }), weight: 4 },
    { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
  );
}

/** Inputs for a schema: mostly objects of its shape with some bad values, sometimes wholly wrong. */
export function inputsFor(schema: z.ZodType | undefined, pools: FuzzPools): fc.Arbitrary<unknown> {
  const whole = fc.oneof(malformed, fc.jsonValue({ maxDepth: 3 }));
  if (!schema) return whole;
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  // Some wholly plausible inputs reach the database (and must not fail there either).
  return fc.oneof(
    { arbitrary: plausible(json, "", { pools, dirty: false }, 0), weight: 2 },
    { arbitrary: plausible(json, "", { pools, dirty: true }, 0), weight: 4 },
    { arbitrary: whole, weight: 1 },
  );
}

/** Bodies no JSON parser should choke a server on. */
export const RAW_BODIES = [
  "",
  "{",
  "null",
  '{"a":',
  "[".repeat(50_000),
  `{"name":"${"\\ud800"}"}`,
  "\u0000",
  "x".repeat(1024 * 1024 + 1),
];
