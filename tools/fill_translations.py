"""Fill a Qt .ts catalogue from a JSON dictionary {source text: translation} and report gaps.

Usage: python tools/fill_translations.py resources/translations/app_nl.ts tools/app_nl.json
Keeps translations already present; prints the sources still missing (exit 1 if any).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("unfinished", None) and source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    ts, dictionary = Path(sys.argv[1]), Path(sys.argv[2])
    gaps = fill(ts, json.loads(dictionary.read_text(encoding="utf-8")))
    for gap in gaps:
        print("missing:", gap)
    sys.exit(1 if gaps else 0)
