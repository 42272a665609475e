"use client";

import { useId, useMemo, useState } from "react";
import { X } from "lucide-react";
import { cn } from "@/lib/cn";
import { Input } from "@/components/ui/input";

export interface MultiSelectOption {
  value: string;
  label: string;
  /** Shown as a heading above its options (e.g. a region). */
  section?: string;
  /** Extra words the search matches (e.g. the country code). */
  keywords?: string;
}

/**
 * A searchable multi-select: the chosen values as removable chips, and a filterable list of
 * checkboxes opened on demand (a rule has several of these; 250 countries each would be heavy).
 */
export function MultiSelect({
  label,
  options,
  value,
  onChange,
  error,
  disabled,
  placeholder = "Search…",
  testId,
  id: controlId,
}: {
  /** The id of the control that opens the list, for a label or an error summary to point at. */
  id?: string;
  label: string;
  options: readonly MultiSelectOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  disabled?: boolean;
  placeholder?: string;
  testId?: string;
}) {
  const id = useId();
  const errorId = controlId ? `${controlId}-error` : `${id}-error`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const chosen = new Set(value);
  const needle = query.trim().toLowerCase();
  const visible = needle
    ? options.filter((o) =>
        `${o.label} ${o.keywords ?? ""} ${o.section ?? ""}`.toLowerCase().includes(needle),
      )
    : options;
  const toggle = (v: string) =>
    onChange(chosen.has(v) ? value.filter((x) => x !== v) : [...value, v]);

  return (
    <fieldset
      className="flex min-w-0 flex-col gap-1"
      data-testid={testId}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{label}</legend>
      <div className="flex flex-wrap items-center gap-1">
        {value.length === 0 && (
          <span className="text-xs text-zinc-500 dark:text-zinc-400">None</span>
        )}
        {value.map((v) => (
          <span
            key={v}
            className="inline-flex items-center gap-1 rounded-full border border-zinc-300 bg-zinc-50 py-0.5 pl-2 pr-1 text-xs dark:border-zinc-700 dark:bg-zinc-800"
          >
            {byValue.get(v)?.label ?? v}
            <button
              type="button"
              disabled={disabled}
              className="rounded-full p-0.5 hover:bg-zinc-200 dark:hover:bg-zinc-700"
              aria-label={`Remove ${byValue.get(v)?.label ?? v} from ${label}`}
              onClick={() => toggle(v)}
            >
              <X aria-hidden="true" className="size-3" />
            </button>
          </span>
        ))}
        {/* The button is where focus lands for this field, so it carries the invalid state as the
            inputs of other fields do (ARIA 1.1 made aria-invalid global; screen readers read it). */}
        {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
        <button
          id={controlId}
          type="button"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="text-xs text-sky-700 underline disabled:no-underline disabled:opacity-50 dark:text-sky-400"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Done" : `Choose ${label.toLowerCase()}`}
        </button>
      </div>
      {open && (
        <div className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
          <label htmlFor={`${id}-search`} className="sr-only">
            Search {label}
          </label>
          <Input
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder={placeholder}
            onChange={(e) => setQuery(e.target.value)}
            className="mb-2 h-8"
            autoFocus
          />
          <ul id={`${id}-list`} className="max-h-56 overflow-y-auto text-sm" aria-label={label}>
            {visible.length === 0 && (
              <li className="px-1 text-xs text-zinc-500 dark:text-zinc-400">No match.</li>
            )}
            {visible.map((o, i) => {
              const heading =
                i === 0 || visible[i - 1].section !== o.section ? o.section : undefined;
              return (
                <li key={o.value}>
                  {heading && (
                    <p className="mt-1 px-1 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                      {heading}
                    </p>
                  )}
                  <label
                    className={cn(
                      "flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800",
                    )}
                  >
                    <input
                      type="checkbox"
                      checked={chosen.has(o.value)}
                      onChange={() => toggle(o.value)}
                      disabled={disabled}
                    />
                    {o.label}
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {error && (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
