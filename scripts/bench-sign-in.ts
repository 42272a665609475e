/** Signs in to a running server as the benchmarks do (BENCH_EMAIL / BENCH_PASSWORD, default the
 * executive demo user and DEMO_PASSWORD); returns the session cookie. */
export async function signIn(
  base: string,
  email = process.env.BENCH_EMAIL ?? "executive@tierscope.local",
): Promise<string> {
  const password = process.env.BENCH_PASSWORD ?? process.env.DEMO_PASSWORD ?? "e2e-demo-password";
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route may both set the CSRF cookie; the last one matches the token.
  const jar = new Map(
    csrf.headers.getSetCookie().map((c) => {
      const pair = c.split(";")[0];
      return [pair.slice(0, pair.indexOf("=")), pair] as const;
    }),
  );
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar.values()].join("; "),
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session)
    throw new Error(
      `Sign-in as ${email} failed (${response.status} → ${response.headers.get("location")}).`,
    );
  return session.split(";")[0];
}
