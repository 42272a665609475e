import { Link } from "@/components/ui/link";
import { CircleCheck, Circle } from "lucide-react";
import { can, type Action, type Entity, type Role } from "@/lib/auth/permissions";
import type { GettingStartedStep } from "@/lib/server/setup/getting-started";

interface StepLink {
  href: string;
  label: string;
  /** null: every role may follow it (reading is open to all) */
  permission: [Action, Entity] | null;
}

/** Add one with the form, or many from a CSV file: the two ways into the inventory. */
const addOrImport = (path: string, entity: Entity, one: string, many: string): StepLink[] => [
  { href: `/${path}/new`, label: `Add ${one}`, permission: ["create", entity] },
  {
    href: `/import/${path}`,
    label: `Import ${many} from a CSV file`,
    permission: ["import", entity],
  },
];

const STEPS: { id: GettingStartedStep; title: string; text: string; links: StepLink[] }[] = [
  {
    id: "vendors",
    title: "Add your AI vendors",
    text: "The companies whose models you use, with their country of origin.",
    links: addOrImport("vendors", "vendor", "a vendor", "vendors"),
  },
  {
    id: "models",
    title: "Add the models you use",
    text: "Each model's facts (origin, published weights, training compute) decide which rules apply to it.",
    links: addOrImport("models", "model", "a model", "models"),
  },
  {
    id: "deployments",
    title: "Record your deployments",
    text: "Which model runs where (country, cloud region), for which business unit, with what data.",
    links: addOrImport("deployments", "deployment", "a deployment", "deployments"),
  },
  {
    id: "scenarios",
    title: "Choose the scenarios that matter",
    text: "Make the one that describes today active, archive the what-ifs you will not use, or add your own.",
    links: [{ href: "/scenarios", label: "Review the scenarios", permission: null }],
  },
];

/**
 * The first steps of an install set up empty, shown on the overview until all are done. Each step
 * links to where it is done; a role that may not do a step is told who can.
 */
export function GettingStartedPanel({
  steps,
  role,
}: {
  steps: Record<GettingStartedStep, boolean>;
  role: Role;
}) {
  const done = Object.values(steps).filter(Boolean).length;
  return (
    <section
      aria-labelledby="getting-started-title"
      data-testid="getting-started"
      className="mb-6 rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/40"
    >
      <h2 id="getting-started-title" className="font-semibold">
        Getting started
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        This install started empty: {done} of {STEPS.length} first steps done. This panel goes away
        once they all are.
      </p>
      <ol className="mt-3 flex flex-col gap-3">
        {STEPS.map((step, i) => {
          const isDone = steps[step.id];
          const links = step.links.filter((l) => !l.permission || can(role, ...l.permission));
          return (
            <li
              key={step.id}
              data-testid={`getting-started-${step.id}`}
              data-done={isDone}
              className="flex gap-3"
            >
              {isDone ? (
                <CircleCheck
                  aria-hidden
                  className="mt-0.5 size-5 shrink-0 text-emerald-700 dark:text-emerald-400"
                />
              ) : (
                <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-zinc-500" />
              )}
              <div className="text-sm">
                <p className="font-medium">
                  {i + 1}. {step.title}
                  <span className="ml-2 text-xs font-normal text-zinc-600 dark:text-zinc-400">
                    {isDone ? "Done" : "To do"}
                  </span>
                </p>
                <p className="text-zinc-700 dark:text-zinc-300">{step.text}</p>
                {links.length > 0 ? (
                  <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {links.map((l) => (
                      <Link
                        key={l.href}
                        href={l.href}
                        className="text-sky-800 underline dark:text-sky-300"
                      >
                        {l.label}
                      </Link>
                    ))}
                  </p>
                ) : (
                  <p className="mt-1 text-zinc-600 dark:text-zinc-400">
                    A compliance officer or an administrator does this step.
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
