"""A published DIK version as files, as one long job (``app.reports.jobs`` does the same for
the other reports): what the window runs in its background runner, and the evidence pack
reuses. Every file is written under a temporary name first and all are moved into place
at the end, so a failure or a cancel leaves none of them behind; a version whose stored
entries no longer match its digest is refused before anything is written
(``dik_versions.require_intact``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.reports.jobs import Written
from app.reports.pdf import Cancelled, Progress, Steps


def export_dik_version(
    nomor: int,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    csv: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Written:
    """Version ``nomor`` of the DIK to the files asked for (PDF: F4 landscape with the kop;
    XLSX with its *Perubahan* sheet; CSV for the website)."""
    from app.reports.dik_pdf import render_dik_pdf
    from app.reports.dik_versions import dik_version, require_intact
    from app.reports.export import write_version_csv, write_version_xlsx
    from app.reports.pdf import check_target

    targets = [(p, s) for p, s in ((pdf, ".pdf"), (xlsx, ".xlsx"), (csv, ".csv")) if p]
    if not targets:
        raise UserError("Pilih berkas PDF, XLSX dan/atau CSV tujuan DIK.")
    for path, suffix in targets:
        check_target(path, suffix, f"dik-versi-{nomor}{suffix}")
    steps = Steps(progress, cancelled)
    total = len(targets) + 2
    steps(0, total, f"Membaca DIK versi {nomor}…")
    view = dik_version(nomor)
    require_intact(view)
    writers: list[tuple[Path, Callable[[Path], object]]] = []
    if pdf is not None:
        steps(1, total, "Menyusun PDF…")
        data = render_dik_pdf(view)
        writers.append((pdf, lambda part: part.write_bytes(data)))
    if xlsx is not None:
        writers.append((xlsx, lambda part: write_version_xlsx(view, part)))
    if csv is not None:
        writers.append((csv, lambda part: write_version_csv(view, part)))
    parts: list[tuple[Path, Path]] = []
    try:
        for index, (path, write) in enumerate(writers, start=2):
            steps(index, total, f"Menulis {path.name}…")
            part = path.with_name(f"{path.name}.{datetime.now():%H%M%S%f}.part")
            parts.append((part, path))
            write(part)
        steps(total, total, "Memindahkan berkas ke tempatnya…")  # the last moment to cancel
        for part, path in parts:
            os.replace(part, path)
    except OSError as exc:
        raise UserError(
            f"Berkas DIK tidak dapat ditulis: {exc.strerror or exc}. Periksa apakah berkas itu "
            "sedang dibuka di program lain dan folder dapat ditulisi."
        ) from exc
    finally:
        for part, _path in parts:
            part.unlink(missing_ok=True)
    written = [path for path, _write in writers]
    return Written(
        tuple(written),
        f"DIK versi {nomor} ditulis ke {', '.join(str(p) for p in written)}.",
    )
