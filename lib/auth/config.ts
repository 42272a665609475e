/**
 * The part of the Auth.js configuration that needs no database, shared by the proxy (which only
 * reads the JWT) and the full configuration in lib/auth/auth.ts.
 */
import type { NextAuthConfig } from "next-auth";
import type {} from "next-auth/jwt";
import { isRole, type Role } from "./permissions";

declare module "next-auth" {
  interface User {
    role?: Role;
    /** the server-side session (UserSession) this sign-in opened */
    sid?: string;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sid?: string;
  }
}

/**
 * Reachable without signing in (/setup only answers while the database has no users; /api/e2e/reset
 * is a 404 except on the browser journeys' server; /api/local/backup needs the start script's
 * local token).
 */
export const PUBLIC_PATHS = [
  "/login",
  "/setup",
  "/api/health",
  "/api/auth",
  "/api/e2e/reset",
  "/api/local/backup",
];

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        if (user.sid) token.sid = user.sid;
        if (isRole(user.role)) token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
