#!/usr/bin/env python3
"""Lists every interpretation recorded in the rule sets (docs/interpretations.md)."""
import glob
import os
import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def text(value):
    if isinstance(value, dict):
        value = value.get("en") or value.get("zh")
    return " ".join(str(value).split())


print("# How ambiguous passages were read\n")
print("Generated from the `interpretation` fields of `rules/` (these are also shown to users next to each "
      "criterion). Regenerate with `python3 scripts/list-interpretations.py > docs/interpretations.md`.")
for path in sorted(glob.glob(os.path.join(ROOT, "rules", "*", "*.yaml"))):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    print(f"\n**{doc['document']['id']}** ({os.path.relpath(path, ROOT)}):")
    validity = doc["document"].get("validity") or {}
    if validity.get("interpretation"):
        print(f"- validity ({validity.get('clause')}): {text(validity['interpretation'])}")
    area = doc["document"].get("area") or {}
    if area.get("interpretation"):
        print(f"- area ({area.get('clause')}): {text(area['interpretation'])}")
    for programme in doc["programmes"]:
        if programme.get("interpretation"):
            print(f"- {programme['id']}: {text(programme['interpretation'])}")
        for key in ("validity", "area"):
            part = programme.get(key) or {}
            if isinstance(part, dict) and part.get("interpretation"):
                print(f"- {programme['id']} {key} ({part.get('clause')}): {text(part['interpretation'])}")
        for c in programme.get("criteria") or []:
            if c.get("interpretation"):
                print(f"- {programme['id']}/{c['id']} {c['clause']}: {text(c['interpretation'])}")
        for a in programme.get("amounts") or []:
            if a.get("interpretation"):
                print(f"- {programme['id']}/${a['id']} {a['clause']}: {text(a['interpretation'])}")
