"""The debt record and its enumerations: plain data shared by the engine, store and UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from parley.engine.rates import CapSettings
from parley.i18n import N_, _


class LenderKind(StrEnum):
    BANK = "bank"
    CONSUMER_FINANCE = "consumer_finance"
    ONLINE = "online_lender"
    SMALL_LOAN = "small_loan"  # 小额贷款公司: licensed by the local financial regulator
    EX_P2P = "ex_p2p"
    OTHER = "other"

    def label(self) -> str:
        return _(_LABELS[self])


class Method(StrEnum):
    ANNUITY = "annuity"  # 等额本息
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金
    FLAT = "flat"  # 等本等息
    INTEREST_ONLY = "interest_only"  # 先息后本
    BULLET = "bullet"  # 到期一次还本付息

    def label(self) -> str:
        return _(_LABELS[self])


class LegalStage(StrEnum):
    NONE = "none"
    LAWYER_LETTER = "lawyer_letter"
    LAWSUIT = "lawsuit"
    JUDGMENT = "judgment"

    def label(self) -> str:
        return _(_LABELS[self])


class Intensity(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    def label(self) -> str:
        return _(_LABELS[self])

    @property
    def level(self) -> int:
        return _INTENSITY_LEVELS[self]


_INTENSITY_LEVELS = {member: n for n, member in enumerate(Intensity)}

_LABELS: dict[StrEnum, str] = {
    LenderKind.BANK: N_("Bank"),
    LenderKind.CONSUMER_FINANCE: N_("Consumer-finance company"),
    LenderKind.ONLINE: N_("Online lender"),
    LenderKind.SMALL_LOAN: N_("Small-loan company"),
    LenderKind.EX_P2P: N_("Ex-P2P platform"),
    LenderKind.OTHER: N_("Other"),
    Method.ANNUITY: N_("Equal instalments"),
    Method.EQUAL_PRINCIPAL: N_("Equal principal"),
    Method.FLAT: N_("Flat rate"),
    Method.INTEREST_ONLY: N_("Interest only, then principal"),
    Method.BULLET: N_("Single repayment at the end"),
    LegalStage.NONE: N_("None"),
    LegalStage.LAWYER_LETTER: N_("Lawyer's letter"),
    LegalStage.LAWSUIT: N_("Lawsuit"),
    LegalStage.JUDGMENT: N_("Judgment"),
    Intensity.NONE: N_("None"),
    Intensity.LOW: N_("Low"),
    Intensity.MEDIUM: N_("Medium"),
    Intensity.HIGH: N_("High"),
}


@dataclass
class Debt:
    """One loan as the borrower knows it. Money in minor units; rates as annual fractions."""

    lender: str
    kind: LenderKind = LenderKind.OTHER
    contract_no: str = ""
    principal: int = 0  # contract principal
    received: int | None = None  # actually received; below principal when fees were cut up front
    start_date: date | None = None
    term: int = 12  # number of instalments in the contract
    method: Method = Method.ANNUITY
    rate_text: str = ""  # the rate as the user typed it
    annual_rate: float = 0.0  # nominal annual fraction parsed from rate_text
    penalty_rate: float | None = None  # annual; None means settings.penalty_multiple x the rate
    fee_upfront: int = 0
    fee_per_instalment: int = 0
    fee_one_off: int = 0
    instalments_paid: int = 0
    principal_repaid: int = 0
    interest_repaid: int = 0
    outstanding: int = 0  # what the lender says is owed now
    first_missed: date | None = None
    collection_intensity: Intensity = Intensity.NONE
    legal_stage: LegalStage = LegalStage.NONE
    credit_reported: bool = False
    notes: str = ""
    # The lender has declared the whole debt due (加速到期): penalty runs on all principal left.
    accelerated: bool = False
    id: int | None = None

    @property
    def amount_received(self) -> int:
        return self.principal - self.fee_upfront if self.received is None else self.received

    @property
    def effective_penalty_rate(self) -> float:
        # Lenders commonly charge penalty interest at 1.5x the contract rate.
        return self.annual_rate * 1.5 if self.penalty_rate is None else self.penalty_rate

    @property
    def remaining_instalments(self) -> int:
        return max(self.term - self.instalments_paid, 1)


@dataclass
class Settings:
    """What the user configures once; every threshold here is shown where it is used."""

    monthly_income: int = 0  # minor units; 0 = not given
    currency: str = "CNY"
    language: str = "en"
    caps: CapSettings = field(default_factory=CapSettings)
    income_share_limit: float = 0.20  # an instalment above this share of income is flagged
    export_folder: str = ""  # where the app last saved an export ("" = beside the data file)
    penalty_multiple: float = 1.5  # penalty rate = this x the contract rate, unless stated
    best_window: int = 30  # days overdue: lenders' risk systems have not flagged it yet
    latest_window: int = 90  # days overdue: after this, collection escalates
