#!/bin/sh
# Tokenizer throughput, ours against js-tiktoken, on the same generated corpus files in one
# run. Prints both MB/s per size and whether the token ids are identical (same count and hash).
#
#   (cd tools/tokenizer && npm install)      # once, for js-tiktoken
#   bench/tokenizer-vs-js.sh [BUILD_DIR] [SIZE_MB...]     defaults: build, 5 50
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
[ $# -gt 0 ] && shift
sizes=${*:-"5 50"}
bench="$build/bench/bench_tokenizer"
encoding=${ENCODING:-o200k_base}
[ -x "$bench" ] || { echo "tokenizer-vs-js: $bench not built" >&2; exit 1; }
[ -d "$here/../tools/tokenizer/node_modules/js-tiktoken" ] || { echo "tokenizer-vs-js: run 'npm install' in tools/tokenizer first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for mb in $sizes; do
    corpus="$tmp/corpus-$mb.txt"
    "$bench" --write-corpus "$corpus" --mb "$mb"
    ours=$("$bench" --file "$corpus" --encoding "$encoding")
    js=$(node --max-old-space-size=16384 "$here/tokenizer-vs-js.mjs" "$corpus" "$encoding")
    echo "$ours"
    echo "$js"
    ours_rate=$(echo "$ours" | sed -n 's/.*encode *\([0-9.]*\) MB\/s.*/\1/p')
    js_rate=$(echo "$js" | sed -n 's/.*encode *\([0-9.]*\) MB\/s.*/\1/p')
    ours_ids=$(echo "$ours" | sed -n 's/.*tokens \([0-9]*\)  ids-fnv1a \([0-9a-f]*\).*/\1 \2/p')
    js_ids=$(echo "$js" | sed -n 's/.*tokens \([0-9]*\)  ids-fnv1a \([0-9a-f]*\).*/\1 \2/p')
    if [ "$ours_ids" = "$js_ids" ]; then same="identical ids"; else same="IDS DIFFER"; status=1; fi
    echo "$mb MB: ours $ours_rate MB/s, js-tiktoken $js_rate MB/s, $(echo "$ours_rate $js_rate" | awk '{ printf "%.1fx", $1 / $2 }'), $same"
    echo
done
exit $status
