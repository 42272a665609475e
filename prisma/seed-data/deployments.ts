/**
 * 150 demo deployments of a multinational bank-and-insurer. A dozen hand-written ones tell the
 * stories the demo needs (a subsidiary in China and a plan there that the vendor's terms rule out,
 * an expired on-premises licence, a vendor API with global routing); the rest are drawn from the
 * profiles with a seeded PRNG, so every call returns the same list.
 */
import type { DeploymentStatus, ProcessingScope } from "../../lib/domain/types";
import { supportsScope } from "../../lib/reference/cloud-regions";
import {
  BUSINESS_UNITS,
  CLOUD_CATALOGUE,
  CLOUD_HOSTING,
  COUNTRY_COUNTS,
  LOCAL_SUBSIDIARY_MODELS,
  ON_PREM_SITES,
  VENDOR_APIS,
  type UseCaseKind,
} from "./deployment-profiles";
import { MODELS } from "./models";
import type { SeedDeployment, SeedModel } from "./types";

const SEED = 20261129;
const TODAY = "2026-11-29";

type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

function pickWeighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (day: number) => new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => fromDay(toDay(iso) + days);
const maxIso = (a: string, b: string) => (a > b ? a : b);
const dateBetween = (rng: Rng, from: string, to: string) =>
  fromDay(toDay(from) + Math.floor(rng() * (toDay(to) - toDay(from) + 1)));

const MODEL_BY_NAME = new Map<string, SeedModel>(MODELS.map((m) => [m.name, m]));

function model(name: string): SeedModel {
  const m = MODEL_BY_NAME.get(name);
  if (!m) throw new Error(`Demo deployments refer to an unknown model: "${name}"`);
  return m;
}

/** Whether a model can serve a use case of this kind. */
function fits(name: string, kind: UseCaseKind): boolean {
  const { modality, capabilityClass } = model(name);
  const text = modality === "TEXT" || modality === "MULTIMODAL";
  switch (kind) {
    case "chat":
      return text;
    case "vision":
      return modality === "MULTIMODAL";
    case "code":
      return modality === "CODE" || (text && capabilityClass !== "NARROW");
    case "embed":
      return modality === "EMBEDDING";
    case "audio":
      return modality === "AUDIO";
    case "image":
      return modality === "IMAGE";
  }
}

interface Hosting {
  provider: string;
  region: string;
  models: string[];
  weight: number;
}

function hostingsFor(country: string): Hosting[] {
  const hostings: Hosting[] = CLOUD_HOSTING[country].map((entry, i) => {
    const [provider, region] = entry.split("/");
    return { provider, region, models: CLOUD_CATALOGUE[provider], weight: i === 0 ? 5 : 3 };
  });
  const local = country === "CN" || country === "RU";
  const site = ON_PREM_SITES[country];
  if (site) {
    const models = local ? LOCAL_SUBSIDIARY_MODELS : CLOUD_CATALOGUE.ON_PREM;
    hostings.push({ provider: "ON_PREM", region: site, models, weight: 2 });
  }
  if (!local) {
    for (const api of VENDOR_APIS) {
      if (api.servedIn && !api.servedIn.includes(country)) continue;
      hostings.push({
        provider: "VENDOR_API",
        region: api.region,
        models: api.models,
        weight: 0.6,
      });
    }
  }
  return hostings;
}

function chooseScope(rng: Rng, provider: string, region: string): ProcessingScope {
  if (provider === "ON_PREM" || provider === "ORACLE") return "REGIONAL";
  const zoned = supportsScope(provider, region, "ZONE");
  const r = rng();
  if (provider === "VENDOR_API") {
    if (region === "vendor-us") return r < 0.4 ? "GLOBAL" : "ZONE";
    return zoned ? "ZONE" : "REGIONAL";
  }
  if (r < 0.07) return "GLOBAL";
  if (r < 0.3 && zoned) return "ZONE";
  return "REGIONAL";
}

/** Models an enterprise would by now have retired or be retiring. */
const LEGACY = new Set([
  "GPT-4",
  "Claude 3 Opus",
  "Claude 3 Sonnet",
  "Gemini 1.0 Ultra",
  "Gemini 1.5 Pro",
  "Phi-3 Mini",
  "Phi-3 Medium",
  "Falcon 180B",
  "Grok 2",
]);

/**
 * When a family first came out, where its pinned snapshot came later. How new a model feels to an
 * enterprise goes by its family, and drawing with these dates keeps the demo's planned deployments
 * as they were before release dates became the snapshot's (DEP-0135 still names the same one).
 */
const FAMILY_FIRST_RELEASED: Record<string, string> = {
  "Gemini 2.5 Pro": "2025-03-25",
  "DeepSeek-R1": "2025-01-20",
};

function chooseStatus(rng: Rng, name: string): DeploymentStatus {
  const r = rng();
  if (LEGACY.has(name)) return r < 0.45 ? "RETIRED" : "LIVE";
  const released = FAMILY_FIRST_RELEASED[name] ?? model(name).releaseDate ?? TODAY;
  const recent = released >= "2025-04-01";
  if (r < (recent ? 0.3 : 0.1)) return "PLANNED";
  if (r < (recent ? 0.33 : 0.17)) return "RETIRED";
  return "LIVE";
}

function chooseGoLive(rng: Rng, name: string, status: DeploymentStatus): string | null {
  if (status === "PLANNED")
    return rng() < 0.85 ? dateBetween(rng, "2026-12-07", "2027-09-30") : null;
  const earliest = maxIso(addDays(model(name).releaseDate ?? "2023-01-01", 45), "2023-06-01");
  if (status === "LIVE") return dateBetween(rng, earliest, "2026-11-16");
  const latest = maxIso("2025-10-31", addDays(earliest, 120));
  return dateBetween(rng, earliest, latest);
}

function chooseFallback(rng: Rng, h: Hosting, name: string, kind: UseCaseKind): string | null {
  const options = [...new Set(h.models)].filter((m) => m !== name && fits(m, kind));
  if (options.length === 0) return null;
  const otherVendor = options.filter((m) => model(m).vendor !== model(name).vendor);
  return pick(rng, otherVendor.length > 0 ? otherVendor : options);
}

const clamp = (n: number) => Math.min(5, Math.max(1, n));

/** Log-uniform in [min, max], rounded to two significant figures. */
function users(rng: Rng, [min, max]: [number, number]): number {
  const x = Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min)));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.min(max, Math.max(min, Math.round(x / step) * step));
}

type Draft = Omit<SeedDeployment, "ref">;

/** Hand-written deployments the demo's stories rely on. */
// prettier-ignore
const STORIES: Draft[] = [
  { model: "Qwen2.5-72B", jurisdictionCode: "CN", cloudProvider: "ON_PREM", cloudRegion: "onprem-sha", processingScope: "REGIONAL", businessUnit: "Customer Service", useCase: "Customer chat assistant (Mandarin)", dataSensitivity: 3, businessCriticality: 4, users: 2_400, status: "LIVE", goLiveDate: "2025-03-10", fallbackModel: "Llama 3.3 70B" },
  { model: "DeepSeek-V3", jurisdictionCode: "CN", cloudProvider: "ON_PREM", cloudRegion: "onprem-sha", processingScope: "REGIONAL", businessUnit: "Engineering", useCase: "Code completion in the IDE", dataSensitivity: 2, businessCriticality: 3, users: 380, status: "LIVE", goLiveDate: "2025-04-22", fallbackModel: "Qwen3-235B-A22B" },
  { model: "GPT-4o", jurisdictionCode: "CN", cloudProvider: "AZURE", cloudRegion: "southeastasia", processingScope: "REGIONAL", businessUnit: "Marketing", useCase: "Localisation of marketing content", dataSensitivity: 1, businessCriticality: 2, users: 60, status: "RETIRED", goLiveDate: "2024-09-03", fallbackModel: null },
  { model: "Claude Sonnet 4", jurisdictionCode: "CN", cloudProvider: "AWS", cloudRegion: "ap-northeast-1", processingScope: "REGIONAL", businessUnit: "Engineering", useCase: "Pull-request review assistant", dataSensitivity: 2, businessCriticality: 2, users: 420, status: "PLANNED", goLiveDate: "2027-03-01", fallbackModel: "Llama 3.3 70B" },
  { model: "Llama 3.1 8B", jurisdictionCode: "RU", cloudProvider: "ON_PREM", cloudRegion: "onprem-mow", processingScope: "REGIONAL", businessUnit: "HR", useCase: "HR policy Q&A", dataSensitivity: 4, businessCriticality: 1, users: 150, status: "RETIRED", goLiveDate: "2024-09-02", fallbackModel: null },
  { model: "HyperCLOVA X", jurisdictionCode: "KR", cloudProvider: "VENDOR_API", cloudRegion: "vendor-kr", processingScope: "REGIONAL", businessUnit: "Customer Service", useCase: "Customer chat assistant (Korean)", dataSensitivity: 3, businessCriticality: 5, users: 18_000, status: "LIVE", goLiveDate: "2024-05-20", fallbackModel: "GPT-4o mini" },
  { model: "Qwen-Max", jurisdictionCode: "SG", cloudProvider: "VENDOR_API", cloudRegion: "vendor-sg", processingScope: "REGIONAL", businessUnit: "Marketing", useCase: "Localisation of marketing content", dataSensitivity: 1, businessCriticality: 2, users: 120, status: "PLANNED", goLiveDate: "2027-02-01", fallbackModel: "Gemini 2.5 Flash" },
  { model: "Luminous Supreme", jurisdictionCode: "DE", cloudProvider: "ON_PREM", cloudRegion: "onprem-fra", processingScope: "REGIONAL", businessUnit: "Legal & Compliance", useCase: "Contract clause extraction", dataSensitivity: 5, businessCriticality: 3, users: 240, status: "LIVE", goLiveDate: "2023-09-18", fallbackModel: "Pharia-1-LLM-7B" },
  { model: "Grok 3", jurisdictionCode: "US", cloudProvider: "VENDOR_API", cloudRegion: "vendor-us", processingScope: "GLOBAL", businessUnit: "Marketing", useCase: "Social listening summarisation", dataSensitivity: 1, businessCriticality: 1, users: 85, status: "LIVE", goLiveDate: "2025-06-16", fallbackModel: "Gemini 2.5 Flash" },
  { model: "Falcon 180B", jurisdictionCode: "AE", cloudProvider: "ON_PREM", cloudRegion: "onprem-dxb", processingScope: "REGIONAL", businessUnit: "Customer Service", useCase: "Customer chat assistant (Arabic)", dataSensitivity: 3, businessCriticality: 4, users: 3_200, status: "LIVE", goLiveDate: "2024-02-12", fallbackModel: "Llama 3.3 70B" },
  { model: "GPT-4.1", jurisdictionCode: "PL", cloudProvider: "AZURE", cloudRegion: "polandcentral", processingScope: "ZONE", businessUnit: "Retail Banking", useCase: "Branch staff policy assistant", dataSensitivity: 4, businessCriticality: 4, users: 6_800, status: "LIVE", goLiveDate: "2025-07-01", fallbackModel: "Mistral Large 2" },
  { model: "o3", jurisdictionCode: "IN", cloudProvider: "AZURE", cloudRegion: "centralindia", processingScope: "GLOBAL", businessUnit: "Risk", useCase: "Credit early-warning summarisation", dataSensitivity: 4, businessCriticality: 4, users: 140, status: "PLANNED", goLiveDate: "2027-01-15", fallbackModel: "GPT-4o" },
  { model: "Gemini 2.5 Pro", jurisdictionCode: "TW", cloudProvider: "GCP", cloudRegion: "asia-east1", processingScope: "REGIONAL", businessUnit: "Customer Service", useCase: "Agent reply suggestions", dataSensitivity: 3, businessCriticality: 4, users: 2_100, status: "LIVE", goLiveDate: "2025-09-01", fallbackModel: "Gemini 2.5 Flash" },
];

function generate(rng: Rng, country: string): Draft {
  const hostings = hostingsFor(country);
  for (let attempt = 0; attempt < 50; attempt++) {
    const bu = pickWeighted(rng, BUSINESS_UNITS, (b) => b.weight);
    const [useCase, kind] = pickWeighted(rng, bu.useCases, (u) => u[2]);
    const candidates = hostings.filter((h) => h.models.some((m) => fits(m, kind)));
    if (candidates.length === 0) continue;
    const h = pickWeighted(rng, candidates, (c) => c.weight);
    const name = pick(
      rng,
      h.models.filter((m) => fits(m, kind)),
    );
    const status = chooseStatus(rng, name);
    return {
      model: name,
      jurisdictionCode: country,
      cloudProvider: h.provider,
      cloudRegion: h.region,
      processingScope: chooseScope(rng, h.provider, h.region),
      businessUnit: bu.name,
      useCase,
      dataSensitivity: clamp(bu.sensitivity + pick(rng, [-1, 0, 0, 0, 1])),
      businessCriticality: clamp(bu.criticality + pick(rng, [-1, 0, 0, 1])),
      users: users(rng, bu.users),
      status,
      goLiveDate: chooseGoLive(rng, name, status),
      fallbackModel:
        status !== "RETIRED" && rng() < 0.45 ? chooseFallback(rng, h, name, kind) : null,
    };
  }
  throw new Error(`No hosting option in ${country} fits any use case`);
}

/** The demo inventory's deployments, numbered DEP-0001… in go-live order (planned last). */
export function buildDemoDeployments(): SeedDeployment[] {
  const rng = mulberry32(SEED);
  const drafts: Draft[] = [...STORIES];
  for (const [country, count] of Object.entries(COUNTRY_COUNTS)) {
    const told = STORIES.filter((s) => s.jurisdictionCode === country).length;
    for (let i = told; i < count; i++) drafts.push(generate(rng, country));
  }
  const key = (d: Draft) =>
    `${d.goLiveDate ?? "9999-12-31"}|${d.jurisdictionCode}|${d.useCase}|${d.model}`;
  drafts.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return drafts.map((d, i) => ({ ref: `DEP-${String(i + 1).padStart(4, "0")}`, ...d }));
}
