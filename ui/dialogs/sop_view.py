"""The SOP itself: identity section and the step table, as the office knows it on paper."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.nip import format_nip
from app.permissions import role_name
from app.phrases import duration
from app.sop import Sop
from ui.formats import format_date
from ui.translation import app_text

translate = QCoreApplication.translate

# The page's frame: no words of its own (they are translated one by one and put in).
_PAGE = (
    "<h2>{instansi}<br>{unit}</h2>"  # notr: markup; its words come from translate()
    "<h3>{heading}</h3>"
    "<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"
    "<table width='100%'><tr>"
    "<td valign='top' width='50%'><b>{dasar_hukum}</b>{dasar_hukum_items}</td>"
    "<td valign='top'><b>{kualifikasi}</b>{kualifikasi_items}</td>"
    "</tr><tr>"
    "<td valign='top'><b>{keterkaitan}</b>{keterkaitan_items}</td>"
    "<td valign='top'><b>{peralatan}</b>{peralatan_items}</td>"
    "</tr><tr>"
    "<td valign='top'><b>{peringatan}</b><p>{peringatan_text}</p></td>"
    "<td valign='top'><b>{pencatatan}</b><p>{pencatatan_text}</p></td>"
    "</tr></table>"
    "<h3>{uraian}</h3>"
    "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
    "<tr><th>{no}</th><th>{kegiatan}</th>{head}<th>{waktu}</th><th>{output}</th></tr>"
    "{steps}"
    "<tr><td></td><td colspan='{span}' align='right'><b>{jumlah}</b></td>"
    "<td><b>{total}</b></td><td></td></tr>"
    "</table>"
    "<p style='color:#555'>{actors}</p>"
)
_STEP_ROW = (
    "<tr><td align='center'>{number}</td><td>{activity}</td>{marks}"  # notr: markup
    "<td>{duration}</td><td>{outputs}</td></tr>"
)


def sop_html(sop: Sop) -> str:
    i = sop.identity
    esc = html.escape

    def items(values: tuple[str, ...]) -> str:
        if not values:
            return "<i>—</i>"  # notr: markup around a dash
        return "<ol>" + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ol>"

    signed_by = (
        f"{esc(i.disahkan_jabatan)}<br><u>{esc(i.disahkan_nama)}</u><br>"  # notr: NIP stays NIP
        f"NIP. {format_nip(i.disahkan_nip)}"
    )
    ident = [  # (label, HTML-escaped value)
        (translate("SopView", "Nomor SOP"), esc(i.nomor)),
        (translate("SopView", "Tanggal pembuatan"), format_date(i.tanggal_pembuatan)),
        (translate("SopView", "Tanggal revisi"), format_date(i.tanggal_revisi)),
        (translate("SopView", "Tanggal pengesahan"), esc(i.tanggal_pengesahan)),
        (translate("SopView", "Disahkan oleh"), signed_by),
        (translate("SopView", "Nama SOP"), esc(i.judul)),
        (translate("SopView", "Versi berkas"), esc(sop.version)),
    ]
    rows = "".join(f"<tr><td width='28%'><b>{esc(k)}</b></td><td>{v}</td></tr>" for k, v in ident)
    roles = [r.code for r in sop.roles]
    head = "".join(f"<th>{esc(app_text(r.name))}</th>" for r in sop.roles)
    steps = ""
    for s in sop.steps:
        marks = "".join(f"<td align='center'>{'●' if s.actor == r else ''}</td>" for r in roles)
        outputs = "<br>".join(esc(o) for o in s.outputs)
        steps += _STEP_ROW.format(
            number=s.number,
            activity=esc(s.activity),
            marks=marks,
            duration=esc(app_text(duration(s.working_days))),
            outputs=outputs,
        )
    actors = ", ".join(f"{s.number} {app_text(role_name(s.actor))}" for s in sop.steps)
    days = sop.total_working_days
    return _PAGE.format(
        instansi=esc(i.instansi.upper()),
        unit=esc(i.unit.upper()),
        heading=translate("SopView", "Standar Operasional Prosedur: {title}").format(
            title=esc(i.judul)
        ),
        rows=rows,
        dasar_hukum=translate("SopView", "Dasar Hukum"),
        dasar_hukum_items=items(i.dasar_hukum),
        kualifikasi=translate("SopView", "Kualifikasi Pelaksana"),
        kualifikasi_items=items(i.kualifikasi_pelaksana),
        keterkaitan=translate("SopView", "Keterkaitan"),
        keterkaitan_items=items(i.keterkaitan),
        peralatan=translate("SopView", "Peralatan / Perlengkapan"),
        peralatan_items=items(i.peralatan),
        peringatan=translate("SopView", "Peringatan"),
        peringatan_text=esc(i.peringatan),
        pencatatan=translate("SopView", "Pencatatan dan Pendataan"),
        pencatatan_text=esc(i.pencatatan),
        uraian=translate("SopView", "Uraian prosedur"),
        no=translate("SopView", "No"),
        kegiatan=translate("SopView", "Kegiatan"),
        head=head,
        waktu=translate("SopView", "Waktu"),
        output=translate("SopView", "Output"),
        steps=steps,
        span=len(roles) + 1,
        jumlah=translate("SopView", "Jumlah"),
        total=esc(translate("SopView", "%n hari kerja", "", days)),
        actors=esc(translate("SopView", "Pelaksana per tahap: {actors}.").format(actors=actors)),
    )


class SopDialog(QDialog):
    def __init__(self, sop: Sop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("SOP {title} (versi {version})").format(
                title=sop.identity.judul, version=sop.version
            )
        )
        self.resize(1000, 680)
        self.browser = QTextBrowser()
        self.browser.setHtml(sop_html(sop))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
