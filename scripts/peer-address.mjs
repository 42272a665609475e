// Preloaded into the server process (node --import, see serverEnv in scripts/lib.mjs): stamps every
// incoming HTTP request with the address of the socket it came in on, in a header a client cannot
// forge (any x-tierscope-peer it sends is overwritten). Next.js route handlers see headers only;
// the sign-in throttle reads the real client address from this (lib/server/auth/client-address.ts).
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers["x-tierscope-peer"] = request.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, request, ...rest);
};
