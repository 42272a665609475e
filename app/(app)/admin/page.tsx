import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { format } from "date-fns";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db/client";
import { requirePagePermission } from "@/lib/server/guards";
import { listUsers } from "@/lib/server/users/list-users";
import { CreateUserForm } from "./create-user-form";
import { UserRowControls } from "./user-row-controls";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const me = await requirePagePermission("read", "user");
  const users = await listUsers(db);
  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Create accounts, change roles and disable accounts. Every change is written to the audit log."
      />
      <p className="mb-4 text-sm">
        <Link href="/admin/methodology" className="text-sky-700 underline dark:text-sky-400">
          Risk methodology
        </Link>{" "}
        — scales, bands, weights, clause effects and the risk appetite, with their versions.
      </p>
      <Card className="mb-6">
        <h2 className="mb-3 font-medium">New user</h2>
        <CreateUserForm />
      </Card>
      <Table aria-label="Users">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Email</Th>
            <Th>Status</Th>
            <Th>Created</Th>
            <Th>Role and access</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.email}`}>
              <Td className="font-medium">
                {u.name}
                {u.id === me.id && (
                  <span className="ml-1 text-xs text-zinc-500 dark:text-zinc-400">(you)</span>
                )}
              </Td>
              <Td>{u.email}</Td>
              <Td>
                {u.disabledAt ? (
                  <Badge className="border-red-300 text-red-800 dark:text-red-300">Disabled</Badge>
                ) : (
                  <Badge>Active · {ROLE_LABELS[u.role]}</Badge>
                )}
              </Td>
              <Td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                {format(u.createdAt, "yyyy-MM-dd")}
              </Td>
              <Td>
                <UserRowControls
                  id={u.id}
                  email={u.email}
                  role={u.role}
                  disabled={!!u.disabledAt}
                  version={u.version}
                  isSelf={u.id === me.id}
                />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
