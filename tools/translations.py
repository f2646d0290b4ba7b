"""Keep the window's English catalogue in step with the code.

    uv run python tools/translations.py update    # after changing a text in ui/
    uv run python tools/translations.py missing   # what still lacks its English

``update`` regenerates ``ui/app_texts.py`` (the fixed labels ``app/`` hands the window, listed
so ``pyside6-lupdate`` sees them), runs ``pyside6-lupdate`` over ``ui/`` into
``resources/translations/ujikon_en.ts`` (keeping every translation already written; a text no
longer in the code is dropped), takes the English of a new text from any part file under
``resources/translations/parts/`` (written by someone translating a few modules on a branch:
``part NAME FILE…``), and compiles ``ujikon_en.qm`` with ``pyside6-lrelease``. The ``.ts`` is
what a translator edits (Qt Linguist, ``pyside6-linguist``, or any text editor); the ``.qm`` is
what the window loads. Both are committed; ``tests/ui/test_english.py`` fails when they are out
of step with the code or a text lacks its English.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "ujikon_en.ts"
QM = TRANSLATIONS / "ujikon_en.qm"
PARTS = TRANSLATIONS / "parts"
APP_TEXTS = ROOT / "ui" / "app_texts.py"
APP_CONTEXT = "app"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this interpreter (the project's venv),
    else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def ui_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def app_labels() -> list[str]:
    """Every fixed label of ``app/`` the window shows through ``ui.translation.app_text``, in a
    stable order: step titles and role names of the SOP, document titles, field labels and
    their help, the choices of a choice field, role names, deadline statuses, the kinds of
    day of the calendar, the forms of a penetapan, the kinds of history event and of
    document, the triggers of a case, the setup's note on roles, a number's standing."""
    from app import fields, office, permissions, setup, workdays
    from app.cases import listing
    from app.cases import model as case_model
    from app.documents import kinds as document_kinds
    from app.documents import numbering, signers
    from app.history import kinds
    from app.sop import load_current_sop

    found: list[str] = []
    sop = load_current_sop()
    found += [step.title for step in sop.steps]
    found += [role.name for role in sop.roles]
    found += [doc.title for doc in sop.documents]
    for table in (fields.STEP_FIELDS, fields.ITEM_FIELDS):
        for spec in table.values():
            found += [spec.label, spec.help]
            found += [label for _value, label in spec.choices]
    for choices in (fields.KESIMPULAN, fields.BENTUK_INFORMASI, fields.JANGKA_JENIS):
        found += [label for _value, label in choices]
    found += list(permissions.ROLE_NAMES.values())
    found += list(permissions.ACTION_TEXT.values())
    found += list(numbering.TOKENS.values())  # what each token of a number pattern stands for
    found += [signers.MASTER_OFFICIALS]
    found += list(listing.STATUS_LABELS.values())
    found += list(workdays.DAY_KIND_LABEL.values())
    found += list(office.PENETAPAN_FORMS.values())
    found += list(kinds.KIND_LABELS.values())
    found += list(document_kinds.DOCUMENT_KINDS.values())
    found += list(case_model.TRIGGER_LABELS.values())
    found += list(case_model.TRIGGER_REFERENCE_LABELS.values())
    found += [setup.SETUP_ROLES_NOTE]
    found += ["Dipakai", "Batal", "Digantikan"]  # app.documents.status.RegisterRow.status
    from app.reports import dik, expiry

    found += list(dik.STATUS_LABELS.values())
    found += list(expiry.REASON_LABELS.values())
    plain, _counted = app_phrases()
    found += plain
    found += field_labels()
    unique: dict[str, None] = {}
    for text in found:
        if text and text.strip():
            unique.setdefault(text, None)
    return list(unique)


def app_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "app").rglob("*.py") if "__pycache__" not in p.parts)


PHRASE_CALLS = frozenset({"phrase", "label"})  # app.phrases: a template, a fixed label


def _phrase_call(node: ast.Call) -> bool:
    """``phrase(…)``/``label(…)`` as imported from ``app.phrases``, or ``phrases.phrase(…)``
    (not another module's ``phrase``, such as ``search_index.phrase``)."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in PHRASE_CALLS
    return (
        isinstance(func, ast.Attribute)
        and func.attr in PHRASE_CALLS
        and isinstance(func.value, ast.Name)
        and func.value.id == "phrases"
    )


# The checks of app.validation whose messages name a field: the position of the field's label
# among their arguments, and the keywords that name a bound ("hari ini").
LABEL_ARGUMENT = {"check_text": 2, "check_date": 2, "required_reason": 2}
LABEL_KEYWORDS = frozenset({"not_before_label", "not_after_label"})


def field_labels(paths: list[Path] | None = None) -> list[str]:
    """The literal field labels ``app/`` hands the checks of ``app.validation`` (``"Nama
    lengkap"``), which the window translates inside their messages."""
    found: dict[str, None] = {}
    for path in paths or app_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or call_name(node) not in LABEL_ARGUMENT:
                continue
            position = LABEL_ARGUMENT[call_name(node)]
            given = node.args[position : position + 1]
            given += [k.value for k in node.keywords if k.arg in LABEL_KEYWORDS | {"label"}]
            for arg in given:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, None)
    return list(found)


def app_phrases(paths: list[Path] | None = None) -> tuple[list[str], list[str]]:
    """The templates of every ``phrase("…")`` and the text of every ``label("…")`` in
    ``app/``, read from the source: (those translated as they are, the templates whose English
    depends on a count: a ``plural=`` param). A template that is not a string literal cannot
    be listed and is refused (``ValueError`` naming where)."""
    plain: dict[str, None] = {}
    counted: dict[str, None] = {}
    wrong: list[str] = []
    for path in paths or app_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _phrase_call(node)):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                if call_name(node) == "phrase":
                    wrong.append(where)
                continue  # label(variable): a label of a table app_labels lists
            plural = any(k.arg == "plural" for k in node.keywords)
            (counted if plural else plain).setdefault(first.value, None)
    both = set(plain) & set(counted)
    if wrong or both:
        raise ValueError(
            "phrase templates must be string literals, each with or without plural= "
            f"everywhere: {wrong or sorted(both)}"
        )
    return list(plain), list(counted)


def app_texts_source() -> str:
    lines = [
        '"""Generated by ``tools/translations.py update``; do not edit. The fixed labels of',
        "``app/`` the window shows through ``ui.translation.app_text``, listed so that",
        '``pyside6-lupdate`` puts them in the catalogue\'s "app" context."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "APP_TEXTS = (",
    ]
    for text in app_labels():
        lines.append(f"    QT_TRANSLATE_NOOP({APP_CONTEXT!r}, {text!r}),")
    lines.append(")")
    lines += [
        "",
        "",
        "def _counted() -> None:",
        '    """The phrases whose English depends on a count (singular and plural forms); never',
        '    called: pyside6-lupdate reads it."""',
    ]
    for text in app_phrases()[1]:
        lines.append(f"    QCoreApplication.translate({APP_CONTEXT!r}, {text!r}, '', 1)")
    lines.append("    return None")
    return "\n".join(lines) + "\n"


def lupdate(sources: list[Path], ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, sources),
            "-source-language",
            "id_ID",
            "-target-language",
            "en_GB",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def messages(ts: Path):
    """(context, source, message element) of every message of ``ts``."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def known_translations() -> dict[tuple[str, str], ET.Element]:
    """The finished translations of the part files, by (context, source)."""
    known: dict[tuple[str, str], ET.Element] = {}
    for part in sorted(PARTS.glob("*.ts")) if PARTS.exists() else []:
        for context, source, message in messages(part):
            if not unfinished(message):
                known[(context, source)] = message.find("translation")  # type: ignore[assignment]
    return known


def fill_from_parts(ts: Path) -> int:
    known = known_translations()
    if not known:
        return 0
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = known.get((name, message.findtext("source") or ""))
            if found is None or not unfinished(message):
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            copy = ET.fromstring(ET.tostring(found))
            copy.tail = "\n    "
            message.append(copy)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update() -> None:
    APP_TEXTS.write_text(app_texts_source(), encoding="utf-8")
    lupdate(ui_sources(), TS)
    filled = fill_from_parts(TS)
    if filled:
        lupdate(ui_sources(), TS)  # back into lupdate's own layout
    lrelease(TS, QM)
    left = list(missing())
    print(f"{TS.name}: {filled} taken from parts, {len(left)} without English")


def missing():
    for context, source, message in messages(TS):
        if unfinished(message):
            yield context, source


def part(name: str, files: list[str]) -> None:
    PARTS.mkdir(exist_ok=True)
    lupdate([Path(f) for f in files], PARTS / f"{name}.ts")


# Calls whose string arguments a person never reads: object names, style sheets, settings
# keys, paths, and what a string method or the standard library takes. (A log call is told by
# its receiver, below: ``QMessageBox.warning`` is read, ``log.warning`` is not.)
NOT_SHOWN_CALLS = frozenset(
    {
        "setObjectName",
        "setStyleSheet",
        "setProperty",
        "property",
        "value",
        "setValue",
        "QSettings",
        "Path",
        "open",
        "compile",
        "match",
        "search",
        "sub",
        "fullmatch",
        "startswith",
        "endswith",
        "split",
        "rsplit",
        "strip",
        "replace",
        "join",
        "getattr",
        "setattr",
        "hasattr",
        "isinstance",
        "QKeySequence",
        "setShortcut",
        "QDate",
        "fromString",
        "toString",
        "strftime",
        "strptime",
        "QColor",
        "QFont",
        "fromTheme",
        "QIcon",
        "setenv",
        "getenv",
        "encode",
        "decode",
        "Signal",
        "Slot",
        "Property",
        "QT_TRANSLATE_NOOP",
        "tr",
        "translate",
        "app_text",
        "setFamily",
        "print",
        "removeprefix",
        "removesuffix",
        "count",
        "index",
        "find",
        "mimeData",
        "hasFormat",
        "QRegularExpression",
        "setAccessibleName",
        "dataclass",
        "field",
        "NamedTuple",
        "TypeVar",
        "cast",
        "KeyError",
        "ValueError",
        "RuntimeError",
        "TypeError",
        "AssertionError",
        "NotImplementedError",
    }
)
LOG_LEVELS = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})
LOGGERS = frozenset({"log", "logger", "logging", "_log", "LOG"})
# A text a person reads has a letter and is more than an identifier: it has a space, or begins
# with a capital, or ends with an ellipsis or a colon.
READ_TEXT = re.compile(r"[A-Za-z\u00C0-\u024F]")
IDENTIFIER = re.compile(r"^([a-z0-9_./:\-%{}\[\]#*?=<>|,;+]*|[A-Z][A-Z0-9_]+)$")
NOT_TRANSLATED_MARK = "# notr"


def _not_shown(call: ast.Call) -> bool:
    func = call.func
    name = call_name(call)
    if name in LOG_LEVELS:
        return isinstance(func, ast.Attribute) and (
            (isinstance(func.value, ast.Name) and func.value.id in LOGGERS)
            or (isinstance(func.value, ast.Attribute) and func.value.attr in LOGGERS)
        )
    return name in NOT_SHOWN_CALLS


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def looks_read(text: str) -> bool:
    return bool(READ_TEXT.search(text)) and not IDENTIFIER.match(text)


def unwrapped(paths: list[Path] | None = None) -> list[tuple[Path, int, str]]:
    """The string literals of ``ui/`` a person may read that reach a widget untranslated: not
    inside ``self.tr``/``translate``/``app_text``/``QT_TRANSLATE_NOOP``, not a docstring, not
    an argument of a call no one reads (``NOT_SHOWN_CALLS``), not a dictionary key, not on a
    line marked ``# notr`` (say why in the same comment), and not a subscript. An f-string with
    words is reported too: its words never reach the catalogue (write ``self.tr("… {x}")
    .format(x=…)`` instead)."""
    found: list[tuple[Path, int, str]] = []
    skip_files = {APP_TEXTS.name, "translation.py", "soak.py"}
    for path in paths or ui_sources():
        if path.name in skip_files:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if isinstance(parents.get(node), ast.JoinedStr) or id(node) in docstrings:
                    continue
                text = node.value
            else:
                continue
            if not looks_read(text) or NOT_TRANSLATED_MARK in lines[node.lineno - 1]:
                continue
            if _exempt(node, parents):
                continue
            found.append((path, node.lineno, text))
    return found


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Only the nearest call that takes the literal decides: a text in a lambda handed to
    ``connect`` is judged by the call in the lambda, not by ``connect``."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Call) and child is not parent.func:
            return _not_shown(parent)
        if isinstance(parent, ast.Dict) and any(child is k for k in parent.keys):
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return True
        if isinstance(parent, ast.Compare):
            return True  # compared with, not shown
        if isinstance(parent, ast.stmt | ast.Lambda):
            return False
        child, parent = parent, parents.get(parent)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("missing")
    u = sub.add_parser("unwrapped")
    u.add_argument("files", nargs="*")
    p = sub.add_parser("part")
    p.add_argument("name")
    p.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.command == "update":
        update()
    elif args.command == "missing":
        for context, source in missing():
            print(f"{context}\t{source!r}")
    elif args.command == "unwrapped":
        hits = unwrapped([Path(f).resolve() for f in args.files] or None)
        for path, line, text in hits:
            print(f"{path.relative_to(ROOT)}:{line}: {text!r}")
        return 1 if hits else 0
    else:
        part(args.name, args.files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
