"""Letters from a real file: facts from the record, files that open, logged on the timeline."""

from __future__ import annotations

import stat
from datetime import datetime

import pytest
from docx import Document

from parley.engine.letters import LetterKind, MissingFacts, build_letter
from parley.engine.offers import principal_left
from parley.engine.triage import debt_true_cost
from parley.exports import letters as out
from parley.store import Store
from parley.store.letters import LetterRecord, list_letters, save_version
from parley.store.records import AbuseFlag, Event, EventKind
from tests.cli.test_export_import import parley
from tests.exports.conftest import TODAY, deal_db  # noqa: F401


def _debt(store, lender="安盈消费金融"):
    return next(d for d in store.list_debts() if d.lender == lender)


def test_the_facts_come_from_the_record(deal_db):  # noqa: F811
    with Store.open(deal_db) as store:
        debt = _debt(store)
        facts = out.gather(store, debt.id, TODAY)
    assert facts.principal_left == principal_left(debt)
    assert facts.received == debt.amount_received
    assert facts.cut_upfront == debt.principal - debt.amount_received
    assert facts.contract_apr == pytest.approx(debt_true_cost(debt).apr)
    assert [e.sha256 for e in facts.evidence] == ["ab" * 32]
    assert facts.plans and facts.plans[0].label == "A"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_docx_paragraphs_hold_the_same_text_as_the_letter(deal_db, tmp_path, lang):  # noqa: F811
    with Store.open(deal_db) as store:
        debt = _debt(store)
        letter = build_letter(LetterKind.PROPOSAL, out.gather(store, debt.id, TODAY), lang)
    path, _sha = out.write_letter(tmp_path / "letters", "a.docx", out.render(letter, ".docx"))
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts == [text for _style, text in letter.paragraphs()]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if lang == "zh_CN":
        fonts = doc.styles["Normal"].element.rPr.rFonts
        assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")


def test_files_never_overwrite(tmp_path):
    first, _ = out.write_letter(tmp_path, "x.md", b"one")
    second, _ = out.write_letter(tmp_path, "x.md", b"two")
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert second.name == "x-2.md"


def test_an_edit_is_a_new_version_and_the_original_stays(deal_db):  # noqa: F811
    with Store.open(deal_db) as store:
        debt = _debt(store)
        first = save_version(store, LetterRecord(debt.id, "proposal", "en", "drafted"))
        second = save_version(store, LetterRecord(debt.id, "proposal", "en", "edited", edited=True))
        kept = list_letters(store, debt.id)
    assert (first.version, second.version) == (1, 2)
    assert [k.text for k in kept] == ["drafted", "edited"]


def test_stop_collection_needs_an_incident_then_lists_it(deal_db):  # noqa: F811
    with Store.open(deal_db) as store:
        debt = _debt(store)
        facts = out.gather(store, debt.id, TODAY)
        if not facts.incidents:
            with pytest.raises(MissingFacts):
                build_letter(LetterKind.STOP_COLLECTION, facts, "en")
        store.add_event(
            Event(
                debt.id,
                EventKind.COLLECTION_CONTACT,
                datetime(2026, 11, 28, 23, 17),
                channel="phone",
                agent_id="CS-[/]-9",
                abuse=frozenset({AbuseFlag.NIGHT_CALL, AbuseFlag.THIRD_PARTY}),
                summary="called my mother",
            )
        )
        facts = out.gather(store, debt.id, TODAY)
    text = build_letter(LetterKind.STOP_COLLECTION, facts, "en").to_text()
    assert "November 28, 2026 23:17" in text
    assert "CS-[/]-9" in text and "called my mother" in text
    assert "Call at night" in text and "Contacted relatives or employer" in text


def test_the_verb_writes_logs_and_versions(deal_db, tmp_path):  # noqa: F811
    target = tmp_path / "proposal.docx"
    with Store.open(deal_db) as store:
        debt_id = _debt(store).id
        before = store.count_events(debt_id=debt_id)
    args = ("letter", "--db", str(deal_db), "--debt", str(debt_id), "--kind", "proposal")
    result = parley(*args, "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert Document(str(target)).paragraphs[0].text == "Repayment proposal"
    with Store.open(deal_db) as store:
        assert store.count_events(debt_id=debt_id) == before + 1
        event = store.list_events(debt_id=debt_id, kinds=[EventKind.LETTER])[0]
        letters = list_letters(store, debt_id)
    assert event.attachments[0].path == str(target)
    assert letters[0].kind == "proposal" and letters[0].event_id == event.id
    again = parley(*args, "--out", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_the_verb_prints_and_refuses_what_it_cannot_do(deal_db, tmp_path):  # noqa: F811
    with Store.open(deal_db) as store:
        debt_id = _debt(store).id
    printed = parley("letter", "--db", str(deal_db), "--debt", str(debt_id), "--kind", "complaint")
    assert printed.returncode == 0 and "[your full name]" in printed.stdout
    zh = parley(
        "--lang",
        "zh_CN",
        "letter",
        "--db",
        str(deal_db),
        "--debt",
        str(debt_id),
        "--kind",
        "complaint",
    )
    assert zh.returncode == 0 and "【你的姓名】" in zh.stdout
    for bad in (
        ["--kind", "nonsense"],
        ["--kind", "stop_collection"],
        ["--kind", "proposal", "--out", str(tmp_path / "x.pdf")],
        ["--kind", "proposal", "--reply-days", "0"],
    ):
        result = parley("letter", "--db", str(deal_db), "--debt", str(debt_id), *bad)
        assert result.returncode == 2, bad
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    no_incident = parley(
        "letter", "--db", str(deal_db), "--debt", str(debt_id), "--kind", "stop_collection"
    )
    assert "incident" in no_incident.stderr


def test_the_evidence_pack_lists_the_letters(deal_db, tmp_path):  # noqa: F811
    from parley.exports.evidence import build_blocks, to_markdown

    with Store.open(deal_db) as store:
        debt = _debt(store)
        rec = save_version(store, LetterRecord(debt.id, "proposal", "en", "text"))
        from parley.store.letters import mark_sent

        mark_sent(store, rec.id, sent_on=TODAY, channel="app", reply_due=None)
        md = to_markdown(build_blocks(store, store.load_settings(), debt.id))
    section = md.split("## Letters")[1].split("## ")[0]
    assert "Repayment proposal" in section and "2026-11-30" in section
