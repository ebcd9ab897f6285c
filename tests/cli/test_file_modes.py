"""Parley creates its files 0600 and never changes the mode of a file it did not create:
not the data file, not an existing export target, not /dev/null."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data.db"
    assert parley("demo", "--db", str(path)).returncode == 0
    return path


READERS = {
    "export": lambda tmp: ["export", "--format", "json"],
    "script": lambda tmp: ["script", "--debt", "1"],
    "evidence": lambda tmp: ["evidence", "--debt", "1", "--out", str(tmp / "pack")],
    "calendar": lambda tmp: ["calendar", "--out", str(tmp / "c.ics")],
    "list": lambda tmp: ["list"],
}


@pytest.mark.parametrize("verb", sorted(READERS))
def test_a_0444_data_file_stays_0444_after_a_reading_verb(tmp_path, data, verb):
    os.chmod(data, 0o444)
    try:
        result = parley(*READERS[verb](tmp_path), "--db", str(data))
        assert result.returncode == 0, result.stderr
        assert mode(data) == 0o444
    finally:
        os.chmod(data, 0o600)


def test_an_existing_export_target_keeps_its_mode_and_a_new_one_is_0600(tmp_path, data):
    existing = tmp_path / "existing.json"
    existing.write_text("old", encoding="utf-8")
    os.chmod(existing, 0o644)
    new = tmp_path / "new.json"
    for target in (existing, new):
        result = parley("export", "--db", str(data), "--format", "json", "--out", str(target))
        assert result.returncode == 0, result.stderr
    assert mode(existing) == 0o644 and existing.read_text(encoding="utf-8") != "old"
    assert mode(new) == 0o600


@pytest.mark.parametrize(
    "verb",
    [
        ["export", "--format", "json", "--out", "/dev/null"],
        ["script", "--debt", "1", "--out", "/dev/null"],
        ["calendar", "--out", "/dev/null"],
    ],
)
def test_out_dev_null_leaves_dev_null_alone(data, verb):
    before = os.stat("/dev/null")
    try:
        result = parley(*verb, "--db", str(data))
        assert result.returncode == 0, result.stderr
        after = os.stat("/dev/null")
        assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)
        assert stat.S_ISCHR(after.st_mode)
    finally:
        if stat.S_IMODE(os.stat("/dev/null").st_mode) != stat.S_IMODE(before.st_mode):
            os.chmod("/dev/null", stat.S_IMODE(before.st_mode))  # put the machine right


def test_new_export_folder_files_are_0600(tmp_path, data):
    folder = tmp_path / "csv"
    result = parley("export", "--db", str(data), "--format", "csv", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    assert mode(folder) == 0o700
    assert {mode(p) for p in folder.iterdir()} == {0o600}
