"""Every key Parley defines has an id and a tooltip, in both languages."""

from __future__ import annotations

import importlib
import pkgutil

from textual.binding import Binding

import parley.tui.screens as screens
from parley import i18n
from parley.tui.app import ParleyApp


def all_bindings() -> list[tuple[str, Binding]]:
    found = [("ParleyApp", b) for b in ParleyApp.BINDINGS]
    for info in pkgutil.walk_packages(screens.__path__, screens.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if isinstance(obj, type) and obj.__module__ == module.__name__:
                for binding in vars(obj).get("BINDINGS", []):
                    if isinstance(binding, Binding):
                        found.append((name, binding))
    return found


def test_every_binding_has_an_id_and_a_tooltip():
    bindings = all_bindings()
    assert len(bindings) > 30
    missing = [(owner, b.key) for owner, b in bindings if not (b.id and b.tooltip)]
    assert not missing


def test_every_binding_is_translated():
    i18n.set_language("zh_CN")
    untranslated = [
        (owner, b.description)
        for owner, b in all_bindings()
        if b.description
        and i18n._(b.description) == b.description
        and b.description != "中文/English"
    ]
    assert not untranslated
