import type { ListedMember } from "@/lib/domain";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/create-client";
import { ValidationError } from "@/lib/server/errors";
import { MemberListError, parseMemberList } from "@/lib/validation/member-list";

/** The file's members, every code checked against the jurisdictions table; plain errors otherwise. */
export async function checkMemberList(client: PrismaClient | Tx, text: string) {
  let listed: ListedMember[];
  try {
    listed = parseMemberList(text);
  } catch (error) {
    if (error instanceof MemberListError) throw new ValidationError(error.message);
    throw error;
  }
  const known = await client.jurisdiction.findMany({
    where: { code: { in: listed.map((m) => m.code) } },
    select: { code: true, name: true },
  });
  const names = new Map(known.map((j) => [j.code, j.name]));
  const unknown = listed.filter((m) => !names.has(m.code)).map((m) => m.code);
  if (unknown.length)
    throw new ValidationError(
      `Not a country we know: ${unknown.join(", ")}. Use ISO 3166-1 alpha-2 codes, such as KH for Cambodia.`,
    );
  return listed;
}
