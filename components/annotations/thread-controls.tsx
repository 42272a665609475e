"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import {
  replyToAnnotationAction,
  setAnnotationStatusAction,
} from "@/app/(app)/contracts/[id]/clauses/actions";
import { MentionPicker } from "./clause-annotator";

/** Reply, resolve and reopen for one annotation thread (shown only to roles that may use them). */
export function ThreadControls({
  id,
  version,
  resolved,
  people,
}: {
  id: string;
  version: number;
  resolved: boolean;
  people: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [replying, setReplying] = useState(false);
  const [body, setBody] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reply(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await replyToAnnotationAction({ parentId: id, body, mentions });
    setBusy(false);
    if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.message);
    setBody("");
    setMentions([]);
    setReplying(false);
    setError(null);
    router.refresh();
  }

  async function toggle() {
    setBusy(true);
    const result = await setAnnotationStatusAction({
      id,
      version,
      status: resolved ? "OPEN" : "RESOLVED",
    });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {replying ? (
        <form onSubmit={reply} aria-label="Reply to annotation" className="space-y-2">
          <label className="block text-sm">
            <span className="mb-1 block font-medium">Reply</span>
            <Textarea value={body} onChange={(e) => setBody(e.target.value)} required />
          </label>
          <MentionPicker people={people} value={mentions} onChange={setMentions} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={busy}>
              Post reply
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setReplying(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => setReplying(true)}>
            Reply
          </Button>
          <Button variant="ghost" size="sm" onClick={toggle} disabled={busy}>
            {resolved ? "Reopen" : "Resolve"}
          </Button>
        </div>
      )}
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
