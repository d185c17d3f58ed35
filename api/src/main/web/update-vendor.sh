#!/bin/sh
# Re-fetches the pinned front-end files the web pages use (api/src/main/resources/static/vendor/) from
# the npm registry with `npm pack`, and checks each against its recorded SHA-256: the vendored files can
# be reproduced byte for byte. To move to a new version, change VERSION and SHA256 below, run this
# script, and update vendor/cytoscape/README.md.
#   api/src/main/web/update-vendor.sh           fetch, check, copy into static/vendor/
#   api/src/main/web/update-vendor.sh --check   fetch and check, and compare with the committed copy
set -eu

CYTOSCAPE_VERSION=3.35.0
CYTOSCAPE_SHA256=aa33b0103bbdb721aeb1506000cb6e056692400baba7264c552d000b09da01f2

here=$(cd "$(dirname "$0")" && pwd)
vendor="$here/../resources/static/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sha256() { sha256sum "$1" | cut -d' ' -f1; }

(cd "$tmp" && npm pack --silent "cytoscape@$CYTOSCAPE_VERSION" >/dev/null && tar xzf "cytoscape-$CYTOSCAPE_VERSION.tgz")
fetched="$tmp/package/dist/cytoscape.esm.min.mjs"
actual=$(sha256 "$fetched")
if [ "$actual" != "$CYTOSCAPE_SHA256" ]; then
  echo "update-vendor: cytoscape@$CYTOSCAPE_VERSION dist/cytoscape.esm.min.mjs has SHA-256 $actual," >&2
  echo "update-vendor: expected $CYTOSCAPE_SHA256; not copied" >&2
  exit 1
fi

if [ "${1:-}" = "--check" ]; then
  committed=$(sha256 "$vendor/cytoscape/cytoscape.esm.min.js")
  [ "$committed" = "$CYTOSCAPE_SHA256" ] || { echo "update-vendor: committed copy differs ($committed)" >&2; exit 1; }
  cmp -s "$tmp/package/LICENSE" "$vendor/cytoscape/LICENSE" || { echo "update-vendor: LICENSE differs" >&2; exit 1; }
  echo "update-vendor: cytoscape $CYTOSCAPE_VERSION matches the committed copy"
  exit 0
fi

mkdir -p "$vendor/cytoscape"
cp "$fetched" "$vendor/cytoscape/cytoscape.esm.min.js"
cp "$tmp/package/LICENSE" "$vendor/cytoscape/LICENSE"
echo "update-vendor: cytoscape $CYTOSCAPE_VERSION copied to static/vendor/cytoscape (SHA-256 checked)"
