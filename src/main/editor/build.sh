#!/bin/sh
# Rebuilds src/main/resources/static/js/vendor/tiptap/ from the exact versions in package-lock.json:
#   cd src/main/editor && npm ci && sh build.sh
# Commit the two output files; the application build itself needs no Node.js.
set -eu
cd "$(dirname "$0")"
out=../resources/static/js/vendor/tiptap
mkdir -p "$out"
./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --outfile="$out/tiptap.min.js"
node licenses.js > "$out/THIRD-PARTY-LICENSES.txt"
echo "built $out/tiptap.min.js"
