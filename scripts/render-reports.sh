#!/usr/bin/env bash
# Renders every example's HTML report in headless Chromium and fails on a blank or broken page:
# the top of the page at 1200×1600, and the whole report at half size, which must show
# the charts' and the network's colours. Also reads each example's CSV with Python's csv module
# and its JSON against docs/export.schema.json (with `jsonschema` when Python has it), and, when
# poppler's pdftotext is installed, prints each report to PDF and checks every trail is in it.
#
# Usage: scripts/render-reports.sh [CLUSTERLAB] [FOLDER]
#   CLUSTERLAB  the built tool (default .build/debug/clusterlab)
#   FOLDER      where the reports and screenshots go (default a new folder under /tmp)
# Needs python3 and Chromium (Debian `chromium`); without Chromium it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

tool=${1:-.build/debug/clusterlab}
out=${2:-$(mktemp -d /tmp/clusterlab-reports.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)

if [ ! -x "$tool" ]; then
  echo "render-reports: $tool not built (swift build)" >&2
  exit 2
fi

failed=0
for example in examples/*.cluster; do
  name=$(basename "$example" .cluster)
  "$tool" -q "$example" \
    -e "export html to \"$out/$name.html\" replace" \
    -e "export csv to \"$out/$name.csv\" replace" \
    -e "export csv indicators to \"$out/$name-indicators.csv\" replace" \
    -e "export json to \"$out/$name.json\" replace" >/dev/null
  python3 scripts/check-exports.py csv "$out/$name.csv" cluster,scenario_of,year,metric,value,p10,p50,p90,source || failed=1
  python3 scripts/check-exports.py csv "$out/$name-indicators.csv" cluster,id,title,value,unit,text || failed=1
  python3 scripts/check-exports.py json "$out/$name.json" docs/export.schema.json || failed=1
  if [ "$(grep -c 'id="insight-' "$out/$name.html")" -ne 10 ]; then
    echo "$out/$name.html: not the ten insights" >&2
    failed=1
  fi
  [ -n "$browser" ] || continue
  # The page a reader sees first, then the whole report at half its size.
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
    --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1 || { echo "$name: chromium failed" >&2; failed=1; continue; }
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=0.5 \
    --window-size=1200,24000 --screenshot="$out/$name-whole.png" "file://$out/$name.html" >/dev/null 2>&1 \
    || { echo "$name: chromium failed" >&2; failed=1; continue; }
  python3 scripts/check-exports.py png "$out/$name.png" || failed=1
  python3 scripts/check-exports.py png "$out/$name-whole.png" --palette || failed=1
  # Printed, every trail shows: each trail's "passage" in the report is in the PDF too.
  command -v pdftotext >/dev/null || continue
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" \
    "file://$out/$name.html" >/dev/null 2>&1 || { echo "$name: chromium failed to print" >&2; failed=1; continue; }
  trails=$(grep -o '<dt>passage</dt>' "$out/$name.html" | wc -l)
  printed=$(pdftotext "$out/$name.pdf" - | grep -c '^passage$' || true)
  if [ "$printed" -lt "$trails" ]; then
    echo "$out/$name.pdf: $printed of $trails trails printed" >&2
    failed=1
  fi
done

if [ -z "$browser" ]; then
  echo "render-reports: SKIPPED the browser check: Chromium is not installed (apt-get install chromium)"
fi
echo "render-reports: reports in $out"
exit $failed
