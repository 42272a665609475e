import { describe, expect, it } from "vitest";
import { numberInput } from "./number-input";

const users = numberInput("Enter the number of users.");

describe("numberInput", () => {
  it.each([
    [12, 12],
    ["12", 12],
    [" 2.5 ", 2.5],
    ["2e25", 2e25],
    ["-3", -3],
  ])("reads %j as %j", (input, expected) => expect(users.parse(input)).toBe(expected));

  it.each([[[]], [true], ["0x10"], [""], ["Infinity"], [null], [{}], ["12 users"]])(
    "refuses %j with the field's message",
    (input) => {
      const result = users.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe("Enter the number of users.");
    },
  );
});
