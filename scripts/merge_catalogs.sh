#!/usr/bin/env bash
# Resolve conflicts in the gettext catalogs after `git merge`: keep both sides' translations.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
po=src/parley/i18n/locale/zh_CN/LC_MESSAGES/parley.po
tmp=$(mktemp -d)
git show ":2:$po" > "$tmp/ours.po"
git show ":3:$po" > "$tmp/theirs.po"
cp "$tmp/ours.po" "$po"
git checkout --ours src/parley/i18n/locale/en/LC_MESSAGES/parley.po 2>/dev/null || true
${PYTHON:-python3} scripts/i18n.py union "$tmp/ours.po" "$tmp/theirs.po"
git add src/parley/i18n/locale
