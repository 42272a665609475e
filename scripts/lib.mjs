// Small process helpers shared by the start, test and e2e scripts (plain Node, no build step).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Loads ./.env into process.env (without overriding what is set) so every step sees one config. */
export function loadDotEnv() {
  const file = path.join(root, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** AUTH_SECRET from the environment, else one generated once and kept in .data/ (never committed). */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

/**
 * The environment for the production server: 64 MB young-generation semi-spaces instead of V8's
 * 16 MB. Rendering a page allocates a lot of short-lived objects; with the default, scavenges ran
 * often enough to cost ≈ 1.5 ms of CPU per matrix page (measured with --cpu-prof). An explicit
 * --max-semi-space-size in NODE_OPTIONS wins. It also preloads the peer-address stamp.
 */
export function serverEnv(env = process.env) {
  let options = env.NODE_OPTIONS ?? "";
  if (!options.includes("--max-semi-space-size")) options += " --max-semi-space-size=64";
  return { ...env, NODE_OPTIONS: `${options} ${PEER_ADDRESS}`.trim() };
}

/**
 * Every server process (production and development) preloads this: the real client address of
 * each request, for the sign-in throttle (scripts/peer-address.mjs).
 */
export const PEER_ADDRESS = `--import ${JSON.stringify(path.join(root, "scripts", "peer-address.mjs"))}`;

export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: quiet ? "pipe" : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code}\n${output}`),
          ),
    );
  });
}
