"use client";

import { Moon, Sun } from "lucide-react";

export function toggleTheme() {
  const dark = document.documentElement.classList.toggle("dark");
  localStorage.setItem("theme", dark ? "dark" : "light");
}

export function ThemeIcon() {
  return (
    <>
      <Moon className="size-4 dark:hidden" aria-hidden />
      <Sun className="hidden size-4 dark:block" aria-hidden />
    </>
  );
}
