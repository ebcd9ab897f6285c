"""`parley lock`, `unlock` and `passwd`, and every verb on a locked file, as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime

from parley.store import Store, vault
from parley.store.records import Event, EventKind


def parley(*args: str, passphrase=None, new=None) -> subprocess.CompletedProcess:
    env = os.environ.copy()
    env.pop("PARLEY_PASSPHRASE_FILE", None)
    if passphrase is not None:
        env["PARLEY_PASSPHRASE_FILE"] = str(passphrase)
    if new is not None:
        env["PARLEY_NEW_PASSPHRASE_FILE"] = str(new)
    return subprocess.run(
        [sys.executable, "-m", "parley", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _export(db) -> dict:
    result = parley("export", "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    data.pop("exported_at")
    return data


def _secret(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _demo_with_evidence(tmp_path):
    db = tmp_path / "a.db"
    assert parley("demo", "--db", str(db)).returncode == 0
    evidence = tmp_path / "recording.txt"
    evidence.write_bytes(b"call at 23:10, threatened to phone my employer\n" * 5000)
    with Store.open(db) as store:
        debt_id = store.list_debts()[0].id
        store.add_event(
            Event(
                debt_id,
                EventKind.COLLECTION_CONTACT,
                datetime(2026, 11, 29, 23, 10),
                attachments=[vault.put(store, evidence)],
            )
        )
    expected = hashlib.sha256(evidence.read_bytes()).hexdigest()
    evidence.unlink()
    return db, debt_id, expected


def test_every_verb_works_on_a_locked_file_and_unlocking_gives_back_the_same_data(tmp_path):
    db, debt_id, evidence_sha = _demo_with_evidence(tmp_path)
    before = _export(db)
    key = _secret(tmp_path, "key.txt", "open sesame 芝麻开门")

    result = parley("lock", "--db", str(db), passphrase=key)
    assert result.returncode == 0, result.stderr
    assert "cannot be recovered" in result.stdout
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"

    # Read-only verbs, each warning that what it writes is not encrypted.
    out = tmp_path / "out.json"
    result = parley(
        "export", "--db", str(db), "--format", "json", "--out", str(out), passphrase=key
    )
    assert result.returncode == 0, result.stderr
    assert "not encrypted" in result.stderr
    result = parley("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv"),
                    passphrase=key)  # fmt: skip
    assert result.returncode == 0 and "not encrypted" in result.stderr
    result = parley("calendar", "--db", str(db), "--out", str(tmp_path / "c.ics"), passphrase=key)
    assert result.returncode == 0 and "not encrypted" in result.stderr, result.stderr
    result = parley("list", "--db", str(db), passphrase=key)
    assert result.returncode == 0 and "快闪借" in result.stdout, result.stderr
    result = parley("script", "--db", str(db), "--debt", str(debt_id), passphrase=key)
    assert result.returncode == 0 and result.stdout.strip(), result.stderr
    pack = tmp_path / "pack"
    result = parley("evidence", "--db", str(db), "--debt", str(debt_id), "--out", str(pack),
                    "--with-files", passphrase=key)  # fmt: skip
    assert result.returncode == 0, result.stderr
    [copy] = list((pack / "files").iterdir())
    assert copy.name == "recording.txt"
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == evidence_sha

    # Writing verbs, each on a new, empty locked file.
    for name, verb in (("b.db", ("import", str(out))), ("c.db", ("demo",))):
        other = tmp_path / name
        Store.open(other).close()
        assert parley("lock", "--db", str(other), passphrase=key).returncode == 0
        result = parley(*verb, "--db", str(other), passphrase=key)
        assert result.returncode == 0, result.stderr
        assert len(_export_locked(other, key)["tables"]["debts"]) == 7

    result = parley("unlock", "--db", str(db), passphrase=key)
    assert result.returncode == 0, result.stderr
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _export(db) == before


def _export_locked(db, key) -> dict:
    result = parley("export", "--db", str(db), "--format", "json", passphrase=key)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_wrong_passphrase_is_one_line_and_leaves_the_file_identical(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    key = _secret(tmp_path, "key.txt", "right")
    assert parley("lock", "--db", str(db), passphrase=key).returncode == 0
    wrong = _secret(tmp_path, "wrong.txt", "Right")
    before = db.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    for verb in (("export", "--format", "json"), ("unlock",), ("passwd",)):
        result = parley(*verb, "--db", str(db), passphrase=wrong, new=key)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Wrong passphrase" in result.stderr
        assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_without_a_terminal_or_a_passphrase_file_it_says_how_to_give_one(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    key = _secret(tmp_path, "key.txt", "right")
    parley("lock", "--db", str(db), passphrase=key)
    result = parley("export", "--format", "json", "--db", str(db))
    assert result.returncode == 2
    assert "PARLEY_PASSPHRASE_FILE" in result.stderr


def test_lock_refuses_an_empty_passphrase_and_says_when_there_is_nothing_to_do(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    before = db.read_bytes()
    empty = _secret(tmp_path, "empty.txt", "")
    result = parley("lock", "--db", str(db), passphrase=empty)
    assert result.returncode == 2 and "empty" in result.stderr
    key = _secret(tmp_path, "key.txt", "right")
    result = parley("unlock", "--db", str(db), passphrase=key)
    assert result.returncode == 2 and "is not locked" in result.stderr
    assert db.read_bytes() == before
    assert parley("lock", "--db", str(db), passphrase=key).returncode == 0
    result = parley("lock", "--db", str(db), passphrase=key)
    assert result.returncode == 2 and "already locked" in result.stderr


def test_passwd_changes_the_passphrase(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    old, new = _secret(tmp_path, "old.txt", "old"), _secret(tmp_path, "new.txt", "新的口令")
    parley("lock", "--db", str(db), passphrase=old)
    result = parley("passwd", "--db", str(db), passphrase=old, new=new)
    assert result.returncode == 0, result.stderr
    assert parley("export", "--format", "json", "--db", str(db), passphrase=old).returncode == 2
    assert parley("export", "--format", "json", "--db", str(db), passphrase=new).returncode == 0


def test_messages_are_in_chinese_with_lang_zh(tmp_path):
    db = tmp_path / "a.db"
    parley("demo", "--db", str(db))
    key = _secret(tmp_path, "key.txt", "right")
    result = parley("lock", "--db", str(db), "--lang", "zh_CN", passphrase=key)
    assert result.returncode == 0
    assert "已加锁" in result.stdout
