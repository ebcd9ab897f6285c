"""`parley evidence` as a user runs it."""

from __future__ import annotations

from tests.cli.test_export_import import parley
from tests.exports.conftest import deal_db  # noqa: F401


def test_writes_both_files_and_lists_them(deal_db, tmp_path):  # noqa: F811
    out = tmp_path / "pack"
    result = parley("evidence", "--db", str(deal_db), "--debt", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "evidence.md" in result.stdout and "evidence.html" in result.stdout
    assert "安盈消费金融" in (out / "evidence.md").read_text(encoding="utf-8")


def test_bad_input_exits_2_with_one_translated_line(deal_db, tmp_path):  # noqa: F811
    afile = tmp_path / "afile"
    afile.write_text("x")
    cases = [
        ["--debt", "x", "--out", str(tmp_path / "p")],
        ["--debt", "99", "--out", str(tmp_path / "p")],
        ["--debt", "2", "--out", str(afile)],
    ]
    for args in cases:
        result = parley("evidence", "--db", str(deal_db), *args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    missing = parley("evidence", "--db", str(deal_db), "--out", str(tmp_path / "p"))
    assert missing.returncode == 2 and "--debt" in missing.stderr
    zh = parley("--lang", "zh_CN", "evidence", "--db", str(deal_db), "--debt", "x", "--out", "p")
    assert zh.returncode == 2 and "parley" in zh.stderr and "“x”" in zh.stderr
