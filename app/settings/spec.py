"""What a setting is: its key, its Python type, its default, a validator, an Indonesian label,
and the action a user needs to change it (as Picard's ``options.py``: every option declared
once, typed, with its default). The declarations themselves are in ``catalog``.

The type is a plain annotation (``bool``, ``int``, ``str``, ``list[str]``, ``dict[str, str]``,
a ``Literal`` of the allowed texts, a ``TypedDict`` for a small record, ``X | None``) because
a stored value is JSON, written by this app or by anyone with an SQLite tool: ``conforms``
checks a value against the type, so no reader ever gets a value of another shape, and the
settings service refuses one.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import (
    Any,
    Generic,
    Literal,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)

from app.permissions import Action

T = TypeVar("T")
Validator = Callable[[Any], "str | None"]


@dataclass(frozen=True, eq=False)
class SettingSpec(Generic[T]):
    """One setting. ``action`` is what a user needs to change it through
    ``change_settings``; None means only the services that own it write it (the history
    chain head, the calendar revision, the last backup…)."""

    key: str
    type: Any
    default: T
    label: str  # Indonesian, as the history and error messages name it
    action: Action | None
    validator: Validator | None = None  # a problem text for a value of the right type, or None
    invalid: str = ""  # the problem of a value of the wrong type ("" = a sentence from the label)
    recorded: Callable[[T], Any] | None = None  # how the history shows a value (default: as is)

    def __post_init__(self) -> None:
        if not conforms(self.default, self.type):
            raise TypeError(f"setting {self.key}: default {self.default!r} is not {self.type}")

    def __repr__(self) -> str:
        return f"<setting {self.key}>"

    def fresh_default(self) -> T:
        """The default, copied: a caller that changes a list or dict changes only its copy."""
        return copy.deepcopy(self.default)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` may not be stored (Indonesian), or None."""
        if not conforms(value, self.type):
            return self.invalid or f"{self.label} harus berupa {describe(self.type)}."
        return self.validator(value) if self.validator is not None else None

    def for_history(self, value: T) -> Any:
        return self.recorded(value) if self.recorded is not None else value


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def conforms(value: Any, tp: Any) -> bool:
    """Whether ``value`` (as JSON gives it back) is of type ``tp``. ``bool`` is not an
    ``int`` here, and a record (``TypedDict``) has all its keys and no others."""
    if tp is Any:
        return True
    if tp is None or tp is type(None):
        return value is None
    if _is_union(tp):
        return any(conforms(value, arg) for arg in get_args(tp))
    origin = get_origin(tp)
    if origin is Literal:
        return any(type(value) is type(arg) and value == arg for arg in get_args(tp))
    if is_typeddict(tp):
        hints = get_type_hints(tp)
        return (
            isinstance(value, dict)
            and tp.__required_keys__ <= value.keys() <= hints.keys()
            and all(conforms(value[k], hints[k]) for k in value)
        )
    if origin is list:
        (item,) = get_args(tp)
        return isinstance(value, list) and all(conforms(v, item) for v in value)
    if origin is dict:
        key, item = get_args(tp)
        return isinstance(value, dict) and all(
            conforms(k, key) and conforms(v, item) for k, v in value.items()
        )
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    raise TypeError(f"a setting cannot have the type {tp!r}")


def describe(tp: Any) -> str:
    """The type in words, for the message about a value of the wrong type."""
    if _is_union(tp):
        named = [describe(a) for a in get_args(tp) if a is not type(None)]
        return " atau ".join(named) + (" atau kosong" if type(None) in get_args(tp) else "")
    origin = get_origin(tp)
    if origin is Literal:
        return "salah satu dari: " + ", ".join(str(a) for a in get_args(tp))
    if is_typeddict(tp):
        return "isian " + ", ".join(get_type_hints(tp))
    if origin is list:
        return "daftar " + describe(get_args(tp)[0])
    if origin is dict:
        return "daftar pasangan kunci dan " + describe(get_args(tp)[1])
    return {bool: "ya atau tidak", int: "bilangan bulat", str: "teks"}.get(tp, str(tp))
