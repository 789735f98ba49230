#!/usr/bin/env python3
"""Adds every string the host's pages and code look up (T["..."], text["..."], DataAnnotations messages and
names) to src/Web/Resources/SharedResource.resx with its English text, keeping existing entries as they are.
Run it after adding a user-visible string; the Web tests fail while a key is missing."""
import html
import pathlib
import re
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent / "src" / "Web"
resx = root / "Resources" / "SharedResource.resx"
patterns = [
    re.compile(r'\b(?:T|text)\["((?:[^"\\]|\\.)+)"'),
    re.compile(r'(?:ErrorMessage|Name) = "((?:[^"\\]|\\.)+)"'),
]
# Keys built at run time from enum names, with their English text.
dynamic = {"Event": "Event", "NoSchool": "No school", "EarlyRelease": "Early release", "Holiday": "Holiday"}

keys = {}
for path in sorted(list(root.rglob("*.cshtml")) + list(root.rglob("*.cs"))):
    if "/obj/" in str(path) or "/bin/" in str(path):
        continue
    for pattern in patterns:
        for match in pattern.findall(path.read_text(encoding="utf-8")):
            key = match.replace('\\"', '"')
            keys.setdefault(key, key)
keys.update({k: v for k, v in dynamic.items()})

existing = {}
if resx.exists():
    for data in ET.parse(resx).getroot().findall("data"):
        existing[data.get("name")] = data.find("value").text or ""
merged = {**keys, **existing}

header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
body = "".join(
    f'  <data name="{html.escape(k, quote=True)}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>\n'
    for k, v in sorted(merged.items(), key=lambda kv: kv[0].lower())
)
resx.write_text(header + body + "</root>\n", encoding="utf-8")
print(f"{len(merged)} strings in {resx.relative_to(root.parent.parent)} ({len(merged) - len(existing)} added)")
