"""`parley calendar` as a user runs it."""

from __future__ import annotations

from icalendar import Calendar

from tests.cli.test_export_import import parley
from tests.exports.conftest import deal_db  # noqa: F401


def test_writes_the_calendar_and_says_where(deal_db, tmp_path):  # noqa: F811
    out = tmp_path / "plan.ics"
    result = parley("calendar", "--db", str(deal_db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "calendar entries" in result.stdout
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")


def test_one_debt_only(deal_db, tmp_path):  # noqa: F811
    out = tmp_path / "one.ics"
    assert (
        parley("calendar", "--db", str(deal_db), "--debt", "7", "--out", str(out)).returncode == 0
    )
    assert not any(
        "instalment" in str(e["UID"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    )


def test_bad_input_exits_2_with_one_line(deal_db, tmp_path):  # noqa: F811
    for args in (["--debt", "abc"], ["--debt", "99"]):
        result = parley("calendar", "--db", str(deal_db), *args, "--out", str(tmp_path / "x.ics"))
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    result = parley("calendar", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.ics"))
    assert result.returncode == 2 and "no Parley data file" in result.stderr
    result = parley(
        "--lang", "zh_CN", "calendar", "--db", str(deal_db), "--debt", "99", "--out", "x.ics"
    )
    assert result.returncode == 2 and "没有" in result.stderr
