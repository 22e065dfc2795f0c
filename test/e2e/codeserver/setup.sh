#!/usr/bin/env bash
# Installs what the code-server end-to-end test needs, pinned, into <repo>/.tools (git-ignored).
#   apt (Debian 12):  chromium libkrb5-dev pkg-config ripgrep
#   npm (exact):      code-server, playwright-core, @vscode/vsce
# Idempotent: a second run with everything in place takes a second or two.
# See ../../../../shared/testing/README.md for why each step is needed on this kind of machine.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_CORE_VERSION=1.65.1
VSCE_VERSION=3.9.2
RIPGREP_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
TOOLS=${EVIDENCE_E2E_TOOLS:-$ROOT/.tools}
log() { printf '[e2e-setup %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- apt -------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need_apt+=(fonts-wqy-microhei)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need_apt[@]}"
fi

# --- npm tools -------------------------------------------------------------
mkdir -p "$TOOLS"
want="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION @vscode/vsce@$VSCE_VERSION"
if [ -f "$TOOLS/.installed" ] && [ "$(cat "$TOOLS/.installed")" = "$want" ] \
   && [ -x "$TOOLS/node_modules/.bin/code-server" ] && [ -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ]; then
  log "tools already installed in $TOOLS"
  exit 0
fi

# code-server 4.100.3's @vscode/ripgrep postinstall downloads rg from GitHub, which is unreachable
# here: seed its download cache with Debian's rg.
RG_CACHE="$(node -p "require('os').tmpdir()")/$RIPGREP_CACHE_NAME"
if [ ! -f "$RG_CACHE/$RIPGREP_TARBALL" ]; then
  mkdir -p "$RG_CACHE"
  tar czf "$RG_CACHE/$RIPGREP_TARBALL" -C "$(dirname "$(command -v rg)")" rg
fi

# A private package.json, so npm's install-script policy (npm >= 11: dependency scripts are blocked
# unless listed in allowScripts) lets exactly these packages build. code-server's own postinstall runs
# `npm install` inside lib/vscode, where the env below applies.
cat > "$TOOLS/package.json" <<JSON
{
  "name": "compliance-evidence-e2e-tools",
  "private": true,
  "description": "Pinned tools for test/e2e/codeserver (installed by setup.sh)",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION",
    "@vscode/vsce": "$VSCE_VERSION"
  },
  "allowScripts": {
    "code-server": true,
    "@vscode/vsce-sign": true,
    "keytar": true,
    "argon2": true
  }
}
JSON

log "npm install $want (code-server builds native modules; about a minute)"
cd "$TOOLS"
export npm_config_yes=true npm_config_unsafe_perm=true npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
npm install --no-package-lock 2>&1 | tee "$TOOLS/npm-install.log"

# Verify that code-server's postinstall really ran (it installs VS Code's node_modules and native addons).
VS="$TOOLS/node_modules/code-server/lib/vscode"
fail=0
for f in "$VS/node_modules" "$VS/node_modules/@vscode/ripgrep/bin/rg"; do
  [ -e "$f" ] || { log "MISSING after install: $f"; fail=1; }
done
pty=$(find "$VS/node_modules/node-pty" -name 'pty.node' 2>/dev/null | head -1)
[ -n "$pty" ] || { log "MISSING after install: node-pty native module (pty.node)"; fail=1; }
if [ $fail = 1 ]; then
  log "code-server postinstall did not complete; see $TOOLS/npm-install.log"
  exit 1
fi
"$TOOLS/node_modules/.bin/code-server" --config "$TOOLS/code-server-version.yaml" --version
echo "$want" > "$TOOLS/.installed"
log "done"
