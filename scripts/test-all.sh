#!/usr/bin/env bash
# `npm test`: every check, in order, each timed; a failed step does not stop
# the others, so the summary is complete. dist/ is removed before the test
# build; when the build fails, the steps that need it are not run and count
# as failed. Ends with the line "test-all: N passed, N failed" and exits 1 if
# any step failed. Add a step with one `step "name" command args...` line
# below (`built_step` for one that needs the test build).
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
# The Node version gate is package.json's `engines.node` (">=N" or ">=N.M"), read from there.
if ! node -e '
  const want = JSON.parse(require("node:fs").readFileSync("package.json", "utf8")).engines?.node ?? "";
  const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(want.trim());
  if (!m) { console.error(`test-all: package.json engines.node "${want}" is not of the form >=N`); process.exit(2); }
  const need = m.slice(1).map((x) => Number(x ?? 0));
  const have = process.versions.node.split(".").map(Number);
  const cmp = have[0] - need[0] || have[1] - need[1] || have[2] - need[2];
  if (cmp < 0) { console.error(`test-all: Node ${process.versions.node} does not meet engines.node ${want}; run npm ci first (it installs Node 24 into node_modules/.bin)`); process.exit(1); }
'; then
  echo "test-all: 0 passed, 1 failed"
  exit 1
fi

rm -rf tests/.tmp && mkdir -p tests/.tmp/data

results=()
passed=0
failed=0
# Steps after a failed one they need are not run: each counts as failed ("NOT RUN"), so the
# summary never reports a pass that was measured against an old build.
broken=""   # name of the first failed step that later steps depend on
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
  return "$status"
}
# A step that needs the build: runs only when the build step passed.
built_step() {
  local name=$1; shift
  if [ -n "$broken" ]; then
    echo
    echo "=== ${name}: not run (${broken} failed) ==="
    failed=$((failed + 1)); results+=("FAIL  ${name} (not run: ${broken} failed)")
    return 1
  fi
  step "$name" "$@"
}

step "content check"   node scripts/check-content.ts
step "astro check"     astro check
step "unit tests"      vitest run
# Never test an old build: remove dist/ first, so a failed build leaves nothing to run against.
rm -rf dist
step "test build"      node scripts/build-test-site.ts || broken="test build"
{ [ -f dist/server/entry.mjs ] && [ -f dist/server/start.mjs ]; } || broken=${broken:-"test build (no dist/server/entry.mjs or start.mjs)"}
built_step "e-mail integration" vitest run --config vitest.integration.config.ts
built_step "playwright"      playwright test
built_step "pa11y"           node --import=./src/server/tsx-hooks.ts tests/a11y/pa11y.ts
built_step "vnu"             node --import=./src/server/tsx-hooks.ts tests/a11y/html-validate.ts

echo
echo "=== summary ==="
printf '%s\n' "${results[@]}"
echo "test-all: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
