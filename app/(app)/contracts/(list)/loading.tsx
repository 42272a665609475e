import { TableSkeleton } from "@/components/data-table/table-skeleton";

export default function Loading() {
  return <TableSkeleton title="contracts" />;
}
