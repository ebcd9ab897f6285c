"""Fixtures for store tests: real SQLite files in tmp_path, never a mock."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from parley.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "parley.db"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        yield s


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sha256():
    """The file's SHA-256, to prove a refused file was left exactly as it was."""
    return _sha256
