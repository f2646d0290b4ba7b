"""What is printed: a stored PDF and its title (``PrintJob``). A module of its own, without
QtPdf or QtPrintSupport, so the window can hold print jobs without loading printing (about
3 MiB and the start's time) until something is previewed or printed (``ui.printing``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintJob:
    title: str
    pdf: bytes
    document_id: int | None = None  # a finalised document: its printing goes in the history
