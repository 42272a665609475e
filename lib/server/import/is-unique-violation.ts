import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a failed write clashed with a unique key: P2002 from Prisma's own queries, or a raw query
 * (P2010) whose driver reported PostgreSQL's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (
    error.meta?.driverAdapterError as
      { cause?: { originalCode?: string; kind?: string } } | undefined
  )?.cause;
  return cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}
