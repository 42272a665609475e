import type { ReactNode } from "react";
import { can } from "@/lib/auth/permissions";
import { countAssignedAnnotations } from "@/lib/server/annotations/list-assigned-annotations";
import { countRenewals } from "@/lib/server/contracts/list-renewals";
import { countNeedsAttention } from "@/lib/server/treatment/count-needs-attention";
import { db } from "@/lib/server/db/client";
import { requireUser } from "@/lib/server/guards";
import { listScenarioOptions, resolveScenarioId } from "@/lib/server/engine/get-evaluation";
import { ScenarioLinkKeeper } from "@/components/shell/scenario-link-keeper";
import { ViewedScenario } from "@/components/shell/viewed-scenario";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { Sidebar } from "@/components/shell/sidebar";
import { UserMenu } from "@/components/shell/user-menu";
import { signOutAction } from "./sign-out-action";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const legal = can(user.role, "update", "clause");
  const [scenarios, fallbackId, assigned, renewals, attention] = await Promise.all([
    listScenarioOptions(),
    resolveScenarioId(),
    countAssignedAnnotations(db, user.id),
    legal ? countRenewals(db) : 0,
    countNeedsAttention(),
  ]);
  const items = NAV_ITEMS.filter(
    (i) => !i.requires || can(user.role, i.requires[0], i.requires[1]),
  ).map((i) =>
    i.href === "/assigned"
      ? { ...i, count: assigned }
      : i.href === "/renewals"
        ? { ...i, count: renewals }
        : i.href === "/attention"
          ? { ...i, count: attention }
          : i,
  );
  return (
    <div className="sidebar-column min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-sky-800 focus:underline dark:focus:bg-zinc-900 dark:focus:text-sky-300"
      >
        Skip to content
      </a>
      <Sidebar items={items} />
      <div className="md:pl-56">
        <ScenarioLinkKeeper />
        <header className="sticky top-0 z-10 flex h-14 items-center justify-end gap-3 border-b border-zinc-200 bg-white/90 px-4 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
          <ViewedScenario scenarios={scenarios} fallbackId={fallbackId} />
          <UserMenu
            name={user.name}
            email={user.email}
            role={user.role}
            signOutAction={signOutAction}
          />
        </header>
        <main id="main" className="mx-auto max-w-[1600px] p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
