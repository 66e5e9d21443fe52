#!/bin/sh
# Renders an HTML report in headless Chromium (Debian's: apt-get install -y chromium) and saves a PNG.
#   scripts/screenshot-html.sh report.html report.png [width] [height]
# The flags keep Chromium off the network (it would try Google's hosts at every start) and out of
# the user's profile.
set -eu
html=$1; png=$2; width=${3:-1280}; height=${4:-1600}
chrome=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chrome" ] || { echo "screenshot-html: no chromium (apt-get install -y chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size="$width,$height" \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$html")" 2>/dev/null
[ -s "$png" ] || { echo "screenshot-html: chromium wrote no $png" >&2; exit 1; }
