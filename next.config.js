/** The largest CSV import (lib/import/columns.ts MAX_IMPORT_BYTES is 10 MB) and some headroom. */
const MAX_BODY = "11mb";

/**
 * Set on every response (pages, API, static files). The Content-Security-Policy, which carries a
 * fresh nonce per page, is set by proxy.ts (lib/security/content-security-policy.ts).
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  // Browsers honour it only over HTTPS, where it keeps later visits on HTTPS.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "pdfjs-dist",
    "mammoth",
    "@react-pdf/renderer",
  ],
  poweredByHeader: false,
  // `npm run dev` opened at 127.0.0.1 (not only localhost) must hydrate: Next.js blocks its
  // development resources for other host names. Add your machine's name here to use it in dev.
  allowedDevOrigins: ["127.0.0.1", "localhost", "*.localhost"],
  // The development badge sat over the sidebar's last link.
  devIndicators: { position: "bottom-right" },
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) just before it builds: it skips the build's own
  // second pass. Every other build (npm start's first run, npm run build) checks types as usual.
  typescript: { ignoreBuildErrors: process.env.TIERSCOPE_TYPES_CHECKED === "1" },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not see.
    authInterrupts: true,
    // The proxy buffers request bodies up to this size and silently cuts the rest; above the
    // import limit, so an oversized upload still arrives too large and is refused (413).
    proxyClientMaxBodySize: MAX_BODY,
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
