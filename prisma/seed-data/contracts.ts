/** The ten demo contracts (six clauses each), split over two files to keep each readable. */
import { CONTRACTS_A } from "./contracts-a";
import { CONTRACTS_B } from "./contracts-b";
import type { SeedContract } from "./types";

export const CONTRACTS: SeedContract[] = [...CONTRACTS_A, ...CONTRACTS_B];
