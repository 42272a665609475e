/** The demo server the journeys run against (scripts/e2e-server.mjs on E2E_PORT). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
