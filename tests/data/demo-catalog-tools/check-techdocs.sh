#!/usr/bin/env bash
# Builds every TechDocs site of the demo catalog with plain MkDocs (Debian
# packages mkdocs, mkdocs-material, python3-pymdownx), strict mode.
# techdocs-core is not packaged in Debian, so each site is built from a
# temporary copy whose mkdocs.yml has `techdocs-core` replaced by the
# Markdown extensions techdocs-core adds (backstage-facts §6.1) that the
# Debian versions provide.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
demo="$here/../../../resources/demo-catalog"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
while IFS= read -r cfg; do
  site="$(dirname "$cfg")"
  rel="${site#"$demo"/}"
  case "$rel" in templates/*) continue ;; esac
  mkdir -p "$tmp/$rel"
  cp -r "$site/." "$tmp/$rel/"
  python3 - "$tmp/$rel/mkdocs.yml" <<'PY'
import sys, yaml
p = sys.argv[1]
cfg = yaml.safe_load(open(p))
plugins = [x for x in cfg.get('plugins', []) if x != 'techdocs-core'] or ['search']
cfg['plugins'] = plugins
cfg['theme'] = {'name': 'material'}
core = ['toc', 'admonition', 'pymdownx.details',
        {'pymdownx.tabbed': {'alternate_style': True}},
        'pymdownx.caret', 'pymdownx.critic', 'pymdownx.inlinehilite',
        'pymdownx.magiclink', 'pymdownx.mark', 'pymdownx.smartsymbols',
        'pymdownx.highlight', 'pymdownx.extra', 'pymdownx.superfences',
        {'pymdownx.tasklist': {'custom_checkbox': True}}, 'pymdownx.tilde']
names = lambda l: [x if isinstance(x, str) else next(iter(x)) for x in l]
own = cfg.get('markdown_extensions', [])
cfg['markdown_extensions'] = own + [x for x in core if names([x])[0] not in names(own)]
yaml.safe_dump(cfg, open(p, 'w'), sort_keys=False)
PY
  if (cd "$tmp/$rel" && mkdocs build --strict -q -d "$tmp/out/$rel" 2>"$tmp/log"); then
    echo "ok   $rel ($(find "$tmp/out/$rel" -name index.html | wc -l) pages)"
  else
    echo "FAIL $rel"; cat "$tmp/log"; status=1
  fi
  grep -l 'class="tabbed-set' -r "$tmp/out/$rel" >/dev/null && echo "     tabs rendered" || true
done < <(find "$demo" -name mkdocs.yml | sort)
exit $status
