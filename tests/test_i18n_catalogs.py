"""Both catalogs are complete and compiled: no untranslated string can reach the screen."""

import subprocess
import sys
from pathlib import Path

from parley import i18n

ROOT = Path(__file__).resolve().parent.parent


def test_catalogs_complete_and_compiled():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_switching_language_changes_messages():
    i18n.set_language("zh_CN")
    assert i18n._("Bank") != "Bank"
    i18n.set_language("en")
    assert i18n._("Bank") == "Bank"


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.default_language() == "zh_CN"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.default_language() == "en"
