/**
 * An updated member list for a country group, uploaded as JSON or CSV: one country code per entry,
 * with optional validFrom / validTo dates. Parsed here for the preview and the apply routes alike.
 */
import Papa from "papaparse";
import { z } from "zod";
import type { ListedMember } from "@/lib/domain";
import { isoDateSchema } from "./scenario";

const optionalDate = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  isoDateSchema.nullable(),
);

const memberSchema = z
  .object({
    code: z
      .string("Give a two-letter country code.")
      .trim()
      .regex(/^[A-Za-z]{2}$/, "Country codes are two letters (ISO 3166-1 alpha-2).")
      .transform((c) => c.toUpperCase()),
    validFrom: optionalDate.default(null),
    validTo: optionalDate.default(null),
  })
  .refine((m) => !m.validFrom || !m.validTo || m.validFrom < m.validTo, {
    message: "validTo must come after validFrom.",
  });

export const memberListRequestSchema = z.object({
  /** the file's text */
  text: z.string().min(1, "The file is empty.").max(200_000, "The file is too large."),
  /** the day the list takes effect */
  effectiveFrom: isoDateSchema,
  /** the group's version when the list was previewed (apply only) */
  version: z.number().int().positive().optional(),
});
export type MemberListRequest = z.output<typeof memberListRequestSchema>;

/** A file that cannot be read as a member list; the message says why in plain words. */
export class MemberListError extends Error {}

function rowsOf(text: string): { line: string; value: unknown }[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let body: unknown;
    try {
      body = JSON.parse(trimmed);
    } catch {
      throw new MemberListError("The file looks like JSON but cannot be read as JSON.");
    }
    const list = Array.isArray(body) ? body : (body as { members?: unknown }).members;
    if (!Array.isArray(list))
      throw new MemberListError('Give a JSON list of members, or an object with a "members" list.');
    return list.map((value, i) => ({
      line: `Entry ${i + 1}`,
      value: typeof value === "string" ? { code: value } : value,
    }));
  }
  const parsed = Papa.parse<Record<string, string>>(trimmed, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().replace(/^country(_?code)?$/i, "code"),
  });
  if (!parsed.meta.fields?.includes("code"))
    throw new MemberListError('The CSV needs a "code" column (country code).');
  return parsed.data.map((value, i) => ({ line: `Line ${i + 2}`, value }));
}

/** The listed members, or a MemberListError naming every bad line in plain words. */
export function parseMemberList(text: string): ListedMember[] {
  const problems: string[] = [];
  const members = new Map<string, ListedMember>();
  for (const { line, value } of rowsOf(text)) {
    const result = memberSchema.safeParse(value);
    if (!result.success) {
      problems.push(`${line}: ${result.error.issues.map((i) => i.message).join(" ")}`);
      continue;
    }
    if (members.has(result.data.code))
      problems.push(`${line}: ${result.data.code} is listed twice.`);
    members.set(result.data.code, result.data);
  }
  if (problems.length) throw new MemberListError(problems.slice(0, 20).join("\n"));
  if (!members.size) throw new MemberListError("The file lists no countries.");
  return [...members.values()];
}
