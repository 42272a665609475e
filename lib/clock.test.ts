import { afterEach, describe, expect, it } from "vitest";
import { TEST_TODAY, addDays, daysBetween, today } from "./clock";

describe("clock", () => {
  const saved = process.env.TIERSCOPE_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.TIERSCOPE_TODAY;
    else process.env.TIERSCOPE_TODAY = saved;
  });

  it("runs the tests at the pinned date", () => {
    expect(today()).toBe(TEST_TODAY);
  });

  it("follows the real calendar when nothing is pinned", () => {
    delete process.env.TIERSCOPE_TODAY;
    expect(today()).toBe(new Date().toISOString().slice(0, 10));
  });

  it("refuses a pinned value that is not a calendar date", () => {
    process.env.TIERSCOPE_TODAY = "2026-02-30";
    expect(() => today()).toThrow(/YYYY-MM-DD/);
  });

  it("adds and counts days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(daysBetween("2026-12-01", "2027-03-01")).toBe(90);
    expect(daysBetween("2027-03-01", "2026-12-01")).toBe(-90);
  });
});
