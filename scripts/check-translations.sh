#!/usr/bin/env bash
# Checks the Qt Linguist files (translations/*.ts) against the sources. Fails when
#   - a user-visible string in app/ or ui/ has no finished translation (new, changed or unfinished),
#   - a .ts still holds a string the sources no longer have (vanished / obsolete),
#   - a translation's %1-style arguments (%1…%99, %L1, %n) differ from its source.
# lupdate runs on copies, so the committed files are never touched. To fix: run
#   ninja -C <build> update_translations      (lupdate over app/ and ui/)
# then translate the new entries (Qt Linguist, or edit the .ts) and mark them finished.
#   scripts/check-translations.sh            exit 0 when every .ts is complete
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
[[ -x "$LUPDATE" ]] || LUPDATE="$(command -v lupdate6 || command -v lupdate || true)"
if [[ -z "$LUPDATE" ]]; then
  echo "check-translations: lupdate not found (package qt6-l10n-tools)" >&2
  exit 2
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
shopt -s nullglob
ts_files=("$ROOT"/translations/*.ts)
if [[ ${#ts_files[@]} -eq 0 ]]; then
  echo "check-translations: no .ts files in $ROOT/translations" >&2
  exit 1
fi
copies=()
for ts in "${ts_files[@]}"; do
  cp "$ts" "$WORK/"
  copies+=("$WORK/$(basename "$ts")")
done
# Same options as the update_translations target, except that vanished entries are kept so
# that they can be reported.
(cd "$ROOT" && "$LUPDATE" -silent -locations none app ui -ts "${copies[@]}") >&2

python3 - "${copies[@]}" <<'PY'
import re, sys, xml.etree.ElementTree as ET

ARG = re.compile(r'%(?:L?[1-9][0-9]?|n)')
problems = 0

def report(ts, context, source, what):
    global problems
    problems += 1
    src = source if len(source) <= 70 else source[:67] + '...'
    print(f"{ts}: [{context}] \"{src}\": {what}")

for path in sys.argv[1:]:
    ts = path.rsplit('/', 1)[-1]
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        cname = ctx.findtext('name', '')
        for msg in ctx.iter('message'):
            source = msg.findtext('source', '')
            tr = msg.find('translation')
            kind = tr.get('type', '') if tr is not None else 'missing'
            if kind in ('vanished', 'obsolete'):
                report(ts, cname, source, 'no longer in the sources (remove it: lupdate -no-obsolete)')
                continue
            if kind == 'unfinished' or tr is None:
                report(ts, cname, source, 'not translated (new or changed string)')
                continue
            forms = [f.text or '' for f in tr.findall('numerusform')] if msg.get('numerus') == 'yes' else [tr.text or '']
            if not forms or any(not f.strip() for f in forms):
                report(ts, cname, source, 'empty translation')
                continue
            want = sorted(set(ARG.findall(source)))
            for f in forms:
                got = sorted(set(ARG.findall(f)))
                if got != want:
                    report(ts, cname, source, f"arguments differ: source has {' '.join(want) or 'none'}, "
                                              f"translation \"{f}\" has {' '.join(got) or 'none'}")
if problems:
    print(f"check-translations: {problems} problem(s). Run 'ninja -C <build> update_translations', "
          "translate, and commit translations/*.ts.")
    sys.exit(1)
print(f"check-translations: {len(sys.argv) - 1} file(s) complete")
PY
