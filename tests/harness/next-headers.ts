/**
 * Stands in for Next.js's request scope in in-process tests: `headers()` returns the headers of
 * the request being handled (set by the harness with `requestHeaders.run`). Used as the factory of
 * `vi.mock("next/headers", …)`.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export const requestHeaders = new AsyncLocalStorage<Headers>();

const current = () => requestHeaders.getStore() ?? new Headers();

export const nextHeaders = {
  headers: async () => current(),
  cookies: async () => {
    const pairs = (current().get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      .map((p) => {
        const at = p.indexOf("=");
        return { name: p.slice(0, at), value: p.slice(at + 1) };
      });
    return {
      get: (name: string) => pairs.find((p) => p.name === name),
      getAll: () => pairs,
      has: (name: string) => pairs.some((p) => p.name === name),
    };
  },
};
