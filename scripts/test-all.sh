#!/usr/bin/env bash
# `npm test`: every check, in order, each timed; a failed step does not stop
# the others, so the summary is complete. Ends with the line
# "test-all: N passed, N failed" and exits 1 if any step failed.
# Add a step with one `step "name" command args...` line below.
set -uo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$PATH"   # Node 24 from the npm package `node`
export ASTRO_TELEMETRY_DISABLED=1
export PUPPETEER_SKIP_DOWNLOAD=1

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-all: missing ${missing[*]}. Install as root: apt-get install -y chromium default-jre-headless" >&2
  echo "test-all: 0 passed, 1 failed"
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'; then
  echo "test-all: Node $(node -v) is too old; run npm ci first (it installs Node 24 into node_modules/.bin)" >&2
  echo "test-all: 0 passed, 1 failed"
  exit 1
fi

rm -rf tests/.tmp && mkdir -p tests/.tmp/data

results=()
passed=0
failed=0
step() {
  local name=$1; shift
  echo
  echo "=== ${name}: $* ==="
  local start end ms status
  start=$(date +%s%N)
  "$@"
  status=$?
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  local seconds
  seconds=$(printf '%d.%01d' $((ms / 1000)) $(((ms % 1000) / 100)))
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1)); results+=("PASS  ${name} (${seconds} s)")
  else
    failed=$((failed + 1)); results+=("FAIL  ${name} (${seconds} s, exit ${status})")
  fi
}

step "content check"   node scripts/check-content.ts
step "astro check"     astro check
step "unit tests"      vitest run
step "test build"      node scripts/build-test-site.ts
step "e-mail integration" vitest run --config vitest.integration.config.ts
step "playwright"      playwright test
step "pa11y"           node tests/a11y/pa11y.ts
step "vnu"             node tests/a11y/html-validate.ts

echo
echo "=== summary ==="
printf '%s\n' "${results[@]}"
echo "test-all: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
