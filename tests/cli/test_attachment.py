"""`parley attachment list` and `export` on a locked file, as a user runs them."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest

from .test_lock import _demo_with_evidence, _secret, parley


@pytest.fixture
def locked(tmp_path):
    db, _debt_id, evidence_sha = _demo_with_evidence(tmp_path)
    key = _secret(tmp_path, "key.txt", "open sesame 芝麻开门")
    assert parley("lock", "--db", str(db), passphrase=key).returncode == 0
    return db, key, evidence_sha


def _listed(db, key) -> list[dict]:
    result = parley("attachment", "list", "--db", str(db), "--json", passphrase=key)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["attachments"]


def test_one_attachment_is_exported_decrypted_private_and_never_over_a_file(locked, tmp_path):
    db, key, evidence_sha = locked
    [row] = _listed(db, key)
    assert row["path"].endswith("recording.txt") and row["in_vault"] is True
    assert row["sha256"] == evidence_sha
    assert row["size"] == 47 * 5000  # the 47-byte line written 5,000 times
    text = parley("attachment", "list", "--db", str(db), passphrase=key)
    assert "recording.txt" in text.stdout and "in the vault" in text.stdout

    out = tmp_path / "out"
    out.mkdir()
    (out / "recording.txt").write_text("mine, not Parley's", encoding="utf-8")
    for expected in ("recording-2.txt", "recording-3.txt"):
        result = parley(
            "attachment", "export", str(row["id"]), "--to", str(out), "--db", str(db),
            passphrase=key,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "not encrypted" in result.stderr
        written = out / expected
        assert str(written) in result.stdout
        assert hashlib.sha256(written.read_bytes()).hexdigest() == evidence_sha
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert (out / "recording.txt").read_text(encoding="utf-8") == "mine, not Parley's"


@pytest.mark.parametrize(
    ("lang", "bad_id", "bad_folder"),
    [
        ("en", "no attached file number 99", "does not exist"),
        ("zh_CN", "没有编号为 99 的附件", "不存在"),
    ],
)
def test_a_bad_number_or_folder_is_one_line_and_leaves_the_file_identical(
    locked, tmp_path, lang, bad_id, bad_folder
):
    db, key, _sha = locked
    [row] = _listed(db, key)
    before = db.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    cases = (
        (("99", str(out)), bad_id),
        (("first", str(out)), "parley attachment list"),
        ((str(row["id"]), str(tmp_path / "missing")), bad_folder),
        ((str(row["id"]), str(db)), "" if lang == "zh_CN" else "choose a folder"),
    )
    for (number, folder), message in cases:
        result = parley(
            "--lang", lang, "attachment", "export", number, "--to", folder, "--db", str(db),
            passphrase=key,
        )  # fmt: skip
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    assert list(out.iterdir()) == []


def test_help_names_both_actions_in_both_languages():
    for lang, words in (("en", ("list", "export")), ("zh_CN", ("list", "export", "附件"))):
        result = parley("--lang", lang, "attachment", "--help")
        assert result.returncode == 0
        assert all(w in result.stdout for w in words), result.stdout
        result = parley("--lang", lang, "attachment", "export", "--help")
        assert result.returncode == 0 and "--to" in result.stdout
