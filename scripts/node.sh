#!/usr/bin/env bash
# Node bootstrap: source this file (". scripts/node.sh") or run commands through it
# ("scripts/node.sh npm test"). When the system node is older than 22.17 it installs
# Node 24 from the npm registry into .tools/ and puts it first on PATH.
_bnd_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_bnd_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)'
}
if ! _bnd_ok; then
  _bnd_bin="$_bnd_root/.tools/node_modules/.bin"
  if [ ! -x "$_bnd_bin/node" ]; then
    echo "[node.sh] Node $(node --version 2>/dev/null || echo missing) is too old; installing Node 24 into .tools/" >&2
    npm install --prefix "$_bnd_root/.tools" --no-save --no-package-lock node@24 >&2 || { echo "[node.sh] could not install Node 24" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_bnd_bin:$PATH"
  _bnd_ok || { echo "[node.sh] Node 24 bootstrap failed" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f _bnd_ok
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then exec "$@"; fi
