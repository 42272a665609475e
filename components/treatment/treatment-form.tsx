"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { TREATMENT_KINDS, TREATMENT_LABELS } from "@/lib/domain/treatment/needs-attention";

export interface TreatmentValues {
  version: number;
  kind: string;
  ownerId: string;
  reviewDate: string;
  plan: string;
  dueDate: string;
  approverId: string;
  reason: string;
  expiresAt: string;
  alternativeModelId: string;
}

/** Owner, review date and treatment of one deployment, saved through the REST API. */
export function TreatmentForm({
  deploymentId,
  initial,
  users,
  approvers,
  alternatives,
}: {
  deploymentId: string;
  initial: TreatmentValues;
  users: { id: string; name: string }[];
  approvers: { id: string; name: string }[];
  alternatives: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const field = (key: keyof TreatmentValues) => ({
    id: `t-${key}`,
    value: String(v[key]),
    onChange: (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value }),
  });

  async function save() {
    setError(null);
    setSaved(false);
    const response = await fetch(`/api/deployments/${deploymentId}/treatment`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(v),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const fields = Object.values((json.fieldErrors ?? {}) as Record<string, string[]>).flat();
      setError([json.message, ...fields].filter(Boolean).join(" "));
      return;
    }
    setV({ ...v, version: json.version });
    setSaved(true);
    router.refresh();
  }

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id="t-ownerId" label="Owner">
        <Select {...field("ownerId")}>
          <option value="">No owner</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="t-reviewDate" label="Review date">
        <Input type="date" {...field("reviewDate")} />
      </Field>
      <Field id="t-kind" label="Treatment">
        <Select {...field("kind")}>
          <option value="NONE">None yet</option>
          {TREATMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {TREATMENT_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      {v.kind === "MITIGATE" && (
        <>
          <Field id="t-dueDate" label="Plan due">
            <Input type="date" {...field("dueDate")} />
          </Field>
          <div className="sm:col-span-2">
            <Field id="t-plan" label="Mitigation plan">
              <Textarea rows={3} {...field("plan")} />
            </Field>
          </div>
        </>
      )}
      {v.kind === "AVOID" && (
        <Field id="t-alternativeModelId" label="Switch to">
          <Select {...field("alternativeModelId")}>
            <option value="">Choose an alternative</option>
            {alternatives.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {v.kind === "ACCEPT" && (
        <>
          <Field id="t-approverId" label="Approved by">
            <Select {...field("approverId")}>
              <option value="">Choose an approver</option>
              {approvers.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="t-expiresAt" label="Acceptance expires">
            <Input type="date" {...field("expiresAt")} />
          </Field>
        </>
      )}
      {(v.kind === "ACCEPT" || v.kind === "TRANSFER" || v.kind === "AVOID") && (
        <div className="sm:col-span-2">
          <Field id="t-reason" label={v.kind === "TRANSFER" ? "How is it transferred?" : "Reason"}>
            <Textarea rows={2} {...field("reason")} />
          </Field>
        </div>
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button onClick={save}>Save treatment</Button>
        {saved && (
          <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Treatment saved.
          </span>
        )}
        {error && (
          <span role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
