#!/usr/bin/env bash
# Installs the editors the client tests drive (Debian packages), only when missing.
# Idempotent: a machine that has them does nothing and needs no network.
set -euo pipefail
need=()
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v emacs >/dev/null 2>&1 || need+=(emacs-nox)
# eglot: built into Emacs 29+, a Debian package (elpa-eglot) for Emacs 28.
if ! command -v emacs >/dev/null 2>&1 || ! emacs --batch -q --eval '(progn (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; then
  need+=(elpa-eglot)
fi
command -v git >/dev/null 2>&1 || need+=(git)
if [ ${#need[@]} -eq 0 ]; then
  echo "test/clients/install.sh: nvim, emacs and eglot present"
  exit 0
fi
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "test/clients/install.sh: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
