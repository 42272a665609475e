import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { AuditLogFilters } from "@/lib/validation/audit-log";

const label = "text-xs font-medium text-zinc-700 dark:text-zinc-300";

/** A plain GET form: the filters live in the URL, so a filtered log can be shared and bookmarked. */
export function AuditFilters({
  filters,
  entityTypes,
  actors,
}: {
  filters: AuditLogFilters;
  entityTypes: string[];
  actors: { id: string; name: string; email: string }[];
}) {
  return (
    <form
      method="get"
      action="/audit"
      className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8"
      aria-label="Filter the audit log"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="f-entityType" className={label}>
          Entity type
        </label>
        <Select id="f-entityType" name="entityType" defaultValue={filters.entityType ?? ""}>
          <option value="">Any</option>
          {entityTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-actor" className={label}>
          Actor
        </label>
        <Select id="f-actor" name="actorId" defaultValue={filters.actorId ?? ""}>
          <option value="">Anyone</option>
          <option value="system">System</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-action" className={label}>
          Action
        </label>
        <Input
          id="f-action"
          name="action"
          placeholder="e.g. update"
          defaultValue={filters.action ?? ""}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-entityId" className={label}>
          Entity id
        </label>
        <Input id="f-entityId" name="entityId" defaultValue={filters.entityId ?? ""} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-from" className={label}>
          From
        </label>
        <Input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-to" className={label}>
          To
        </label>
        <Input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      {filters.requestId && <input type="hidden" name="requestId" value={filters.requestId} />}
      <div className="col-span-2 flex items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Link href="/audit" className="inline-flex h-9 items-center px-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
