#!/usr/bin/env python3
"""Every translation is complete and current.

Runs lupdate over the sources into copies of the .ts files, as
`update_translations` would, then checks each copy: no unfinished, obsolete
or vanished entry, and the same messages as the committed file (so every
tr() string of the sources is in it, and nothing else).

    check_translations.py <lupdate> <source root> <file.ts>...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            found[(name, message.findtext("source"), message.findtext("comment"))] = kind
    return found


def main():
    lupdate, root, ts_files = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    # Includes name their folder ("ui/loginwidget.h", "core/..."): lupdate
    # needs the roots they start from to know each class's context.
    sources = ["-I", str(root), "-I", str(root / "app"), str(root / "app"), str(root / "ui"),
               str(root / "cli")]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in map(Path, ts_files):
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                            *sources, "-ts", str(copy)], check=True)
            committed, current = messages(ts), messages(copy)
            for key, kind in current.items():
                if kind:
                    failures.append(f"{ts.name}: {kind or 'new'} {key[0]}: {key[1]!r}")
            for key in current.keys() - committed.keys():
                failures.append(f"{ts.name}: not translated yet {key[0]}: {key[1]!r}")
            for key in committed.keys() - current.keys():
                failures.append(f"{ts.name}: no longer in the sources {key[0]}: {key[1]!r}")
            print(f"{ts.name}: {len(current)} messages")
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s); refresh with "
              "`cmake --build --preset dev --target update_translations` and translate")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
