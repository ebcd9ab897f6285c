"""Vault copies live exactly as long as a record needs them, and export never replaces a file."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from parley.engine.debt import Debt
from parley.store import Store, StoreError, crypto, vault, vault_out
from parley.store.records import Event, EventKind

WHEN = datetime(2026, 11, 29, 21, 5)


def _evidence(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _copies(db_path: Path) -> list[str]:
    folder = db_path.with_name(db_path.name + ".vault")
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _event(store: Store, debt_id: int, *attachments) -> int:
    return store.add_event(
        Event(debt_id, EventKind.COLLECTION_CONTACT, WHEN, attachments=list(attachments))
    )


def test_purging_a_debt_empties_the_vault_of_its_files(store, db_path, tmp_path):
    debt_id = store.add_debt(Debt("Quickcash", principal=500_000))
    _event(store, debt_id, vault.put(store, _evidence(tmp_path, "call.m4a", b"threat " * 999)))
    _event(store, debt_id, vault.put(store, _evidence(tmp_path, "sms.png", b"\x89PNG" * 77)))
    assert len(_copies(db_path)) == 2
    store.delete_debt(debt_id)  # hidden, restorable: its evidence stays
    assert len(_copies(db_path)) == 2
    store.purge_debt(debt_id)
    assert _copies(db_path) == []
    assert store._rows("SELECT count(*) AS n FROM vault_files")[0]["n"] == 0


def test_two_attachments_share_a_copy_until_neither_needs_it(store, db_path, tmp_path):
    data = b"the same letter, saved twice\n" * 300
    first_debt = store.add_debt(Debt("Lender A", principal=100_000))
    second_debt = store.add_debt(Debt("Lender B", principal=200_000))
    one = _event(store, first_debt, vault.put(store, _evidence(tmp_path, "a.pdf", data)))
    _event(store, second_debt, vault.put(store, _evidence(tmp_path, "b.pdf", data)))
    assert len(_copies(db_path)) == 1  # same bytes, one copy
    (tmp_path / "a.pdf").unlink()
    (tmp_path / "b.pdf").unlink()  # only the vault holds the evidence now

    store.delete_event(one)
    [remaining] = [a for e in store.list_events() for a in e.attachments]
    assert vault.check(store, remaining, rehash=True) == "same"
    assert len(_copies(db_path)) == 1

    store.purge_debt(second_debt)
    assert _copies(db_path) == []


def test_an_edit_that_drops_a_file_removes_its_copy_and_keeps_the_numbers(store, db_path, tmp_path):
    debt_id = store.add_debt(Debt("Lender", principal=100_000))
    keep = vault.put(store, _evidence(tmp_path, "keep.txt", b"keep me"))
    drop = vault.put(store, _evidence(tmp_path, "drop.txt", b"drop me"))
    event_id = _event(store, debt_id, keep, drop)
    event = store.get_event(event_id)
    numbers = [a.id for a in event.attachments]
    event.summary = "edited"
    store.update_event(event)
    assert [a.id for a in store.get_event(event_id).attachments] == numbers

    event.attachments = [event.attachments[0]]
    store.update_event(event)
    assert [a.id for a in store.get_event(event_id).attachments] == numbers[:1]
    assert len(_copies(db_path)) == 1
    assert store.get_attachment(numbers[0])[1].path.endswith("keep.txt")
    with pytest.raises(StoreError, match="no attached file number"):
        store.get_attachment(numbers[1])


def test_copies_made_for_a_cancelled_form_go_unless_saved_elsewhere(store, db_path, tmp_path):
    debt_id = store.add_debt(Debt("Lender", principal=100_000))
    saved = vault.put(store, _evidence(tmp_path, "saved.txt", b"saved content"))
    _event(store, debt_id, saved)
    # A form attached two files, one with the same bytes as the saved one, then was cancelled.
    same = vault.put(store, _evidence(tmp_path, "again.txt", b"saved content"))
    new = vault.put(store, _evidence(tmp_path, "new.txt", b"never saved"))
    assert len(_copies(db_path)) == 2
    store.forget_unsaved_copies({same.sha256, new.sha256})
    assert len(_copies(db_path)) == 1
    assert vault.check(store, saved, rehash=True) == "same"


def test_a_kill_between_the_commit_and_the_removal_leaves_an_orphan_swept_at_open(
    db_path, tmp_path
):
    with Store.open(db_path) as store:
        debt_id = store.add_debt(Debt("Lender", principal=100_000))
        _event(store, debt_id, vault.put(store, _evidence(tmp_path, "x.txt", b"evidence")))
        store.delete_debt(debt_id)
    # The purge commits, then the process dies before it removes the copy.
    script = textwrap.dedent(
        f"""
        import os
        from parley.store import Store, vault_refs
        vault_refs.remove = lambda path, names: os._exit(9 if names else 3)
        store = Store.open({str(db_path)!r})
        store.purge_debt({debt_id})
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr
    [orphan] = _copies(db_path)
    with Store.open(db_path, read_only=True) as store:
        assert store.list_debts(include_deleted=True) == []  # the purge was committed
        assert _copies(db_path) == [orphan]  # a read-only open removes nothing
    with Store.open(db_path):
        assert _copies(db_path) == []


def test_the_sweep_leaves_copies_in_use_and_copies_being_written(store, db_path, tmp_path):
    debt_id = store.add_debt(Debt("Lender", principal=100_000))
    _event(store, debt_id, vault.put(store, _evidence(tmp_path, "x.txt", b"evidence")))
    [kept] = _copies(db_path)
    folder = db_path.with_name(db_path.name + ".vault")
    (folder / "0123abcd.part").write_bytes(b"half a copy")
    (folder / "feedface").write_bytes(b"no record names this")
    store.close()
    with Store.open(db_path):
        assert _copies(db_path) == sorted([kept, "0123abcd.part"])


def test_export_is_decrypted_checked_private_and_never_replaces(db_path, tmp_path):
    data = b"recorded call " * 80_000  # 1,120,000 bytes: two chunks of 1 MiB
    with Store.open(db_path) as store:
        debt_id = store.add_debt(Debt("Lender", principal=100_000))
        _event(store, debt_id, vault.put(store, _evidence(tmp_path, "call.m4a", data)))
    crypto.lock(db_path, "a long passphrase")
    out = tmp_path / "out"
    out.mkdir()
    (out / "call.m4a").write_bytes(b"the user's own file")
    with Store.open(db_path, passphrase="a long passphrase") as store:
        [a] = [a for e in store.list_events() for a in e.attachments]
        heard: list[int] = []
        written = vault_out.write_out(
            a, vault.copy_of(store, a), store.passphrase, out, heard.append
        )
        again = vault_out.export(store, a, out)
    assert written == out / "call-2.m4a" and again == out / "call-3.m4a"
    assert (out / "call.m4a").read_bytes() == b"the user's own file"
    for path in (written, again):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert heard[-1] == len(data) and len(heard) == 2
    assert sorted(p.name for p in out.iterdir()) == ["call-2.m4a", "call-3.m4a", "call.m4a"]
