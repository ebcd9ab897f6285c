"""`parley scan`: findings for people and for scripts, and one clear line for bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "engine" / "clauses_corpus"
RISKY = "第三条 每月另收取账户管理费 30 元。\n第四条 任何一期逾期，全部借款立即到期。\n"


def parley(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parley", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def agreement(tmp_path):
    path = tmp_path / "agreement.txt"
    path.write_text(RISKY, encoding="utf-8")
    return path


def test_json_shape(agreement):
    result = parley("scan", str(agreement), "--json")
    assert result.returncode == 0
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["severity"], f["line"]) for f in findings] == [
        ("hidden_fee", "high", 1),
        ("acceleration", "high", 2),
    ]
    for finding in findings:
        contract = {"code", "severity", "line", "excerpt", "message"}
        assert contract <= set(finding)
        assert set(finding) - contract == {"words", "span", "why", "ask"}
        assert finding["excerpt"] in RISKY
        assert finding["message"]
        assert finding["why"] in finding["message"]
        assert finding["ask"] in finding["message"]
    # The words that raised each finding, where they sit in their line.
    lines = RISKY.splitlines()
    assert [f["words"] for f in findings] == ["账户管理费", "立即到期"]
    for finding in findings:
        start, end = finding["span"]
        assert lines[finding["line"] - 1][start:end] == finding["words"]


def test_human_output_groups_by_line(agreement):
    result = parley("scan", str(agreement), "--lang", "en")
    assert result.returncode == 0
    assert "Line 1: 第三条" in result.stdout
    assert "Line 2: 第四条" in result.stdout
    assert "[high]" in result.stdout
    assert "Raised by: “账户管理费”" in result.stdout
    assert "→ Check that the offer you accepted included it" in result.stdout
    assert "2 findings" in result.stdout


def test_chinese_output(agreement):
    result = parley("scan", str(agreement), "--lang", "zh_CN")
    assert result.returncode == 0
    assert "Line" not in result.stdout
    assert re.search(r"第 ?1 ?行", result.stdout)
    assert "[高]" in result.stdout


def test_clean_agreement_exits_zero_with_a_reminder():
    result = parley("scan", str(CORPUS / "en_freeze_letter.txt"))
    assert result.returncode == 0
    assert "No risky clauses" in result.stdout


def test_gb18030_file_is_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(RISKY.encode("gb18030"))
    result = parley("scan", str(path), "--json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["findings"]) == 2


def test_utf8_with_bom_keeps_line_numbers(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(RISKY.encode("utf-8-sig"))
    findings = json.loads(parley("scan", str(path), "--json").stdout)["findings"]
    assert findings[0]["excerpt"].startswith("第三条")


@pytest.mark.parametrize("kind", ["missing", "folder", "binary"])
def test_unreadable_input_exits_2_with_one_line(tmp_path, kind):
    path = {"missing": tmp_path / "nope.txt", "folder": tmp_path}.get(kind)
    if kind == "binary":
        path = tmp_path / "scan.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe")
    result = parley("scan", str(path), "--lang", "zh_CN")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"[\u4e00-\u9fff]", lines[0])
