import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import { z } from "zod";
import { createGroupSchema } from "@/lib/validation/group";
import {
  contractFieldsSchema,
  deploymentFieldsShape,
  modelFieldsSchema,
  vendorFieldsSchema,
} from "@/lib/validation/inventory";
import { clauseCreateSchema } from "@/lib/validation/legal";
import { createScenarioSchema } from "@/lib/validation/scenario-actions";
import { createUserSchema } from "@/lib/validation/user";
import { actionId, demoEmail, signIn } from "./helpers";

/**
 * Script and markup typed into every free-text field — found from each form's zod schema, so a new
 * field is covered — is stored, then every page that shows it is opened in Chromium: the text is
 * shown as text, no dialog opens, no payload runs, and no element of the payload's markup exists.
 */

type JsonSchema = {
  properties?: Record<
    string,
    {
      type?: string;
      enum?: unknown[];
      pattern?: string;
      format?: string;
      maxLength?: number;
      anyOf?: { type?: string; format?: string; maxLength?: number; pattern?: string }[];
    }
  >;
};

/** The free-text fields of a schema (strings with no enum, pattern or format; not ids or codes). */
function textFields(schema: z.ZodType): { name: string; maxLength: number }[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return Object.entries(json.properties ?? {}).flatMap(([name, p]) => {
    const s = p.anyOf?.find((a) => a.type === "string") ?? p;
    const free = s.type === "string" && !("enum" in s && s.enum) && !s.pattern && !s.format;
    if (!free || /(Id|Code)$/.test(name) || name === "id" || name === "password") return [];
    return [{ name, maxLength: s.maxLength ?? 10_000 }];
  });
}

/** A payload for `field` of `what` that fits its length; each runs `window.__xss.push(tag)`. */
function payload(what: string, field: string, maxLength: number) {
  const tag = `${what}.${field}`.replace(/[^\w.]/g, "");
  const vectors = [
    `<img src=x data-xss onerror=__xss.push('${tag}')>`,
    `"><svg data-xss onload=__xss.push('${tag}')>`,
    `<script data-xss>__xss.push('${tag}')</script>`,
    `javascript:__xss.push('${tag}')`,
  ];
  let out = "";
  for (const v of vectors) if ((out + v).length <= maxLength) out += v;
  return out;
}

function withPayloads(what: string, schema: z.ZodType, base: Record<string, unknown>) {
  const values: Record<string, string> = {};
  for (const { name, maxLength } of textFields(schema))
    values[name] = payload(what, name, maxLength);
  return { body: { ...base, ...values }, values };
}

type Written = { id: string; values: Record<string, string> };

/**
 * Writes `base` with a payload in every text field. A field whose own rules refuse the payload
 * (a cloud region must be a known one, a date a date) is put back to its plain value, or left out,
 * and counted as refused.
 */
async function write(
  what: string,
  schema: z.ZodType,
  base: Record<string, unknown>,
  send: (
    body: Record<string, unknown>,
  ) => Promise<{ id?: string; fieldErrors?: Record<string, string[]> }>,
): Promise<Written> {
  const { body, values } = withPayloads(what, schema, base);
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await send(body);
    if (answer.id) return { id: answer.id, values };
    const refused = Object.keys(answer.fieldErrors ?? {}).filter((f) => f in values);
    expect(refused.length, `${what}: ${JSON.stringify(answer).slice(0, 300)}`).toBeGreaterThan(0);
    for (const field of refused) {
      delete values[field];
      if (field in base) body[field] = base[field];
      else delete body[field];
      refusedFields.push(`${what}.${field}`);
    }
  }
  throw new Error(`${what} could not be written`);
}
const refusedFields: string[] = [];

function viaApi(api: APIRequestContext, collection: string) {
  return async (body: Record<string, unknown>) => {
    const response = await api.post(`/api/${collection}`, { data: body });
    return (await response.json()) as { id?: string; fieldErrors?: Record<string, string[]> };
  };
}

function viaAction(api: APIRequestContext, pagePath: string, name: string) {
  return async (body: Record<string, unknown>) => {
    const response = await api.post(pagePath, {
      headers: {
        "Next-Action": actionId(name),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify([body]),
    });
    const text = await response.text();
    const id = /"ok":true,"data":\{"id":"([^"]+)"/.exec(text)?.[1];
    const errors = /"fieldErrors":(\{[^}]*\})/.exec(text)?.[1];
    return {
      id,
      fieldErrors: errors ? (JSON.parse(errors) as Record<string, string[]>) : undefined,
    };
  };
}

/** Opens `path`; nothing of the payloads may run or become markup, and `shown` must read as text. */
async function expectInert(page: Page, pathname: string, shown: string[], dialogs: string[]) {
  await page.goto(pathname);
  // "load" waits for images, so a broken <img>'s onerror would have run; the live-update stream
  // keeps the network busy, so "networkidle" never comes.
  await page.waitForLoadState("load");
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 60_000 });
  for (const text of shown)
    await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
  expect(
    await page.evaluate(() => (window as unknown as { __xss: string[] }).__xss),
    pathname,
  ).toEqual([]);
  expect(await page.locator("[data-xss]").count(), `${pathname}: payload markup in the DOM`).toBe(
    0,
  );
  expect(dialogs, pathname).toEqual([]);
}

test("script typed into every text field stays text on every page that shows it", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __xss: string[] }).__xss = [];
  });
  await signIn(page, demoEmail("ADMIN"));
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 60_000 });
  const api = page.request;

  const stamp = Date.now().toString(36).toUpperCase();
  const vendor = await write(
    "vendor",
    vendorFieldsSchema,
    { status: "ACTIVE", hqCode: null, website: null },
    viaApi(api, "vendors"),
  );
  const model = await write(
    "model",
    modelFieldsSchema,
    { vendorId: vendor.id, capabilityClass: "GENERAL", modality: "TEXT" },
    viaApi(api, "models"),
  );
  const sample = (await (await api.get("/api/deployments")).json()) as {
    rows: { cloudProvider: string; cloudRegion: string; processingScope: string }[];
  };
  const { cloudProvider, cloudRegion, processingScope } = sample.rows[0];
  const deployment = await write(
    "deployment",
    deploymentFieldsShape,
    {
      ref: `XSS-${stamp}`,
      modelId: model.id,
      jurisdictionCode: "FR",
      cloudProvider,
      cloudRegion,
      processingScope,
      dataSensitivity: 3,
      businessCriticality: 3,
      users: 10,
      status: "LIVE",
    },
    viaApi(api, "deployments"),
  );
  const contract = await write(
    "contract",
    contractFieldsSchema,
    { vendorId: vendor.id, effectiveDate: "2026-01-01" },
    viaApi(api, "contracts"),
  );
  const clause = await write(
    "clause",
    clauseCreateSchema,
    { contractId: contract.id, type: "EXPORT_CONTROL" },
    viaAction(api, `/contracts/${contract.id}`, "createClauseAction"),
  );
  const group = await write(
    "group",
    createGroupSchema,
    { members: ["FR"] },
    viaAction(api, "/groups", "createGroupAction"),
  );
  const scenario = await write(
    "scenario",
    createScenarioSchema,
    {},
    viaAction(api, "/scenarios", "createScenarioAction"),
  );
  const user = await write(
    "user",
    createUserSchema,
    {
      email: `xss-${stamp.toLowerCase()}@tierscope.local`,
      role: "VIEWER",
      password: "a long enough password",
    },
    viaAction(api, "/admin", "createUserAction"),
  );

  const first = (values: Record<string, string>) => Object.values(values).slice(0, 1);
  const pages: [string, string[]][] = [
    ["/vendors", first(vendor.values)],
    [`/vendors/${vendor.id}`, first(vendor.values)],
    ["/models", first(model.values)],
    [`/models/${model.id}`, first(model.values)],
    ["/deployments", []],
    [`/deployments/${deployment.id}`, first(deployment.values)],
    ["/contracts", first(contract.values)],
    [`/contracts/${contract.id}`, [...first(contract.values), ...first(clause.values)]],
    ["/groups", first(group.values)],
    [`/groups/${group.id}`, first(group.values)],
    ["/scenarios", first(scenario.values)],
    [`/scenarios/${scenario.id}`, first(scenario.values)],
    ["/admin", first(user.values)],
    ["/audit", []],
    ["/", []],
    ["/matrix", []],
    ["/renewals", []],
    ["/attention", []],
  ];
  for (const [pathname, shown] of pages) await expectInert(page, pathname, shown, dialogs);
  console.log(
    `xss: ${[vendor, model, deployment, contract, clause, group, scenario, user].reduce((n, w) => n + Object.keys(w.values).length, 0)} text fields carried payloads ` +
      `(refused by their own rules: ${refusedFields.join(", ") || "none"}), ${pages.length} pages opened, none ran`,
  );
});
