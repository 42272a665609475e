import { Link } from "@/components/ui/link";
import { Section } from "@/components/inventory/detail-parts";
import type { Alternative, DeploymentResult } from "@/lib/domain";
import type { Band } from "@/lib/domain/bands";
import {
  ATTENTION_LABELS,
  attentionReason,
  needsTreatment,
  TREATMENT_LABELS,
} from "@/lib/domain/treatment/needs-attention";
import { can, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { ACCEPTING_ROLES } from "@/lib/validation/treatment";
import { TreatmentForm } from "./treatment-form";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The deployment's owner and treatment: read by everyone, edited by who may edit deployments. */
export async function TreatmentSection({
  deploymentId,
  result,
  appetite,
  asOf,
  alternatives,
  role,
}: {
  deploymentId: string;
  result: DeploymentResult;
  appetite: Band;
  asOf: string;
  alternatives: Alternative[];
  role: Role;
}) {
  const [t, users] = await Promise.all([
    db.deploymentTreatment.findUnique({ where: { deploymentId } }),
    db.user.findMany({
      where: { disabledAt: null },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const reason = attentionReason(
    result,
    appetite,
    t
      ? {
          kind: t.kind,
          dueDate: iso(t.dueDate),
          expiresAt: iso(t.expiresAt),
          reviewDate: iso(t.reviewDate),
        }
      : undefined,
    asOf,
  );
  const editable = can(role, "update", "deployment");
  return (
    <Section title="Treatment">
      <div data-testid="treatment" className="flex flex-col gap-3 text-sm">
        <p>
          {needsTreatment(result, appetite)
            ? `Needs a treatment: ${result.finding ? "a compliance finding" : "above the risk appetite"}.`
            : "Within the risk appetite."}{" "}
          {t?.kind ? (
            <>
              Treatment: <strong>{TREATMENT_LABELS[t.kind]}</strong>
              {t.kind === "ACCEPT" &&
                ` by ${names.get(t.approverId ?? "") ?? "unknown"} until ${iso(t.expiresAt)}`}
              {t.kind === "MITIGATE" && `, due ${iso(t.dueDate)}`}. Owner:{" "}
              {names.get(t.ownerId ?? "") ?? "none"}.
            </>
          ) : (
            "No treatment recorded."
          )}
        </p>
        {reason && (
          <p role="note" className="font-medium text-amber-800 dark:text-amber-300">
            Needs attention: {ATTENTION_LABELS[reason]}.
          </p>
        )}
        {editable && t?.kind === "AVOID" && t.alternativeModelId && (
          <Link
            href={`/deployments/${deploymentId}/edit?model=${t.alternativeModelId}`}
            className="text-sky-700 underline dark:text-sky-400"
          >
            Switch this deployment to the alternative
          </Link>
        )}
        {editable && (
          <TreatmentForm
            deploymentId={deploymentId}
            users={users}
            approvers={users.filter((u) => (ACCEPTING_ROLES as readonly string[]).includes(u.role))}
            alternatives={alternatives.map((a) => ({ id: a.modelId, name: a.modelName }))}
            initial={{
              version: t?.version ?? 0,
              kind: t?.kind ?? "NONE",
              ownerId: t?.ownerId ?? "",
              reviewDate: iso(t?.reviewDate ?? null),
              plan: t?.plan ?? "",
              dueDate: iso(t?.dueDate ?? null),
              approverId: t?.approverId ?? "",
              reason: t?.reason ?? "",
              expiresAt: iso(t?.expiresAt ?? null),
              alternativeModelId: t?.alternativeModelId ?? "",
            }}
          />
        )}
      </div>
    </Section>
  );
}
