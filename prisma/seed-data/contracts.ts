/** The ten demo contracts (six clauses each), split over two files to keep each readable. */
import { CONTRACTS_A } from "./contracts-a";
import { CONTRACTS_B } from "./contracts-b";
import type { SeedContract } from "./types";

/**
 * The day the demo's contract and go-live dates were written for. The seeder moves those dates by
 * as many days as the seed day is later, so a demo seeded in a year's time still has contracts in
 * force, one expiring within the month and deployments planned for the coming months. Dates of
 * laws and rules are facts and never move.
 */
export const DEMO_DATES_WRITTEN_FOR = "2026-12-01";

export const CONTRACTS: SeedContract[] = [...CONTRACTS_A, ...CONTRACTS_B];
