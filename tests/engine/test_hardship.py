"""Evidence strength: documents count for far more than words, and the figures cite a source."""

from parley import i18n
from parley.engine.hardship import Evidence, Hardship, evidence_strength


def test_strength_orders_words_below_documents_below_proof_of_both():
    nothing = evidence_strength([])
    words = evidence_strength([Evidence.VERBAL_ONLY])
    some_paper = evidence_strength([Evidence.VERBAL_ONLY, Evidence.OTHER_DOCUMENT])
    event = evidence_strength([Evidence.MEDICAL_BILLS])
    income = evidence_strength([Evidence.BANK_STATEMENTS])
    both = evidence_strength([Evidence.UNEMPLOYMENT_CERTIFICATE, Evidence.BANK_STATEMENTS])
    assert nothing.level == words.level == 0
    assert words.level < some_paper.level < event.level < both.level
    assert event.level == income.level
    assert both.level == 3
    assert len({words.label, some_paper.label, event.label, both.label}) == 4


def test_explanation_gives_the_figures_and_where_they_come_from():
    weak = evidence_strength([Evidence.VERBAL_ONLY])
    strong = evidence_strength([Evidence.LAYOFF_NOTICE, Evidence.PAYSLIPS])
    assert "20%" in weak.explanation
    assert "35%" in strong.explanation
    for s in (weak, strong):
        assert "Source:" in s.explanation


def test_strength_in_the_ui_language_or_an_explicit_one():
    i18n.set_language("zh_CN")
    zh = evidence_strength([Evidence.MEDICAL_BILLS])
    assert "35%" in zh.explanation
    assert zh.label != "Good"
    en = evidence_strength([Evidence.MEDICAL_BILLS], lang="en")
    assert en.label == "Good"
    assert i18n.language() == "zh_CN"


def test_every_kind_has_a_label_in_both_languages():
    for item in [*Hardship, *Evidence]:
        en, zh = item.label("en"), item.label("zh_CN")
        assert en and zh and en != zh
