import { expect, test, type APIRequestContext } from "./fixtures";
import { signInAs } from "./helpers";

/**
 * What an attacker or a broken client sends to the REST API: refused with a plain 4xx, and
 * nothing changes. And the headers that keep pages from being framed or injected into.
 */

async function vendorCount(api: APIRequestContext, q: string) {
  const response = await api.get(`/api/vendors?q=${encodeURIComponent(q)}&archived=1`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { total: number }).total;
}

test("cross-site and wrongly typed writes are refused and change nothing", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "COMPLIANCE", "/vendors");
  const api = page.request;
  const name = `Cross Site ${Date.now()}`;

  const crossSite = await api.post("/api/vendors", {
    data: { name, status: "ACTIVE" },
    headers: { Origin: "http://127.0.0.1:9999" },
  });
  expect(crossSite.status()).toBe(403);
  expect(((await crossSite.json()) as { message: string }).message).toMatch(/another web site/);

  const fetchedCrossSite = await api.post("/api/vendors", {
    data: { name, status: "ACTIVE" },
    headers: { "Sec-Fetch-Site": "cross-site" },
  });
  expect(fetchedCrossSite.status()).toBe(403);

  // A form on another site can send text/plain without a preflight: not a type we accept.
  const plain = await api.post("/api/vendors", {
    data: JSON.stringify({ name, status: "ACTIVE" }),
    headers: { "Content-Type": "text/plain" },
  });
  expect(plain.status()).toBe(415);
  const plainImport = await api.post("/api/import/vendors?mode=commit", {
    data: `name,status\n${name},ACTIVE\n`,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL! },
  });
  expect(plainImport.status()).toBe(415);

  // The same request from this site works.
  const sameSite = await api.post("/api/vendors", {
    data: { name, status: "ACTIVE" },
    headers: { Origin: baseURL! },
  });
  expect(sameSite.status()).toBe(201);
  expect(await vendorCount(api, name)).toBe(1);
});

test("malformed input gets a 4xx with a plain message, never a 500", async ({ page }) => {
  await signInAs(page, "COMPLIANCE", "/vendors");
  const api = page.request;
  const stamp = Date.now();
  const cases: { label: string; send: () => Promise<{ status(): number }>; status: number }[] = [
    {
      label: "NUL byte in a name",
      send: () =>
        api.post("/api/vendors", { data: { name: `Nul\u0000${stamp}`, status: "ACTIVE" } }),
      status: 422,
    },
    {
      label: "lone UTF-16 surrogate",
      send: () =>
        api.post("/api/vendors", {
          data: `{"name":"Half \\ud800 ${stamp}","status":"ACTIVE"}`,
          headers: { "Content-Type": "application/json" },
        }),
      status: 422,
    },
    {
      label: "javascript: website",
      send: () =>
        api.post("/api/vendors", {
          data: { name: `Js ${stamp}`, status: "ACTIVE", website: "javascript:alert(1)" },
        }),
      status: 422,
    },
    {
      label: "contract dated 0000-01-01",
      send: () =>
        api.post("/api/contracts", {
          data: { vendorId: "x", title: `Old ${stamp}`, effectiveDate: "0000-01-01" },
        }),
      status: 422,
    },
    {
      label: "version ≥ 2^31",
      send: () => api.patch("/api/vendors/some-id", { data: { version: 2 ** 31, name: "x" } }),
      status: 422,
    },
    {
      label: "?version=1e10",
      send: () => api.delete("/api/vendors/some-id?version=1e10"),
      status: 422,
    },
    { label: "%00 in a path id", send: () => api.get("/api/vendors/abc%00def"), status: 404 },
    { label: "%ZZ in a path id", send: () => api.get("/api/vendors/abc%ZZ"), status: 400 },
    { label: "%ZZ in a page path", send: () => api.get("/vendors/abc%ZZ"), status: 400 },
    {
      label: "a list and a boolean where numbers belong",
      send: () =>
        api.post("/api/deployments", {
          data: { ref: `DEP-X${stamp}`, users: [], dataSensitivity: true },
        }),
      status: 422,
    },
    {
      label: "body that is not JSON",
      send: () =>
        api.post("/api/vendors", {
          data: "{not json",
          headers: { "Content-Type": "application/json" },
        }),
      status: 422,
    },
  ];
  for (const c of cases) {
    const response = await c.send();
    expect(response.status(), c.label).toBe(c.status);
  }
  expect(await vendorCount(api, String(stamp))).toBe(0);
});

test("an upload over the limit without a Content-Length is refused whole, not cut", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "COMPLIANCE", "/import/vendors");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const stamp = Date.now();
  const row = (i: number) => `Chunked ${stamp} ${i},ACTIVE,${"x".repeat(3_900)}\n`;
  // ≈ 11 MB in 4 KB rows, streamed chunked (no Content-Length), as a browser or proxy may send it.
  const rows = 2_800;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      controller.enqueue(encoder.encode("name,status,notes\n"));
      for (let i = 0; i < rows; i++) controller.enqueue(encoder.encode(row(i)));
      controller.close();
    },
  });
  const response = await fetch(`${baseURL}/api/import/vendors?mode=commit`, {
    method: "POST",
    headers: { cookie, "content-type": "text/csv" },
    body,
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(((await response.json()) as { message: string }).message).toMatch(/larger than 10 MB/);
  expect(await vendorCount(page.request, `Chunked ${stamp}`)).toBe(0);
});

test("pages carry a nonce-based CSP and cannot be framed, and still run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const login = await page.goto("/login");
  const headers = login!.headers();
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);

  // Hydrated under the policy: signing in (a client-side form) works and the matrix renders.
  await signInAs(page, "COMPLIANCE", "/matrix");
  await expect(page.getByRole("heading", { name: /matrix/i }).first()).toBeVisible();
  const api = await page.request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(violations).toEqual([]);
});

test("signing out ends the session on the server: a copied cookie stops working at once", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInAs(page, "LEGAL", "/vendors");
  const cookies = await page.context().cookies();
  // Someone copies the session cookie into another browser…
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(cookies);
  expect((await thief.request.get("/api/vendors")).status()).toBe(200);

  // …the owner signs out…
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/login/);

  // …and the copied cookie is refused, by the API and by pages.
  expect((await thief.request.get("/api/vendors")).status()).toBe(401);
  const stolenPage = await thief.newPage();
  await stolenPage.goto("/vendors");
  await expect(stolenPage).toHaveURL(/\/login/);
  await thief.close();
});

test("disabling a user closes their open live-update stream and signs them out", async ({
  page,
  browser,
  baseURL,
}) => {
  const viewer = await browser.newContext({ baseURL });
  const viewerPage = await viewer.newPage();
  await signInAs(viewerPage, "VIEWER", "/");
  await expect(viewerPage.getByTestId("live-status")).toHaveAttribute("data-connected", "true");

  await signInAs(page, "ADMIN", "/admin");
  const row = page.getByRole("row").filter({ hasText: "viewer@tierscope.local" });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();

  // The viewer's page hears it on its stream and lands on sign-in, without reloading by hand.
  await expect(viewerPage).toHaveURL(/\/login/, { timeout: 10_000 });
  expect((await viewer.request.get("/api/vendors")).status()).toBe(401);

  // Re-enable, so later journeys can sign in as the viewer.
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row.getByRole("button", { name: "Disable" })).toBeVisible();
  await viewer.close();
});
