"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { updateUserAction } from "./actions";

export function UserRowControls({
  id,
  email,
  role,
  disabled,
  version,
  isSelf,
}: {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  version: number;
  isSelf: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = (patch: { role?: Role; disabled?: boolean }, done: string) =>
    start(async () => {
      const result = await updateUserAction({ id, version, ...patch });
      if (result.ok) toast.success(done);
      else toast.error(result.message);
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        Role of {email}
      </label>
      <Select
        id={`role-${id}`}
        className="w-44"
        value={role}
        disabled={pending || isSelf}
        onChange={(e) =>
          run(
            { role: e.target.value as Role },
            `${email} is now ${ROLE_LABELS[e.target.value as Role]}`,
          )
        }
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      <Button
        variant={disabled ? "secondary" : "danger"}
        size="sm"
        disabled={pending || isSelf}
        onClick={() =>
          run({ disabled: !disabled }, disabled ? `Re-enabled ${email}` : `Disabled ${email}`)
        }
      >
        {disabled ? "Enable" : "Disable"}
      </Button>
    </div>
  );
}
