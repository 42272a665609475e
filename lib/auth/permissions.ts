/**
 * Who may do what, as data: role × (action, entity). Reading the inventory, the matrix and the
 * scenarios is open to every signed-in role; everything listed here is a mutation or a restricted view.
 * Checked on the server by the guards in lib/server/guards.ts; the UI only hides what they refuse.
 */
export const ROLES = ["ADMIN", "COMPLIANCE", "LEGAL", "EXECUTIVE", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  COMPLIANCE: "Compliance officer",
  LEGAL: "Legal",
  EXECUTIVE: "Executive",
  VIEWER: "Viewer",
};

export const ENTITIES = [
  "vendor",
  "model",
  "deployment",
  "contract",
  "clause",
  "annotation",
  "scenario",
  "countryGroup",
  "user",
  "auditLog",
  "snapshot",
  "methodology",
] as const;
export type Entity = (typeof ENTITIES)[number];

export const ACTIONS = [
  "read",
  "create",
  "update",
  "archive",
  "import",
  "activate",
  "resolve",
] as const;
export type Action = (typeof ACTIONS)[number];

export type Permission = `${Action}:${Entity}`;

const INVENTORY: Permission[] = [
  "create:vendor",
  "update:vendor",
  "archive:vendor",
  "import:vendor",
  "create:model",
  "update:model",
  "archive:model",
  "import:model",
  "create:deployment",
  "update:deployment",
  "archive:deployment",
  "import:deployment",
  "create:contract",
  "update:contract",
  "archive:contract",
  "create:clause",
  "update:clause",
  "archive:clause",
];
const POLICY: Permission[] = [
  "create:scenario",
  "update:scenario",
  "archive:scenario",
  "activate:scenario",
  "create:countryGroup",
  "update:countryGroup",
  "archive:countryGroup",
  "create:snapshot",
];
const ANNOTATING: Permission[] = ["create:annotation", "update:annotation", "resolve:annotation"];

/** Every permission a role holds. Anything absent is denied. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([
    ...INVENTORY,
    ...POLICY,
    ...ANNOTATING,
    "read:user",
    "create:user",
    "update:user",
    "archive:user",
    "read:auditLog",
    // The risk methodology is the organisation's policy on scoring: administrators only.
    "update:methodology",
  ]),
  COMPLIANCE: new Set<Permission>([...INVENTORY, ...POLICY, ...ANNOTATING, "read:auditLog"]),
  // Legal adds, edits and assesses clauses and annotates them; assessments change residual risk.
  LEGAL: new Set<Permission>(["create:clause", "update:clause", ...ANNOTATING, "read:auditLog"]),
  EXECUTIVE: new Set<Permission>(["create:snapshot", "read:auditLog"]),
  VIEWER: new Set<Permission>([]),
};

export function can(role: Role, action: Action, entity: Entity): boolean {
  return ROLE_PERMISSIONS[role].has(`${action}:${entity}`);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
