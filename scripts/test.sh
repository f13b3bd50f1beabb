#!/usr/bin/env bash
# `npm test`: the whole suite on a fresh machine of this kind. Installs dependencies if missing,
# provisions Chromium and PostgreSQL, then lint, formatting, types, i18n completeness, the web build,
# and every test (server tests once on SQLite and once on a throwaway PostgreSQL; browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/provision.sh
echo "== lint";        npx eslint . --max-warnings 0
echo "== format";      npx prettier --check . --log-level warn
echo "== types";       npx tsc -p tsconfig.json --noEmit
echo "== i18n";        npx tsx scripts/i18n-check.ts
echo "== web build";   npx vite build --logLevel warn
echo "== tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="${VITEST_JSON:-.vitest-results.json}"
