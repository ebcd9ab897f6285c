"""What went wrong, what proves it, and how much the proof is likely to help.

The figures come from a Chinese practitioner's guide to negotiating with online lenders
(网贷协商): documents such as an unemployment certificate or medical bills raise the
success rate by about 35%, while a bare verbal claim of hardship succeeds under 20% of
the time. They are shown with their source wherever they are used.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from babel import numbers

from parley.i18n import N_, gettext_in, language, normalise

DOCUMENT_UPLIFT = 0.35  # documents raise the success rate by about this much
VERBAL_SUCCESS = 0.20  # a bare verbal claim succeeds less often than this


def _t(lang: str | None, message: str) -> str:
    return gettext_in(lang or language(), message)


class Hardship(StrEnum):
    JOB_LOSS = "job_loss"
    ILLNESS = "illness"
    INCOME_CUT = "income_cut"
    FAMILY_EMERGENCY = "family_emergency"
    OTHER = "other"

    def label(self, lang: str | None = None) -> str:
        """The label in `lang`, or in the UI language when `lang` is None."""
        return _t(lang, _LABELS[self])


class Evidence(StrEnum):
    UNEMPLOYMENT_CERTIFICATE = "unemployment_certificate"
    LAYOFF_NOTICE = "layoff_notice"
    MEDICAL_BILLS = "medical_bills"
    HOSPITAL_RECORDS = "hospital_records"
    PAYSLIPS = "payslips"
    BANK_STATEMENTS = "bank_statements"
    OTHER_DOCUMENT = "other_document"
    VERBAL_ONLY = "verbal_only"

    def label(self, lang: str | None = None) -> str:
        return _t(lang, _LABELS[self])

    @property
    def is_document(self) -> bool:
        return self is not Evidence.VERBAL_ONLY


_LABELS: dict[StrEnum, str] = {
    Hardship.JOB_LOSS: N_("Job loss"),
    Hardship.ILLNESS: N_("Illness"),
    Hardship.INCOME_CUT: N_("Income cut"),
    Hardship.FAMILY_EMERGENCY: N_("Family emergency"),
    Hardship.OTHER: N_("Other"),
    Evidence.UNEMPLOYMENT_CERTIFICATE: N_("Unemployment certificate"),
    Evidence.LAYOFF_NOTICE: N_("Layoff or dismissal notice"),
    Evidence.MEDICAL_BILLS: N_("Medical bills"),
    Evidence.HOSPITAL_RECORDS: N_("Hospital records"),
    Evidence.PAYSLIPS: N_("Payslips"),
    Evidence.BANK_STATEMENTS: N_("Bank statements"),
    Evidence.OTHER_DOCUMENT: N_("Other document"),
    Evidence.VERBAL_ONLY: N_("Nothing in writing"),
}

# Documents that prove the event itself, as opposed to documents that show the money.
_EVENT_PROOF = frozenset(
    {
        Evidence.UNEMPLOYMENT_CERTIFICATE,
        Evidence.LAYOFF_NOTICE,
        Evidence.MEDICAL_BILLS,
        Evidence.HOSPITAL_RECORDS,
    }
)
_INCOME_PROOF = frozenset({Evidence.PAYSLIPS, Evidence.BANK_STATEMENTS})

_STRENGTH_LABELS = (N_("Weak"), N_("Fair"), N_("Good"), N_("Strong"))
_EXPLANATIONS = (
    N_(
        "Words alone rarely convince a lender: a bare verbal claim of hardship succeeds "
        "less than {verbal} of the time. Gather any document you can."
    ),
    N_(
        "A document helps, but this one does not show what happened or what it did to "
        "your income. Documents such as an unemployment certificate or medical bills "
        "raise the success rate by about {uplift}."
    ),
    N_(
        "Good: you can back your story with documents, which raise the success rate by "
        "about {uplift}. Adding proof of the event and of your income makes it stronger."
    ),
    N_(
        "Strong: you can prove both what happened and what it did to your income. "
        "Documents like these raise the success rate by about {uplift}."
    ),
)
_SOURCE = N_(
    "Source: a Chinese practitioner's guide to negotiating with online lenders (网贷协商)."
)


@dataclass(frozen=True)
class Strength:
    level: int  # 0 weak .. 3 strong
    label: str
    explanation: str  # ends with where the figures come from


def evidence_strength(evidence: Collection[Evidence], *, lang: str | None = None) -> Strength:
    """How much the evidence held is likely to help, in `lang` (default: the UI language).

    0: nothing in writing; 1: only documents that prove neither the event nor the income;
    2: proof of the event or of the income; 3: proof of both.
    """
    held = {Evidence(e) for e in evidence}
    event = bool(held & _EVENT_PROOF)
    income = bool(held & _INCOME_PROOF)
    if event and income:
        level = 3
    elif event or income:
        level = 2
    elif any(e.is_document for e in held):
        level = 1
    else:
        level = 0
    code = normalise(lang) or language()
    explanation = _t(lang, _EXPLANATIONS[level]).format(
        verbal=_percent(VERBAL_SUCCESS, code), uplift=_percent(DOCUMENT_UPLIFT, code)
    )
    return Strength(
        level=level,
        label=_t(lang, _STRENGTH_LABELS[level]),
        # Chinese runs sentences together; English separates them with a space.
        explanation=("" if code == "zh_CN" else " ").join([explanation, _t(lang, _SOURCE)]),
    )


def _percent(fraction: float, lang: str) -> str:
    return numbers.format_percent(fraction, format="#,##0%", locale=lang)
