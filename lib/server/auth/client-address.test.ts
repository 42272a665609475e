import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "./client-address";

const headers = (h: Record<string, string>) => new Headers(h);

describe("clientAddress", () => {
  it("is the socket's address when it is not a trusted proxy, whatever X-Forwarded-For says", () => {
    expect(
      clientAddress(
        headers({ "x-tierscope-peer": "203.0.113.7", "x-forwarded-for": "1.2.3.4" }),
        trustedProxies(""),
      ),
    ).toBe("203.0.113.7");
  });

  it("behind a trusted proxy, is the right-most address the proxies did not add", () => {
    const trusted = trustedProxies("10.0.0.1, 10.0.0.2");
    expect(
      clientAddress(
        headers({
          "x-tierscope-peer": "::ffff:10.0.0.1",
          // The client wrote "6.6.6.6" itself; the proxies appended the real address and their own.
          "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.0.0.2",
        }),
        trusted,
      ),
    ).toBe("198.51.100.9");
  });

  it("without the server's stamp the address is unknown (never taken from the client)", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), trustedProxies(""))).toBe(
      "unknown",
    );
  });
});
