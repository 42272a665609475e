import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./config";
import { authenticate } from "@/lib/server/auth/authenticate";
import { clientAddress } from "@/lib/server/auth/client-address";

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const address = clientAddress(request.headers);
        const result = await authenticate(parsed.data.email, parsed.data.password, address);
        if (!result.ok) throw new SignInRefused(result.code);
        return result.user;
      },
    }),
  ],
});
