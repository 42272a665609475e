"use client";

import { DropdownMenu } from "radix-ui";
import { ChevronDown, LogOut } from "lucide-react";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { ThemeIcon, toggleTheme } from "./theme-toggle";

const item =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800";

export function UserMenu({
  name,
  email,
  role,
  signOutAction,
}: {
  name: string;
  email: string;
  role: Role;
  signOutAction: () => Promise<void>;
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        data-testid="user-menu"
      >
        <span
          className="flex size-7 items-center justify-center rounded-full bg-sky-100 text-xs font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-100"
          aria-hidden
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block font-medium leading-tight">{name}</span>
          <span
            className="block text-xs leading-tight text-zinc-500 dark:text-zinc-400"
            data-testid="user-role"
          >
            {ROLE_LABELS[role]}
          </span>
        </span>
        <ChevronDown className="size-4 text-zinc-500 dark:text-zinc-400" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="px-2 py-1.5 text-xs text-zinc-500 dark:text-zinc-400">
            {email}
            <br />
            Role: {ROLE_LABELS[role]}
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <DropdownMenu.Item
            className={item}
            onSelect={(e) => {
              e.preventDefault();
              toggleTheme();
            }}
          >
            <ThemeIcon /> Toggle dark mode
          </DropdownMenu.Item>
          <DropdownMenu.Item className={item} onSelect={() => void signOutAction()}>
            <LogOut className="size-4" aria-hidden /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
