"""What the Atasan approves, as the Atasan met it: step 5 listed the items with their alasan
pengecualian, but not what of an item *dikecualikan sebagian* would be blacked out, nor why
(decided at step 2). The items table of step 5 now has both (``wording.redaction_text``), and
the item's detail below the table repeats them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.cases.read import case_detail
from app.cases.wording import redaction_text
from app.permissions import Actor
from tests.conftest import advance_case
from tests.ui.test_ui_capabilities import create_officials, make_case


def column(model, title: str) -> list[str]:
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = heads.index(title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_atasan_sees_what_each_item_loses_and_why_before_approving(window):
    case_id = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(case_id, 5, create_officials(), kesimpulan="sebagian")
    window.case_list.reload_choices()
    window.set_role("atasan_ppid")
    window.open_case(case_id)
    form = window.case_view.form
    assert form.title.text().startswith("Tahap 5:")
    assert column(form.items_model, "Dihitamkan") == ["Nama dan alamat pasien"]
    assert column(form.items_model, "Alasan dihitamkan") == ["Data pribadi."]
    form.items_view.selectRow(0)
    assert "Yang dihitamkan" in form.item_detail.text()
    assert "Nama dan alamat pasien" in form.item_detail.text()
    assert "Data pribadi." in form.item_detail.text()


def test_an_item_exempted_whole_or_open_says_so(window):
    whole = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(whole, 5, create_officials(), kesimpulan="seluruhnya")
    item = case_detail(whole).items[0]
    assert redaction_text(item) == (
        "Seluruhnya (informasi tidak diberikan)",
        "Dikecualikan seluruhnya",
    )
    opened = make_case(Actor("ppid_pembantu", "Budi"))
    advance_case(opened, 3, create_officials(), kesimpulan="terbuka")
    assert redaction_text(case_detail(opened).items[0]) == ("Tidak ada", "Terbuka")
    assert redaction_text(case_detail(make_case(Actor("ppid_pembantu", "B"))).items[0]) == (
        "Belum diuji",
        "",
    )
