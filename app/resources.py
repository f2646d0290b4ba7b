"""Where the files Ujikon ships live (``resources/``: the SOP file, Pasal 17, the OPD list,
fonts, the placeholder logo): one place, so a packaged build changes only this."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
