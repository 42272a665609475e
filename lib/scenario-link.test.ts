import { describe, expect, it } from "vitest";
import { withScenario } from "./scenario-link";

const ORIGIN = "http://127.0.0.1:3000";

describe("withScenario", () => {
  it("adds the scenario to in-app links, keeping their query and hash", () => {
    expect(withScenario("/deployments/d1", "s1", ORIGIN)).toBe("/deployments/d1?scenario=s1");
    expect(withScenario("/deployments?band=HIGH#top", "s1", ORIGIN)).toBe(
      "/deployments?band=HIGH&scenario=s1#top",
    );
    expect(withScenario(`${ORIGIN}/matrix`, "s1", ORIGIN)).toBe("/matrix?scenario=s1");
  });

  it("leaves links that name a scenario, leave the app or sign in alone", () => {
    expect(withScenario("/matrix?scenario=s2", "s1", ORIGIN)).toBeNull();
    expect(withScenario("https://example.com/x", "s1", ORIGIN)).toBeNull();
    expect(withScenario("/login", "s1", ORIGIN)).toBeNull();
    expect(withScenario("/api/auth/signout", "s1", ORIGIN)).toBeNull();
    expect(withScenario("/matrix", null, ORIGIN)).toBeNull();
  });
});
