import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/config";
import { sessionUserId } from "@/lib/auth/read-session";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

/**
 * Gives every page a Content-Security-Policy with a fresh nonce, and lets a request through when
 * its session JWT decrypts and is unexpired; otherwise sends pages to /login (with the path to
 * return to). It only reads the cookie: Auth.js's own middleware re-issues the session cookie on
 * every request, and a prefetch or live refresh still in flight when the user signs out would then
 * put the session back. Pages and actions check the user and role again on the server
 * (lib/server/guards.ts).
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A broken percent-escape (%ZZ) would make the router fail to decode the path: refuse it here.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("This address is malformed.", { status: 400 });
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const withPolicy = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };
  const pass = () => {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    headers.set("x-nonce", nonce);
    return withPolicy(NextResponse.next({ request: { headers } }));
  };
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return pass();
  if (await sessionUserId(request.headers.get("cookie"))) return pass();
  if (pathname.startsWith("/api/"))
    return withPolicy(NextResponse.json({ error: "Sign in first." }, { status: 401 }));
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withPolicy(NextResponse.redirect(login));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|json)$).*)"],
};
