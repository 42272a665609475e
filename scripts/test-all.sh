#!/usr/bin/env bash
# The whole test suite (`npm test`): static checks, unit and integration tests on embedded PGlite
# (and again on PostgreSQL when DATABASE_URL is set), a production build, then the browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s\n' "$1"; }

step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings=0
step "format"; npx prettier --check . >/dev/null || { npx prettier --list-different .; exit 1; }
step "unit + integration (embedded PGlite)"; TEST_DB=embedded npx vitest run
if [[ -n "${DATABASE_URL:-}" ]]; then
  step "integration (PostgreSQL: ${DATABASE_URL%%\?*})"; TEST_DB=postgresql npx vitest run --dir . int.test
fi
step "build"; TIERSCOPE_TYPES_CHECKED=1 npx next build
step "browser journeys"; npx playwright test
