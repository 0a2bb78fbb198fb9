#!/usr/bin/env bash
# Regenerates tests/data/demo-catalog-expected.jsonl with Backstage's own catalog
# code (the oracle in ../shared/oracle, installed with its install.sh).
#
#   ORACLE=/tmp/oracle tests/data/demo-catalog-tools/make-expected.sh
#
# Backstage's PlaceholderProcessor cannot resolve a relative `$text: ./openapi.yaml`
# for a `file` location ("Placeholder $text could not form a URL out of <file> and
# ./openapi.yaml"); it only resolves it for url locations, i.e. when the same files
# are registered from a repository URL. So the oracle runs on a temporary copy in
# which each `definition: {$text: ./x}` is replaced by the contents of ./x (what
# the PlaceholderProcessor substitutes when it can read the file). Everything else
# (acceptance, refs, relations, the Location's emitted entities, stitched
# relations) is computed by the unmodified oracle. Files are passed in the order
# of all.yaml: all.yaml first, then its targets.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
demo="$here/../../../resources/demo-catalog"
oracle="${ORACLE:?set ORACLE to an installed copy of the oracle}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r "$demo" "$tmp/demo-catalog"
python3 - "$tmp/demo-catalog" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
pat = re.compile(r'^(?P<ind> *)definition:\n(?P=ind)  \$text: (?P<ref>\S+)\n', re.M)
for f in root.rglob('catalog-info.yaml'):
    text = f.read_text()
    def inline(m):
        body = (f.parent / m['ref']).read_text()
        ind = m['ind'] + '  '
        return m['ind'] + 'definition: |\n' + ''.join(ind + l if l.strip() else '\n' for l in body.splitlines(True))
    new = pat.sub(inline, text)
    if new != text:
        f.write_text(new)
PY
cd "$tmp/demo-catalog"
targets=$(grep -oP '^\s*- \./\K\S+\.yaml' all.yaml)
node "$oracle/validate/validate.js" --stitched --root "$tmp/demo-catalog" \
  "$tmp/demo-catalog/all.yaml" $(for t in $targets; do echo "$tmp/demo-catalog/$t"; done) \
  > "$here/../demo-catalog-expected.jsonl"
python3 - "$here/../demo-catalog-expected.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
docs = [l for l in lines if 'stitched' not in l]
bad = [l for l in docs if not l['ok']]
print(f"{len(docs)} documents, {len(docs) - len(bad)} accepted, {len(bad)} rejected, "
      f"{sum(1 for l in lines if 'stitched' in l)} stitched lines")
for l in bad:
    print('REJECTED', l['file'], l['index'], l['error'])
sys.exit(1 if bad else 0)
PY
