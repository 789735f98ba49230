#!/usr/bin/env python3
"""Adds every user-visible string the code looks up to its English .resx file, keeping existing entries as they
are. Run it after adding a string; tests fail while a key is missing.

- src/Web: T["..."], text["..."], DataAnnotations messages and names -> src/Web/Resources/SharedResource.resx
- src/Application/ChangeRequests/Kinds: the core change-request kinds' titles, labels, options and messages
  -> src/Application/Resources/ChangeRequests/Kinds/CoreKindText.resx"""
import html
import pathlib
import re
import xml.etree.ElementTree as ET

repo = pathlib.Path(__file__).resolve().parent.parent

TARGETS = [
    {
        "scan": repo / "src" / "Web",
        "resx": repo / "src" / "Web" / "Resources" / "SharedResource.resx",
        "patterns": [r'\b(?:T|text)\["((?:[^"\\]|\\.)+)"', r'(?:ErrorMessage|Name) = "((?:[^"\\]|\\.)+)"'],
        # Keys built at run time from enum names, with their English text.
        "dynamic": {"Event": "Event", "NoSchool": "No school", "EarlyRelease": "Early release", "Holiday": "Holiday",
                    "Pending": "Pending", "Sent": "Sent", "Failed": "Failed", "Sending": "Sending",
                    # SubmitChangeRequestCommand's message keys, shown by the request form.
                    "Enter a date within a year from today, or leave it empty for as soon as approved.":
                        "Enter a date within a year from today, or leave it empty for as soon as approved."},
    },
    {
        "scan": repo / "src" / "Application" / "ChangeRequests" / "Kinds",
        "resx": repo / "src" / "Application" / "Resources" / "ChangeRequests" / "Kinds" / "CoreKindText.resx",
        "patterns": [r'TitleKey => "([^"]+)"', r'new\([^,()]+, "([^"]+)", FieldInput', r'new\(nameof\(\w+\.\w+\), "([^"]+)"\)',
                     r'public const string \w+ = "([^"]+)";'],
        "dynamic": {},
    },
]

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

for target in TARGETS:
    keys = {}
    for path in sorted(list(target["scan"].rglob("*.cshtml")) + list(target["scan"].rglob("*.cs"))):
        if "/obj/" in str(path) or "/bin/" in str(path):
            continue
        source = path.read_text(encoding="utf-8")
        for pattern in target["patterns"]:
            for match in re.findall(pattern, source):
                key = match.replace('\\"', '"')
                keys.setdefault(key, key)
    keys.update(target["dynamic"])

    resx = target["resx"]
    existing = {}
    if resx.exists():
        for data in ET.parse(resx).getroot().findall("data"):
            existing[data.get("name")] = data.find("value").text or ""
    merged = {**keys, **existing}
    body = "".join(
        f'  <data name="{html.escape(k, quote=True)}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>\n'
        for k, v in sorted(merged.items(), key=lambda kv: kv[0].lower())
    )
    resx.parent.mkdir(parents=True, exist_ok=True)
    resx.write_text(HEADER + body + "</root>\n", encoding="utf-8")
    print(f"{len(merged)} strings in {resx.relative_to(repo)} ({len(merged) - len(existing)} added)")
