#!/usr/bin/env bash
# pretest: the tests use real tools npm cannot provide (LibreOffice renders our .docx and opens the exported
# .xlsx/.csv, poppler reads the PDF, Liberation fonts stand in for Times New Roman, Chromium runs the pane
# end to end, xmllint for hand checks, faketime runs the unit tests on another day).
# Installs what is missing with apt-get when allowed (root, or sudo without a password); otherwise stops
# at once with the one command to run. A missing tool must never turn into a skipped test.
set -euo pipefail

# command-or-file → Debian package
declare -A NEED=(
  [soffice]=libreoffice-writer-nogui
  [/usr/lib/libreoffice/program/libsclo.so]=libreoffice-calc-nogui
  [pdftotext]=poppler-utils
  [pdftoppm]=poppler-utils
  [pdffonts]=poppler-utils
  [xmllint]=libxml2-utils
  [faketime]=faketime
  [chromium]=chromium
  [/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf]=fonts-liberation2
)

missing=()
for what in "${!NEED[@]}"; do
  if [[ $what == /* ]]; then [[ -e $what ]] && continue; else command -v "$what" >/dev/null 2>&1 && continue; fi
  missing+=("${NEED[$what]}")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
cmd="apt-get install -y --no-install-recommends $packages"

if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "The tests need: $packages" >&2
  echo "Run once:  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian/Ubuntu packages (or your system's equivalent): $packages" >&2
  exit 1
fi

echo "Installing test tools: $packages" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq >&2
"${run[@]}" apt-get install -y -qq --no-install-recommends $packages >&2
