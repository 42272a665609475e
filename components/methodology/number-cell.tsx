"use client";
import { Input } from "@/components/ui/input";

/** A whole-number input for a weight; an empty or partial entry keeps the last number. */
export function NumberCell({
  label,
  value,
  onChange,
  min = -5,
  max = 5,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}) {
  return (
    <Input
      type="number"
      aria-label={label}
      title={label}
      className="h-8 w-16 px-2 tabular-nums"
      value={value}
      min={min}
      max={max}
      step={1}
      onChange={(e) => {
        const n = Number(e.target.value);
        if (e.target.value !== "" && Number.isInteger(n)) onChange(n);
      }}
    />
  );
}
