#!/usr/bin/env bash
# Regenerates tests/data/demo-templates-expected/<template>/{expected/,run.json}
# from parameters.json, with Backstage's own task runner (see run-template.js).
#   ORACLE=/tmp/oracle tests/data/demo-catalog-tools/make-template-expected.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
demo="$here/../../../resources/demo-catalog"
export ORACLE="${ORACLE:?set ORACLE to an installed copy of the oracle}"
for dir in "$here"/../demo-templates-expected/*/; do
  name="$(basename "$dir")"
  rm -rf "$dir/expected"
  node --no-node-snapshot "$here/run-template.js" "$demo/templates/$name/template.yaml" \
    "$dir/parameters.json" "$dir/expected" > "$dir/run.json"
  echo "$name: $(find "$dir/expected" -type f | wc -l) files"
done
