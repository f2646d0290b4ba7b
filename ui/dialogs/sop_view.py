"""The SOP itself: identity section and the step table, as the office knows it on paper."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.nip import format_nip
from app.permissions import role_name
from app.sop import Sop
from app.text import format_date


def sop_html(sop: Sop) -> str:
    i = sop.identity
    esc = html.escape

    def items(values: tuple[str, ...]) -> str:
        if not values:
            return "<i>—</i>"
        return "<ol>" + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ol>"

    signed_by = (
        f"{esc(i.disahkan_jabatan)}<br><u>{esc(i.disahkan_nama)}</u><br>"
        f"NIP. {format_nip(i.disahkan_nip)}"
    )
    ident = [  # (label, HTML-escaped value)
        ("Nomor SOP", esc(i.nomor)),
        ("Tanggal pembuatan", format_date(i.tanggal_pembuatan)),
        ("Tanggal revisi", format_date(i.tanggal_revisi)),
        ("Tanggal pengesahan", esc(i.tanggal_pengesahan)),
        ("Disahkan oleh", signed_by),
        ("Nama SOP", esc(i.judul)),
        ("Versi berkas", esc(sop.version)),
    ]
    rows = "".join(f"<tr><td width='28%'><b>{esc(k)}</b></td><td>{v}</td></tr>" for k, v in ident)
    roles = [r.code for r in sop.roles]
    head = "".join(f"<th>{esc(r.name)}</th>" for r in sop.roles)
    steps = ""
    for s in sop.steps:
        marks = "".join(f"<td align='center'>{'●' if s.actor == r else ''}</td>" for r in roles)
        outputs = "<br>".join(esc(o) for o in s.outputs)
        steps += (
            f"<tr><td align='center'>{s.number}</td><td>{esc(s.activity)}</td>{marks}"
            f"<td>{esc(s.duration_text)}</td><td>{outputs}</td></tr>"
        )
    actors = ", ".join(f"{s.number} {role_name(s.actor)}" for s in sop.steps)
    return f"""
    <h2>{esc(i.instansi.upper())}<br>{esc(i.unit.upper())}</h2>
    <h3>Standar Operasional Prosedur: {esc(i.judul)}</h3>
    <table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>
    <table width='100%'><tr>
      <td valign='top' width='50%'><b>Dasar Hukum</b>{items(i.dasar_hukum)}</td>
      <td valign='top'><b>Kualifikasi Pelaksana</b>{items(i.kualifikasi_pelaksana)}</td>
    </tr><tr>
      <td valign='top'><b>Keterkaitan</b>{items(i.keterkaitan)}</td>
      <td valign='top'><b>Peralatan / Perlengkapan</b>{items(i.peralatan)}</td>
    </tr><tr>
      <td valign='top'><b>Peringatan</b><p>{esc(i.peringatan)}</p></td>
      <td valign='top'><b>Pencatatan dan Pendataan</b><p>{esc(i.pencatatan)}</p></td>
    </tr></table>
    <h3>Uraian prosedur</h3>
    <table border='1' cellspacing='0' cellpadding='4' width='100%'>
      <tr><th>No</th><th>Kegiatan</th>{head}<th>Waktu</th><th>Output</th></tr>
      {steps}
      <tr><td></td><td colspan='{len(roles) + 1}' align='right'><b>Jumlah</b></td>
          <td><b>{sop.total_working_days} hari kerja</b></td><td></td></tr>
    </table>
    <p style='color:#555'>Pelaksana per tahap: {esc(actors)}.</p>
    """


class SopDialog(QDialog):
    def __init__(self, sop: Sop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"SOP {sop.identity.judul} (versi {sop.version})")
        self.resize(1000, 680)
        self.browser = QTextBrowser()
        self.browser.setHtml(sop_html(sop))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
