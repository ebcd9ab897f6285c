"""Autouse fixtures that make every test deterministic and keep it off the user's real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from parley import i18n

# Machines running the suite are shared and noisy: a slow example is not a failure.
settings.register_profile("parley", deadline=None)
settings.load_profile("parley")

SRC = Path(__file__).resolve().parent.parent / "src"
TODAY = "2026-11-30"


@pytest.fixture(autouse=True)
def pinned_environment(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("PARLEY_DB", raising=False)
    monkeypatch.delenv("PARLEY_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("PARLEY_TODAY", TODAY)
    monkeypatch.setenv("TZ", "UTC")
    # Subprocesses (`python -m parley ...`) must import this checkout.
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    )
    i18n.set_language("en")
    i18n.set_currency("CNY")
    yield
    i18n.set_language("en")
    i18n.set_currency("CNY")
