#!/usr/bin/env bash
# The whole test suite: installs the real editors and office readers the tests drive (Debian
# packages and pinned npm tools, only what is missing), then runs the unit, CLI,
# LSP, robustness and editor-client suites, then the extension in code-server.
# Every suite runs even when an earlier one fails; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
bash test/clients/install.sh || status=1
bash test/office/install.sh || status=1
bash test/e2e/codeserver/setup.sh || status=1
npm test || status=1
npm run test:e2e || status=1
exit "$status"
