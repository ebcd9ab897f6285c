"""No Parley module opens a network connection: every way out of the machine is blocked
while each module is imported and the store, demo, export and import are exercised."""

from __future__ import annotations

import importlib
import pkgutil
import socket

import pytest

import parley
from parley import cli


@pytest.fixture
def attempts(monkeypatch):
    tried: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            tried.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return tried


def test_blocking_works(attempts):
    with pytest.raises(OSError):
        socket.create_connection(("example.invalid", 80))
    assert attempts


def test_no_module_or_store_verb_touches_the_network(attempts, tmp_path, capsys):
    for info in pkgutil.walk_packages(parley.__path__, prefix="parley."):
        if info.name == "parley.__main__":
            continue  # runs the command line on import
        importlib.import_module(info.name)
    db = str(tmp_path / "p.db")
    assert cli.main(["demo", "--db", db]) == 0
    out = str(tmp_path / "e.json")
    assert cli.main(["export", "--db", db, "--format", "json", "--out", out]) == 0
    assert cli.main(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "c")]) == 0
    assert cli.main(["import", out, "--db", str(tmp_path / "q.db")]) == 0

    from parley import clock
    from parley.store import Store

    with Store.open(db) as store:
        store.debt_summary(clock.today())
        for debt in store.list_debts():
            store.list_events(debt_id=debt.id)
            store.list_offers(debt.id)
            store.delete_debt(debt.id)
            store.restore_debt(debt.id)
    capsys.readouterr()
    assert attempts == []
