#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the web app and starts the platform on the embedded
# SQLite database under ./data (created, migrated and loaded with the reference data on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npx vite build --logLevel warn
exec npx tsx src/server/main.ts
