"""Letters: every figure traced to its fact, every missing fact a marked blank, text literal."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from parley.engine.debt import Debt, LenderKind
from parley.engine.letters import (
    Blank,
    Call,
    EvidenceItem,
    Fig,
    Incident,
    LetterFacts,
    LetterKind,
    MissingFacts,
    Overpaid,
    Plan,
    build_letter,
)

TODAY = date(2026, 11, 30)
HOSTILE = "[b]Boss[/b] <script>alert(1)</script> *x* [link](http://e.x)"


def debt(**kw) -> Debt:
    base = dict(
        lender="Quick Loan Co",
        kind=LenderKind.EX_P2P,
        contract_no="QL-2024-0042",
        principal=1_000_000,
        received=900_000,
        start_date=date(2024, 3, 1),
        term=12,
        annual_rate=0.24,
        principal_repaid=140_000,
        interest_repaid=60_000,
        outstanding=980_000,
        first_missed=date(2026, 10, 15),
        id=3,
    )
    base.update(kw)
    return Debt(**base)


def facts(**kw) -> LetterFacts:
    d = kw.pop("debt", None) or debt()
    base = dict(
        debt=d,
        today=TODAY,
        contract_apr=0.3906,
        principal_left=860_000,
        received=900_000,
        cut_upfront=100_000,
        hardship="",
        evidence=[EvidenceItem("bank-statement.pdf", "ab" * 32, 1234)],
        incidents=[
            Incident(datetime(2026, 11, 2, 22, 41), "phone", "", "A-778", ("night_call",), ""),
            Incident(
                datetime(2026, 11, 5, 10, 3),
                "WeChat",
                "my sister",
                "",
                ("third_party", "threat"),
                "said they would visit my office",
            ),
        ],
        calls=[
            Call(
                datetime(2026, 11, 20, 14, 5),
                "phone",
                "KF0931",
                True,
                (("penalty interest waived", False), ("36 instalments of ¥250.00", False)),
                True,
            )
        ],
        attempts=[],
        plans=[
            Plan("A", "Interest-free instalments", 0, 23_889, 36, 860_000, date(2026, 12, 30)),
            Plan("B", "Restructure", 258_000, 17_200, 35, 860_000, date(2027, 1, 30)),
        ],
        overpaid=Overpaid(
            amount=41_234,
            paid=160_000,
            allowed=118_766,
            line_rate=0.138,
            line_code="private_lending_4lpr",
            line_is_law=True,
            payments=((date(2024, 4, 1), 100_000), (date(2024, 5, 1), 100_000)),
        ),
    )
    base.update(kw)
    return LetterFacts(**base)


LANGS = ("en", "zh_CN")
KINDS = list(LetterKind)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_blank_is_marked_and_every_figure_is_in_the_text(kind, lang):
    letter = build_letter(kind, facts(), lang)
    text = letter.to_text()
    for blank in letter.blanks():
        marker = f"【{blank.label}】" if lang == "zh_CN" else f"[{blank.label}]"
        assert marker in text
    for fig in letter.figures():
        assert fig.text in text
    # Nobody's identity is invented: the name and ID number are always blanks.
    assert letter.blanks(), "a letter always leaves the sender's identity to fill"


MONEY = re.compile(r"(?:CN)?¥\s?[\d,]+\.\d\d")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_amount_in_the_text_is_a_named_figure(kind, lang):
    f = facts()
    letter = build_letter(kind, f, lang)
    named = {fig.text for fig in letter.figures()}
    found = MONEY.findall(letter.to_text())
    assert found
    stray = [m for m in found if m not in named]
    # The only money not produced by a figure is what the user typed (a promise's text).
    promised = " ".join(t for c in f.calls for t, _w in c.promises)
    assert all(m in promised for m in stray), stray


def test_figures_carry_the_engine_values():
    f = facts()
    letter = build_letter(LetterKind.OVERPAID_INTEREST, f, "en")
    by_name = {fig.name: fig for fig in letter.figures()}
    assert by_name["overpaid_amount"].value == 41_234
    assert by_name["overpaid_amount"].text == "CN¥412.34"
    assert by_name["overpaid_allowed"].value == 118_766
    assert by_name["overpaid_paid"].value == 160_000
    assert by_name["principal_left"].value == 860_000
    assert by_name["received"].text == "CN¥9,000.00"
    assert by_name["cut_upfront"].text == "CN¥1,000.00"
    assert by_name["line_rate"].text == "13.8%"
    assert by_name["contract_apr"].text == "39.06%"


@pytest.mark.parametrize("lang", LANGS)
def test_every_logged_incident_appears_with_its_time(lang):
    letter = build_letter(LetterKind.STOP_COLLECTION, facts(), lang)
    text = letter.to_text()
    assert "22:41" in text and "10:03" in text
    assert "A-778" in text
    assert "said they would visit my office" in text
    if lang == "en":
        assert "Call at night" in text and "Threat" in text
        assert "Personal Information Protection Law of the PRC, article 69" in text
    else:
        assert "2026年11月2日 22:41" in text
        assert "个人信息保护法" in text


@pytest.mark.parametrize(
    ("kind", "missing"),
    [
        (LetterKind.STOP_COLLECTION, {"incidents": []}),
        (LetterKind.PROPOSAL, {"plans": []}),
        (LetterKind.MEDIATION, {"plans": []}),
        (LetterKind.CONFIRMATION, {"calls": []}),
        (LetterKind.OVERPAID_INTEREST, {"overpaid": None}),
    ],
)
def test_a_letter_without_the_facts_it_needs_says_what_is_missing(kind, missing):
    with pytest.raises(MissingFacts) as raised:
        build_letter(kind, facts(**missing), "en")
    assert str(raised.value)


def test_no_hardship_is_invented():
    letter = build_letter(LetterKind.PROPOSAL, facts(hardship=""), "en")
    text = letter.to_text()
    assert "[your situation, in your own words]" in text
    assert "job" not in text.lower()
    words = build_letter(LetterKind.PROPOSAL, facts(hardship="my shop closed in May"), "en")
    assert "my shop closed in May" in words.to_text()


def test_the_private_lending_line_is_not_claimed_against_a_bank():
    bank = debt(kind=LenderKind.BANK)
    o = Overpaid(5_000, 90_000, 85_000, 0.24, "apr_24", True)
    text = build_letter(LetterKind.OVERPAID_INTEREST, facts(debt=bank, overpaid=o), "en").to_text()
    assert "Private Lending" not in text
    assert "Fa Fa [2017] No. 22" in text
    p2p = build_letter(LetterKind.OVERPAID_INTEREST, facts(), "en").to_text()
    assert "Provisions of the Supreme People's Court on Private Lending Cases, article 25" in p2p


def test_a_line_that_does_not_govern_is_not_stated_as_law():
    o = Overpaid(5_000, 90_000, 85_000, 0.36, "apr_36", False)
    text = build_letter(LetterKind.OVERPAID_INTEREST, facts(overpaid=o), "en").to_text()
    assert "article" not in text.split("Basis")[1].split("What I ask")[0]
    assert "review the interest" in text


@pytest.mark.parametrize("kind", KINDS)
def test_user_text_is_literal_in_markdown(kind):
    d = debt(lender=HOSTILE, contract_no="<b>C-1</b>")
    f = facts(debt=d, hardship=HOSTILE)
    letter = build_letter(kind, f, "en")
    from markdown_it import MarkdownIt

    html = MarkdownIt().render(letter.to_markdown())
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<a href" not in html
    assert HOSTILE in letter.to_text()


def test_a_recording_is_mentioned_only_when_one_is_kept():
    call = facts().calls[0]
    unrecorded = Call(call.when, call.channel, call.agent_id, True, call.promises, False)
    with_rec = build_letter(LetterKind.CONFIRMATION, facts(), "en").to_text()
    without = build_letter(LetterKind.CONFIRMATION, facts(calls=[unrecorded]), "en").to_text()
    assert "recording" in with_rec
    assert "recording" not in without
    assert "KF0931" in without and "penalty interest waived" in without


def test_blanks_are_blanks_not_figures():
    letter = build_letter(LetterKind.COMPLAINT, facts(), "zh_CN")
    labels = {b.label for b in letter.blanks()}
    assert "身份证号" in labels
    assert all(isinstance(b, Blank) for b in letter.blanks())
    assert all(isinstance(f, Fig) for f in letter.figures())
