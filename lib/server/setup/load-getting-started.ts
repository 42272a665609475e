import "server-only";
import { db } from "@/lib/server/db/client";
import { perRevision } from "@/lib/server/engine/revision-cache";
import { gettingStartedOf } from "./getting-started";

/** The getting-started steps, re-read only when the data has changed. */
export const loadGettingStarted = perRevision("getting-started", () => gettingStartedOf(db));
