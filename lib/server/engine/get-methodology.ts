import "server-only";
import { db } from "@/lib/server/db/client";
import { loadActiveMethodology } from "@/lib/server/methodology/active-methodology";
import { perRevision } from "./revision-cache";

/**
 * The active methodology, read again after any change: activating or saving a version is an
 * audited change, so it moves the data revision and every evaluation keyed by it.
 */
export const getActiveMethodology = perRevision("active-methodology", () =>
  loadActiveMethodology(db),
);
