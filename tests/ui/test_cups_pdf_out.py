"""The CUPS tests find CUPS-PDF's files where CUPS-PDF writes them: the ``Out`` directive of
its configuration, ``${HOME}`` and ``${USER}`` expanded as CUPS-PDF does (from the password
database), never a guess such as ``~/PDF`` (wrong with a private HOME)."""

from __future__ import annotations

import pwd
from pathlib import Path

from tests.ui.support import cups_pdf_out_dir

CLERK = pwd.struct_passwd(("Siti", "x", 1001, 1001, "", "/home/siti", "/bin/sh"))


def conf(tmp_path: Path, text: str, name: str = "cups-pdf.conf") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_out_with_home_is_the_owners_home_from_the_password_database(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "private-home"))
    folder = conf(tmp_path, "### Key: Out\n#Out /var/spool/cups-pdf/${USER}\nOut ${HOME}/PDF\n")
    assert cups_pdf_out_dir(conf_dir=folder, user=CLERK) == Path("/home/siti/PDF")


def test_out_with_user_is_the_lower_cased_user_name(tmp_path):
    folder = conf(tmp_path, "Out   /srv/cetak/${USER}/keluar  \n")
    assert cups_pdf_out_dir(conf_dir=folder, user=CLERK) == Path("/srv/cetak/siti/keluar")


def test_without_an_out_line_it_is_cups_pdfs_default(tmp_path):
    folder = conf(tmp_path, "# Out ${HOME}/PDF\nGrp lpadmin\n")
    assert cups_pdf_out_dir(conf_dir=folder, user=CLERK) == Path("/var/spool/cups-pdf/siti")
    assert cups_pdf_out_dir(conf_dir=tmp_path / "tidak-ada", user=CLERK) == Path(
        "/var/spool/cups-pdf/siti"
    )


def test_the_last_out_line_counts(tmp_path):
    folder = conf(tmp_path, "Out /a\nOut /b/${USER}\n")
    assert cups_pdf_out_dir(conf_dir=folder, user=CLERK) == Path("/b/siti")


def test_this_machines_queue_does_not_follow_a_private_home(monkeypatch, tmp_path):
    real = cups_pdf_out_dir()
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cups_pdf_out_dir() == real
