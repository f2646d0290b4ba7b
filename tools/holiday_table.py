"""Write ``resources/hari_libur_nasional.json``: Indonesia's libur nasional and cuti bersama
for ``app.workdays.NATIONAL_TABLE_YEARS``, as the installed (pinned) ``holidays`` package
gives them, with that package's version. The window reads the dates from this file instead
of importing the package at start; with another installed version it asks the package.
Run it after updating ``holidays`` (a test fails until the file matches the package)::

    uv run python tools/holiday_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.workdays import (  # noqa: E402
    NATIONAL_TABLE,
    NATIONAL_TABLE_YEARS,
    holidays_version,
    package_national_dates,
)


def table() -> dict:
    return {
        "holidays": holidays_version(),
        "tahun": {
            str(year): [
                [d.isoformat(), kind.value, name] for d, kind, name in package_national_dates(year)
            ]
            for year in NATIONAL_TABLE_YEARS
        },
    }


def main() -> None:
    path = ROOT / "resources" / NATIONAL_TABLE
    data = table()
    years = [
        f"  {json.dumps(year)}: [\n"
        + ",\n".join(f"    {json.dumps(entry, ensure_ascii=False)}" for entry in days)
        + "\n  ]"
        for year, days in data["tahun"].items()
    ]
    text = (
        f'{{"holidays": {json.dumps(data["holidays"])}, "tahun": {{\n'
        + ",\n".join(years)
        + "\n}}\n"
    )
    assert json.loads(text) == data
    path.write_text(text, encoding="utf-8")  # one date a line: a package update diffs well
    print(f"{path}: {len(NATIONAL_TABLE_YEARS)} tahun, holidays {holidays_version()}")


if __name__ == "__main__":
    main()
