#!/usr/bin/env bash
# Installs a real VS Code for tests on machines that cannot download VS Code builds: the VS Code
# server shipped inside the code-server npm package (VS Code 1.100.3), driven by Debian's headless
# Chromium through playwright-core. Only the npm registry and Debian's packages are needed.
#
# usage: tools/install-host.sh [DEST]
#   DEST defaults to $NEWS_LENS_VSCODE_HOST, else ~/.cache/vscode-host (outside the repository, so it
#   survives clean clones, like .vscode-test/ does for @vscode/test-electron). Prints DEST on stdout;
#   progress goes to stderr. Exits at once when DEST/.ready-<version> exists.
set -euo pipefail
DEST=${1:-${NEWS_LENS_VSCODE_HOST:-$HOME/.cache/vscode-host}}
VER=${CODE_SERVER_VERSION:-4.100.3}   # newest code-server whose VS Code runs on Node 20
say() { echo "install-host: $*" >&2; }

if [ -f "$DEST/.ready-$VER" ]; then echo "$DEST"; exit 0; fi
mkdir -p "$DEST"

# Two test runs starting together must not install into the same folder at once.
exec 9>"$DEST/.install.lock"
command -v flock >/dev/null && flock 9
if [ -f "$DEST/.ready-$VER" ]; then echo "$DEST"; exit 0; fi

# System packages: Chromium to open the workbench, ripgrep for VS Code's search, and the Kerberos
# headers that VS Code's native 'kerberos' module needs to rebuild. Installed only when missing.
if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { say "need root or sudo to apt-get install chromium ripgrep libkrb5-dev"; exit 1; }
    SUDO="sudo -n"
  fi
  say "apt-get install chromium ripgrep libkrb5-dev (one-time)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq chromium ripgrep libkrb5-dev >/dev/null
fi

say "installing code-server@$VER, playwright-core and mocha into $DEST (one-time, a few minutes)"
cd "$DEST"
[ -f package.json ] || echo '{"name":"vscode-host","private":true}' > package.json
# --ignore-scripts: code-server's postinstall wants network downloads we do not need.
npm install --silent --no-audit --no-fund --ignore-scripts "code-server@$VER" playwright-core@1 mocha@11 >/dev/null

cd node_modules/code-server/lib/vscode
npm install --silent --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
# @vscode/ripgrep would download its binary from GitHub; use Debian's instead.
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --silent >/dev/null   # native modules: node-pty, spdlog, watcher, kerberos
# The server loads some modules from node_modules.asar, which only exists in packaged builds.
ln -sfn node_modules node_modules.asar

touch "$DEST/.ready-$VER"
say "ready"
echo "$DEST"
