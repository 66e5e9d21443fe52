#!/bin/sh
# Regenerates the seed report's fixtures in test/fixtures: Word and Markdown renditions of its text
# (test/fixtures/make-fixtures.mjs), then one PDF from each of three producers, so that a test can
# hold what claimcheck reads from every format of one report equal. Needs Debian's
# libreoffice-writer-nogui, pandoc, weasyprint and chromium. Run from the project root; the outputs
# are committed and the tests never run this.
#   LibreOffice: the Word file → PDF (a running header, page numbers in the footer)
#   pandoc:      the Markdown → HTML → PDF through WeasyPrint (pandoc's own --pdf-engine=weasyprint) (CSS page boxes: a header, "Page n of m")
#   Chromium:    pandoc's HTML → PDF with the browser's own print header and footer (date, title,
#                address, "n/m") and a narrow judgement table whose cells wrap over two lines
set -eu
F=test/fixtures
NAME=lewisham-2023-ofsted-report
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

node $F/make-fixtures.mjs

soffice --headless --convert-to pdf --outdir $F $F/$NAME.docx >/dev/null

cat > "$TMP/weasy.css" <<'CSS'
@page { size: A4; margin: 25mm 20mm;
  @top-right { content: "Lewisham children's services inspection report"; font-size: 9pt; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 4px; }
CSS
# WeasyPrint numbers every ordered list from 1 whatever its start: the counter is set by hand, so
# the PDF prints the report's own paragraph numbers
pandoc --standalone --metadata pagetitle="$NAME" --css "$TMP/weasy.css" -o "$TMP/$NAME.weasy.html" $F/$NAME.md
perl -pi -e 's/<ol start="(\d+)"/sprintf(q{<ol start="%d" style="counter-reset: list-item %d"}, $1, $1 - 1)/ge' "$TMP/$NAME.weasy.html"
weasyprint "$TMP/$NAME.weasy.html" $F/$NAME.pandoc.pdf

cat > "$TMP/chromium.css" <<'CSS'
body { font-family: serif; font-size: 12pt; max-width: 40em; }
table { border-collapse: collapse; width: 26em; } td, th { border: 1px solid #999; padding: 3px; vertical-align: top; }
CSS
pandoc --standalone --metadata pagetitle="$NAME" --self-contained --css "$TMP/chromium.css" -o "$TMP/$NAME.html" $F/$NAME.md
chromium --headless --no-sandbox --disable-gpu --print-to-pdf=$F/$NAME.chromium.pdf "file://$TMP/$NAME.html" 2>/dev/null
echo "wrote $F/$NAME.pdf, $F/$NAME.pandoc.pdf, $F/$NAME.chromium.pdf"
