"""What the store keeps besides debts, as plain data, and how each record maps to a table row.

Rows are dicts of SQLite values: money int minor units, dates ISO text, enums their text
value, booleans 0/1, small structures JSON text with readable keys. No sqlite import here,
so the UI can use these types freely.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from parley.engine.debt import Debt
from parley.engine.offers import OfferKind, OfferTerms
from parley.i18n import N_, _


class OfferStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    def label(self) -> str:
        return _(_LABELS[self])


class EventKind(StrEnum):
    CALL_MADE = "call_made"
    CALL_RECEIVED = "call_received"
    MESSAGE = "message"  # SMS or in-app message
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    PAYMENT = "payment"
    OFFER_PROPOSED = "offer_proposed"
    OFFER_ANSWERED = "offer_answered"
    AGREEMENT_SIGNED = "agreement_signed"
    COLLECTION_CONTACT = "collection_contact"
    COMPLAINT = "complaint"
    MEDIATION = "mediation"
    COURT_NOTICE = "court_notice"  # court or arbitration notice

    def label(self) -> str:
        return _(_LABELS[self])


class AbuseFlag(StrEnum):
    NIGHT_CALL = "night_call"
    THIRD_PARTY = "third_party"  # relatives, employer, contacts
    THREAT = "threat"
    AFTER_STOP_REQUEST = "after_stop_request"

    def label(self) -> str:
        return _(_LABELS[self])


_LABELS: dict[StrEnum, str] = {
    OfferStatus.DRAFT: N_("Draft"),
    OfferStatus.PROPOSED: N_("Proposed"),
    OfferStatus.ACCEPTED: N_("Accepted"),
    OfferStatus.REJECTED: N_("Rejected"),
    EventKind.CALL_MADE: N_("Call made"),
    EventKind.CALL_RECEIVED: N_("Call received"),
    EventKind.MESSAGE: N_("SMS or app message"),
    EventKind.EMAIL: N_("Email"),
    EventKind.LETTER: N_("Letter"),
    EventKind.VISIT: N_("Visit"),
    EventKind.PAYMENT: N_("Payment"),
    EventKind.OFFER_PROPOSED: N_("Offer proposed"),
    EventKind.OFFER_ANSWERED: N_("Offer answered"),
    EventKind.AGREEMENT_SIGNED: N_("Agreement signed"),
    EventKind.COLLECTION_CONTACT: N_("Collection contact"),
    EventKind.COMPLAINT: N_("Complaint filed"),
    EventKind.MEDIATION: N_("Mediation"),
    EventKind.COURT_NOTICE: N_("Court or arbitration notice"),
    AbuseFlag.NIGHT_CALL: N_("Call at night"),
    AbuseFlag.THIRD_PARTY: N_("Contacted relatives or employer"),
    AbuseFlag.THREAT: N_("Threat"),
    AbuseFlag.AFTER_STOP_REQUEST: N_("Contact after a request to stop"),
}


@dataclass
class Payment:
    debt_id: int
    paid_on: date
    amount: int
    note: str = ""
    id: int | None = None
    offer_id: int | None = None  # the accepted deal this pays, when there is one


@dataclass
class OfferRecord:
    debt_id: int
    label: str  # "A", "B", ...
    terms: OfferTerms
    status: OfferStatus = OfferStatus.DRAFT
    proposed_by: str = "me"  # "me" or "lender"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Promise:
    text: str
    written: bool = False  # verbal-only promises bind nobody until confirmed in writing


@dataclass(frozen=True)
class Attachment:
    path: str
    size: int
    sha256: str
    added_at: datetime
    # The row's number, kept across edits of its event; None until it is saved.
    id: int | None = field(default=None, compare=False)


@dataclass
class Event:
    debt_id: int | None
    kind: EventKind
    occurred_at: datetime
    channel: str = ""
    party: str = ""
    agent_id: str = ""  # 工号
    agent_verified: bool = False
    summary: str = ""
    follow_up: date | None = None
    abuse: frozenset[AbuseFlag] = frozenset()
    promises: list[Promise] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    id: int | None = None
    # Text Parley wrote (not the user): {"kind": ..., "data": {...}}. Channel and summary are
    # worded from it in the current language whenever the event is read.
    template: dict[str, Any] | None = None


# --- text Parley writes into events, worded when read ----------------------------------------

PLANNED_CALL = "planned_call"


def planned_call(offers: list[dict[str, Any]]) -> dict[str, Any]:
    """The wizard's planned call: each offer as {"label", "kind", "n", "amount", "total"}
    (money in minor units), so its summary can be worded in any language."""
    return {"kind": PLANNED_CALL, "data": {"offers": offers}}


def template_text(template: dict[str, Any]) -> tuple[str, str] | None:
    """(channel, summary) for a template in the current language; None for a kind this
    version does not know (the stored text is shown instead)."""
    from parley.engine.money import format_money
    from parley.i18n import ngettext

    if template.get("kind") != PLANNED_CALL:
        return None
    try:
        lines = [
            ngettext(
                "Offer {label}: {kind}, {n} instalment of {amount}, {total} in all.",
                "Offer {label}: {kind}, {n} instalments of {amount}, {total} in all.",
                int(o["n"]),
            ).format(
                label=o["label"],
                kind=OfferKind(o["kind"]).label(),
                n=int(o["n"]),
                amount=format_money(int(o["amount"])),
                total=format_money(int(o["total"])),
            )
            for o in template["data"]["offers"]
        ]
    except (KeyError, TypeError, ValueError):
        return None
    summary = _(
        "Planned call with the script. {a} {b} Ask for the agent's ID and for written confirmation."
    ).format(a=lines[0] if lines else "", b=lines[1] if len(lines) > 1 else "")
    return _("Official customer-service line"), summary


@dataclass
class Agreement:
    debt_id: int
    version: int
    text: str
    source: str = ""  # file path, "pasted", ...
    created_at: datetime | None = None
    id: int | None = None


@dataclass
class ChecklistItem:
    debt_id: int
    code: str
    checked: bool = False
    checked_on: date | None = None
    note: str = ""


# --- value conversion ---------------------------------------------------------------------


def to_sql(value: Any) -> Any:
    """One Python value as SQLite stores it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _plain(hint: Any) -> Any:
    """`int | None` -> `int`: the type a stored value converts to."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(inner) == 1:
            return inner[0]
    return hint


def from_sql(value: Any, hint: Any) -> Any:
    """A stored value back as the type a dataclass field declares."""
    if value is None:
        return None
    hint = _plain(hint)
    if hint is bool:
        return bool(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is float:
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(value)
        return value
    if typing.get_origin(hint) is tuple:
        return tuple(value)
    return value


# --- debts --------------------------------------------------------------------------------

DEBT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Debt))


def debt_to_row(debt: Debt) -> dict[str, Any]:
    return {name: to_sql(getattr(debt, name)) for name in DEBT_FIELDS}


def _reader(hint: Any) -> Any:
    """A fast converter from a stored value to the field's type (None stays None)."""
    hint = _plain(hint)
    if hint is bool:
        return lambda v: None if v is None else bool(v)
    if hint is date:
        return lambda v: None if v is None else date.fromisoformat(v)
    if hint is datetime:
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {m.value: m for m in hint}  # a dict lookup is far cheaper than Enum(v)
        return lambda v: None if v is None else members.get(v) or hint(v)
    return None  # stored as is (REAL columns already come back as float)


@functools.cache
def _debt_readers() -> tuple[tuple[str, Any], ...]:
    hints = _hints(Debt)
    return tuple((name, _reader(hints[name])) for name in DEBT_FIELDS)


def tuples_to_debts(rows: Iterable[Sequence[Any]]) -> list[Debt]:
    """Debts from rows selected as `DEBT_FIELDS` in order (the fast path for long lists)."""
    readers = [read for _name, read in _debt_readers()]
    converted = [(i, read) for i, read in enumerate(readers) if read is not None]
    out = []
    for row in rows:
        values = list(row)
        for i, read in converted:
            values[i] = read(values[i])
        out.append(Debt(*values))
    return out


def row_to_debt(row: dict[str, Any]) -> Debt:
    values = {
        name: (read(row[name]) if read else row[name])
        for name, read in _debt_readers()
        if name in row
    }
    return Debt(**values)


# --- payments -----------------------------------------------------------------------------


def payment_to_row(p: Payment) -> dict[str, Any]:
    return {
        "id": p.id,
        "debt_id": p.debt_id,
        "paid_on": to_sql(p.paid_on),
        "amount": p.amount,
        "note": p.note,
        "offer_id": p.offer_id,
    }


def row_to_payment(row: dict[str, Any]) -> Payment:
    return Payment(
        debt_id=row["debt_id"],
        paid_on=date.fromisoformat(row["paid_on"]),
        amount=from_sql(row["amount"], int),
        note=row["note"] or "",
        id=row["id"],
        offer_id=row.get("offer_id"),
    )


# --- offers -------------------------------------------------------------------------------


def terms_to_json(terms: OfferTerms) -> str:
    data = {f.name: to_sql(getattr(terms, f.name)) for f in dataclasses.fields(OfferTerms)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# Terms an older Parley wrote that no longer exist, dropped on load. The old
# `interest_during_deferral` (off by default) did not mean the lender agreed to no interest,
# so it maps to nothing: interest now runs unless `deferral_interest_waived` is set.
_RETIRED_TERMS = frozenset({"interest_during_deferral"})


def terms_from_json(text: str) -> OfferTerms:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TypeError(text)
    data = {k: v for k, v in data.items() if k not in _RETIRED_TERMS}
    hints = _hints(OfferTerms)
    known = {f.name for f in dataclasses.fields(OfferTerms)}
    unknown = set(data) - known
    if unknown:
        raise KeyError(sorted(unknown)[0])
    return OfferTerms(**{k: from_sql(v, hints[k]) for k, v in data.items()})


def offer_to_row(o: OfferRecord) -> dict[str, Any]:
    return {
        "id": o.id,
        "debt_id": o.debt_id,
        "label": o.label,
        "status": to_sql(o.status),
        "proposed_by": o.proposed_by,
        "terms": terms_to_json(o.terms),
        "created_at": to_sql(o.created_at),
        "updated_at": to_sql(o.updated_at),
    }


def row_to_offer(row: dict[str, Any]) -> OfferRecord:
    return OfferRecord(
        debt_id=row["debt_id"],
        label=row["label"],
        terms=terms_from_json(row["terms"]),
        status=OfferStatus(row["status"]),
        proposed_by=row["proposed_by"],
        created_at=from_sql(row["created_at"], datetime),
        updated_at=from_sql(row["updated_at"], datetime),
        id=row["id"],
    )


# --- events -------------------------------------------------------------------------------


def event_to_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "debt_id": e.debt_id,
        "kind": to_sql(e.kind),
        "occurred_at": to_sql(e.occurred_at),
        "channel": e.channel,
        "party": e.party,
        "agent_id": e.agent_id,
        "agent_verified": int(e.agent_verified),
        "summary": e.summary,
        "follow_up": to_sql(e.follow_up),
        "abuse": json.dumps(sorted(flag.value for flag in e.abuse)),
        "template": json.dumps(e.template, ensure_ascii=False) if e.template else "",
    }


def _template(row: dict[str, Any]) -> dict[str, Any] | None:
    try:
        found = json.loads(row["template"]) if row.get("template") else None
    except ValueError:  # written by hand or by something else: show the stored text
        return None
    return found if isinstance(found, dict) else None


def worded_summary(row: dict[str, Any]) -> str:
    """An event row's summary in the current language (see `template_text`)."""
    template = _template(row)
    worded = template_text(template) if template is not None else None
    return worded[1] if worded else (row["summary"] or "")


def row_to_event(
    row: dict[str, Any],
    promises: list[Promise] | None = None,
    attachments: list[Attachment] | None = None,
) -> Event:
    template = _template(row)
    worded = template_text(template) if template is not None else None
    channel, summary = worded or (row["channel"] or "", row["summary"] or "")
    return Event(
        debt_id=row["debt_id"],
        kind=EventKind(row["kind"]),
        occurred_at=datetime.fromisoformat(row["occurred_at"]),
        channel=channel,
        party=row["party"] or "",
        agent_id=row["agent_id"] or "",
        agent_verified=bool(row["agent_verified"]),
        summary=summary,
        follow_up=from_sql(row["follow_up"], date),
        abuse=frozenset(AbuseFlag(v) for v in json.loads(row["abuse"] or "[]")),
        promises=list(promises or []),
        attachments=list(attachments or []),
        id=row["id"],
        template=template if worded is not None else None,
    )


def promise_to_row(event_id: int, position: int, p: Promise) -> dict[str, Any]:
    return {"event_id": event_id, "position": position, "text": p.text, "written": int(p.written)}


def row_to_promise(row: dict[str, Any]) -> Promise:
    return Promise(text=row["text"], written=bool(row["written"]))


def attachment_to_row(event_id: int, a: Attachment) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "path": a.path,
        "size": a.size,
        "sha256": a.sha256,
        "added_at": to_sql(a.added_at),
        "id": a.id,
    }


def row_to_attachment(row: dict[str, Any]) -> Attachment:
    return Attachment(
        path=row["path"],
        size=from_sql(row["size"], int),
        sha256=row["sha256"],
        added_at=datetime.fromisoformat(row["added_at"]),
        id=row["id"],
    )


# --- agreements and checklist -------------------------------------------------------------


def agreement_to_row(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "debt_id": a.debt_id,
        "version": a.version,
        "text": a.text,
        "source": a.source,
        "created_at": to_sql(a.created_at),
    }


def row_to_agreement(row: dict[str, Any]) -> Agreement:
    return Agreement(
        debt_id=row["debt_id"],
        version=row["version"],
        text=row["text"],
        source=row["source"] or "",
        created_at=from_sql(row["created_at"], datetime),
        id=row["id"],
    )


def checklist_to_row(item: ChecklistItem) -> dict[str, Any]:
    return {
        "debt_id": item.debt_id,
        "code": item.code,
        "checked": int(item.checked),
        "checked_on": to_sql(item.checked_on),
        "note": item.note,
    }


def row_to_checklist(row: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        debt_id=row["debt_id"],
        code=row["code"],
        checked=bool(row["checked"]),
        checked_on=from_sql(row["checked_on"], date),
        note=row["note"] or "",
    )


__all__ = [
    "AbuseFlag",
    "Agreement",
    "Attachment",
    "ChecklistItem",
    "Event",
    "EventKind",
    "OfferKind",
    "OfferRecord",
    "OfferStatus",
    "Payment",
    "Promise",
]
