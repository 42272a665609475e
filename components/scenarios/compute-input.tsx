"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";

/** Free text for a FLOP threshold ("1e26"); NaN reaches the schema, which explains the problem. */
export function ComputeInput({
  id,
  value,
  onChange,
  disabled,
  invalid,
}: {
  id: string;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  disabled?: boolean;
  invalid: boolean;
}) {
  const [text, setText] = useState(value == null ? "" : String(value));
  return (
    <Input
      id={id}
      inputMode="decimal"
      placeholder="e.g. 1e26"
      value={text}
      disabled={disabled}
      aria-invalid={invalid}
      onChange={(e) => {
        setText(e.target.value);
        const t = e.target.value.trim();
        onChange(t === "" ? null : Number(t));
      }}
    />
  );
}
