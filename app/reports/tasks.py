"""The command-line tasks of the DIK (``main.py dik terbitkan|versi|antrean``), as
``app.tasks`` does the others: each opens the database it is given, does one job as the
system actor and closes it, and returns what to print and the exit code (0 done, 1 a
message saying what went wrong). The export of the DIK as it stands today
(``main.py dik BERKAS``) is ``app.tasks.export_dik``."""

from __future__ import annotations

from pathlib import Path

from app import store
from app.errors import UserError
from app.permissions import SYSTEM_ACTOR
from app.tasks import TaskResult
from app.text import format_date


def _change_lines(changes) -> list[str]:
    return [f"  - {c.text}" for c in changes.changes]


def publish(path: Path, catatan: str) -> TaskResult:
    """``main.py dik terbitkan``: the next version of the DIK, as of today."""
    from app import clock
    from app.reports.dik_versions import publish_dik

    result = TaskResult()
    try:
        store.open_database(path, take_lock=False)
        published = publish_dik(SYSTEM_ACTOR, clock.today(), catatan).value
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    v = published.version
    result.out.append(
        f"DIK versi {v.nomor} diterbitkan ({format_date(v.tanggal)}, {v.jumlah} butir): "
        f"{published.changes.summary}."
    )
    result.out += _change_lines(published.changes)
    return result


def _write(target: Path, data: bytes) -> None:
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UserError(f"Berkas {target} tidak dapat ditulis: {exc.strerror or exc}.") from exc


def version(
    path: Path,
    nomor: str | None,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    csv: Path | None = None,
) -> TaskResult:
    """``main.py dik versi [N|terakhir] [--pdf F] [--xlsx F] [--csv F]``: without N the list
    of versions; with N that version, its changes, and the files asked for."""
    from app.reports.dik_versions import dik_version, dik_versions, latest_version

    result = TaskResult()
    try:
        store.open_for_reading(path)
        if nomor is None:
            if pdf or xlsx or csv:
                return result.failed(
                    "Sebutkan nomor versinya (atau 'terakhir'), misalnya: dik versi 3 --pdf dik.pdf"
                )
            versions = dik_versions()
            if not versions:
                result.out.append("Belum ada versi DIK yang diterbitkan.")
            for v in versions:
                result.out.append(
                    f"Versi {v.nomor}: {format_date(v.tanggal)}, {v.jumlah} butir, oleh "
                    f"{v.penerbit}" + (f" — {v.catatan}" if v.catatan else "")
                )
            return result
        if nomor.lower() == "terakhir":
            last = latest_version()
            if last is None:
                return result.failed("Belum ada versi DIK yang diterbitkan.")
            number = last.nomor
        elif nomor.isdigit():
            number = int(nomor)
        else:
            return result.failed(
                f'Nomor versi "{nomor}" tidak sah: tulis angka (misalnya 3) atau "terakhir".'
            )
        view = dik_version(number)
        _describe(view, result)
        _export(view, pdf, xlsx, csv, result)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    return result


def _describe(view, result: TaskResult) -> None:
    v = view.version
    result.out.append(
        f"DIK versi {v.nomor}, diterbitkan {format_date(v.tanggal)} oleh {v.penerbit}: "
        f"{v.jumlah} butir (SHA-256 {v.sha256})."
    )
    if not view.intact:
        result.err.append(
            "Peringatan: isi versi ini tidak cocok dengan sidik SHA-256-nya (diubah di luar "
            "aplikasi)."
        )
    if view.previous is None:
        result.out.append("Versi pertama.")
    else:
        p = view.previous
        result.out.append(
            f"Perubahan sejak versi {p.nomor} ({format_date(p.tanggal)}): {view.changes.summary}."
        )
        result.out += _change_lines(view.changes)


def _export(view, pdf: Path | None, xlsx: Path | None, csv: Path | None, result: TaskResult):
    from app.reports.export import write_version_csv, write_version_xlsx

    if pdf is not None:
        from app.reports.dik_pdf import render_dik_pdf

        data = render_dik_pdf(view)
        _write(pdf, data)
        result.out.append(f"PDF ditulis ke {pdf}.")
    if xlsx is not None:
        write_version_xlsx(view, xlsx)
        result.out.append(f"XLSX ditulis ke {xlsx}.")
    if csv is not None:
        write_version_csv(view, csv)
        result.out.append(f"CSV ditulis ke {csv}.")


def queue(path: Path, days: int, months: int) -> TaskResult:
    """``main.py dik antrean``: the expiry queue as of today, the most urgent first."""
    from app import clock
    from app.reports.expiry import expiry_queue

    result = TaskResult()
    try:
        store.open_for_reading(path)
        today = clock.today()
        rows = expiry_queue(today, days, months)
    except UserError as exc:
        return result.failed(exc.message)
    finally:
        store.close_database()
    result.out.append(
        f"Antrean jangka waktu DIK per {format_date(today)} ({days} hari kerja ke depan, "
        f"tinjauan setiap {months} bulan): {len(rows)} butir."
    )
    for r in rows:
        e = r.entry
        line = (
            f"  {format_date(r.batas)} | {r.alasan_label} | {e.informasi} ({e.opd}; kasus "
            f"{e.kasus}, butir #{e.butir_id}) — {r.keterangan}"
        )
        if r.retest_running:
            line += f" Sedang diuji ulang: kasus {r.uji_ulang_nomor}."
        result.out.append(line)
    return result
