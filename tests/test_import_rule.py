"""``app/`` decides, ``ui/`` shows: the window never imports the store, peewee, sqlite3 or
ReportLab, and ``main.py`` talks only to services. (``app/`` never imports Qt.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINDOW_MAY_NOT = (
    "peewee",
    "playhouse",
    "sqlite3",
    "reportlab",
    "app.models",
    "app.db",
    "app.store",
)
CORE_MAY_NOT = ("PySide6", "ui")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in a file, also those inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # "from app import store" imports the module app.store
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def offending(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [
        f"{p.relative_to(ROOT)}:{line} imports {module}"
        for p in paths
        for line, module in imported_modules(p)
        if any(module == b or module.startswith(b + ".") for b in banned)
    ]


def test_the_window_and_main_import_no_store_peewee_sqlite_or_reportlab():
    files = sorted((ROOT / "ui").rglob("*.py")) + [ROOT / "main.py"]
    assert len(files) > 20
    assert offending(files, WINDOW_MAY_NOT) == []


def test_the_core_imports_no_qt():
    assert offending(sorted((ROOT / "app").rglob("*.py")), CORE_MAY_NOT) == []


@pytest.mark.parametrize(
    "source, banned",
    [
        ("from app import store\n", "app.store"),
        ("from app.models import Case\n", "app.models"),
        ("def f():\n    import sqlite3\n", "sqlite3"),
        ("from reportlab.platypus import Paragraph\n", "reportlab"),
    ],
)
def test_the_rule_sees_every_way_of_importing(tmp_path, source, banned):
    path = tmp_path / "x.py"
    path.write_text(source, encoding="utf-8")
    found = [m for _line, m in imported_modules(path) if m == banned or m.startswith(banned + ".")]
    assert found, source


def test_documents_read_cases_through_the_read_models_never_a_command():
    documents = sorted((ROOT / "app" / "documents").rglob("*.py"))
    assert offending(documents, ("app.cases.commands", "app.cases.records")) == []
    assert offending(sorted((ROOT / "app" / "cases").rglob("*.py")), ("app.documents",)) == []


def test_main_talks_only_to_the_task_services():
    """Besides the tasks and the window, main.py uses the default path, the number format,
    the error type (with the wording of an OSError no task caught) and the exit after the
    window's quit: nothing that reads or writes the database."""
    modules = {m for _line, m in imported_modules(ROOT / "main.py") if m.startswith(("app", "ui"))}
    allowed = {
        "app",
        "app.tasks",
        "app.reports",
        "app.reports.tasks",  # the DIK's command-line tasks
        "app.reports.cli",  # the annual report, buku register and SOP document commands
        "app.exchange",
        "app.exchange.cli",  # paket kirim|terima|kunci
        "app.server_tasks",  # server siapkan|pindahkan, and what --db names
        "app.server_tasks.db_target",
        "app.server_tasks.first_admin",
        "app.__version__",
        "app.APP_NAME",
        "app.paths",
        "app.paths.default_db_path",
        "app.text",
        "app.text.format_number",
        "app.errors",
        "app.errors.UserError",
        "app.errors.os_error_message",
        "ui.application",
        "ui.application.run",
        # --version (reads the file's schema version read-only), --smoke, the network guard
        "app.about",
        "app.about.version_text",
        "app.netguard",
        "app.netguard.block_if_asked",
        "ui.smoke",
        "ui.smoke.run_smoke",
        # the process ended after the window's ordered quit
        "app.quick_exit",
        "app.quick_exit.leave",
        "app.quick_exit.arm",
    }
    assert modules <= allowed, sorted(modules - allowed)
