import { expect, test, type APIRequestContext } from "./fixtures";
import { actionId, signInAs } from "./helpers";

/** Calls a server action directly, the way the browser does, bypassing any UI. */
function forgeAction(request: APIRequestContext, pagePath: string, name: string, args: unknown[]) {
  return request.post(pagePath, {
    headers: {
      "Next-Action": actionId(name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify(args),
  });
}

async function vendorCount(request: APIRequestContext, q: string) {
  const response = await request.get(`/api/vendors?q=${encodeURIComponent(q)}&archived=1`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { total: number }).total;
}

test("an executive sees no edit controls, and forged requests as the executive change nothing", async ({
  page,
  browser,
}) => {
  await signInAs(page, "EXECUTIVE", "/vendors");
  await expect(page.getByRole("heading", { name: "Vendors" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New vendor" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
  await page.getByRole("link", { name: "Mistral AI", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Mistral AI" })).toBeVisible();
  const vendorPath = new URL(page.url()).pathname;
  const vendorId = vendorPath.split("/").pop()!;
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await page.goto(`${vendorPath}/edit`);
  await expect(
    page.getByRole("heading", { name: "You don't have access to this page" }),
  ).toBeVisible();

  // Forged HTTP requests to the REST API with the executive's cookies.
  const api = page.request;
  const created = await api.post("/api/vendors", {
    data: { name: "Forged Vendor API", status: "ACTIVE" },
  });
  expect(created.status()).toBe(403);
  const current = (await (await api.get(`/api/vendors/${vendorId}`)).json()) as {
    version: number;
    name: string;
  };
  const patched = await api.patch(`/api/vendors/${vendorId}`, {
    data: { version: current.version, name: "Forged rename" },
  });
  expect(patched.status()).toBe(403);
  const archived = await api.delete(`/api/vendors/${vendorId}?version=${current.version}`);
  expect(archived.status()).toBe(403);

  // A forged server-action call, first as a compliance officer to prove the forgery itself works…
  const officer = await browser.newPage();
  await signInAs(officer, "COMPLIANCE", vendorPath);
  const allowed = await forgeAction(officer.request, vendorPath, "createVendorAction", [
    { name: "Forged Vendor Control", status: "ACTIVE" },
  ]);
  expect(allowed.ok()).toBe(true);
  expect(await vendorCount(officer.request, "Forged Vendor Control")).toBe(1);
  await officer.close();

  // …then the same call as the executive: refused, nothing written.
  const refused = await forgeAction(api, vendorPath, "createVendorAction", [
    { name: "Forged Vendor Action", status: "ACTIVE" },
  ]);
  expect(await refused.text()).toContain("Your role does not allow this.");
  const renamed = await forgeAction(api, vendorPath, "updateVendorAction", [
    { id: vendorId, version: current.version, name: "Forged rename", status: "ACTIVE" },
  ]);
  expect(await renamed.text()).toContain("Your role does not allow this.");

  expect(await vendorCount(api, "Forged Vendor API")).toBe(0);
  expect(await vendorCount(api, "Forged Vendor Action")).toBe(0);
  expect(await vendorCount(api, "Forged rename")).toBe(0);
  const after = (await (await api.get(`/api/vendors/${vendorId}`)).json()) as {
    version: number;
    name: string;
  };
  expect(after).toMatchObject({ name: "Mistral AI", version: current.version });
});
