/** Where an audited entity is shown, or null when it has no page of its own. */
export function entityHref(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case "vendor":
      return `/vendors/${id}`;
    case "model":
      return `/models/${id}`;
    case "deployment":
      return `/deployments/${id}`;
    case "contract":
      return `/contracts/${id}`;
    case "scenario":
      return `/scenarios/${id}`;
    case "countryGroup":
    case "group":
      return `/groups/${id}`;
    case "user":
      return "/admin";
    case "import":
      return `/audit?requestId=${id}`;
    default:
      return null;
  }
}
