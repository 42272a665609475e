/** What a committed change announces to every server process and, through SSE, to every browser. */
export const CHANGES_CHANNEL = "tierscope_changes";

export interface ChangeEvent {
  /** e.g. "scenario.update" */
  action: string;
  entityType: string;
  entityId: string;
  /** ISO time the change was written */
  at: string;
}

export function parseChangeEvent(payload: string): ChangeEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<ChangeEvent>;
    if (
      typeof value.action === "string" &&
      typeof value.entityType === "string" &&
      typeof value.entityId === "string" &&
      typeof value.at === "string"
    )
      return value as ChangeEvent;
  } catch {
    // Someone else's NOTIFY on our channel: ignore it rather than break every open page.
  }
  return null;
}
