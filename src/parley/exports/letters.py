"""Letters from the record: gather the named facts, build, write .docx/.md/.txt, log it.

The facts come from the store and the engine only (engine.letters builds the words). Files
are created 0600 and never overwrite an existing file: a free name is chosen instead.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

from parley.engine.letters import (
    Attempt,
    Call,
    EvidenceItem,
    Incident,
    Letter,
    LetterFacts,
    Plan,
)
from parley.engine.offers import evaluate, principal_left
from parley.engine.triage import debt_true_cost
from parley.store.records import Attachment, Event, EventKind, OfferStatus

FORMATS = (".docx", ".md", ".txt")
_CALLS = (EventKind.CALL_MADE, EventKind.CALL_RECEIVED)
_ATTEMPTS = (
    EventKind.CALL_MADE,
    EventKind.EMAIL,
    EventKind.LETTER,
    EventKind.OFFER_PROPOSED,
    EventKind.MEDIATION,
    EventKind.COMPLAINT,
)


def gather(store, debt_id: int, today: date, *, reply_days: int = 15) -> LetterFacts:
    """Every fact a letter may state about one debt, from the store and engine figures."""
    debt = store.get_debt(debt_id)
    settings = store.load_settings()
    events = list(reversed(store.list_events(debt_id=debt_id)))  # oldest first
    cost = debt_true_cost(debt)
    facts = LetterFacts(
        debt=debt,
        today=today,
        currency=settings.currency,
        contract_apr=cost.apr if cost.solved else None,
        principal_left=principal_left(debt),
        received=debt.amount_received,
        cut_upfront=max(debt.principal - debt.amount_received, 0),
        hardship=_hardship_words(store, debt_id),
        evidence=_evidence(events),
        incidents=[_incident(e) for e in events if e.abuse],
        calls=[_call(e) for e in events if e.kind in _CALLS],
        attempts=[
            Attempt(e.occurred_at.date(), e.kind.label(), e.summary)
            for e in events
            if e.kind in _ATTEMPTS
        ],
        plans=_plans(store, debt, today, settings),
        overpaid=_overpaid(store, debt, settings),
        reply_days=reply_days,
    )
    return facts


def _hardship_words(store, debt_id: int) -> str:
    # Only the user's own words: a hardship picked from a list is not a fact they stated.
    draft = store.load_draft(debt_id)
    return str((draft or {}).get("data", {}).get("detail") or "")


def _evidence(events: list[Event]) -> list[EvidenceItem]:
    seen: dict[str, Attachment] = {}
    for event in events:
        for att in event.attachments:
            seen.setdefault(att.sha256, att)
    return [EvidenceItem(Path(a.path).name, a.sha256, a.size) for a in seen.values()]


def _incident(e: Event) -> Incident:
    flags = tuple(sorted(f.value for f in e.abuse))
    return Incident(e.occurred_at, e.channel, e.party, e.agent_id, flags, e.summary)


def _call(e: Event) -> Call:
    promises = tuple((p.text, p.written) for p in e.promises)
    return Call(
        e.occurred_at, e.channel, e.agent_id, e.agent_verified, promises, bool(e.attachments)
    )


def _plans(store, debt, today: date, settings) -> list[Plan]:
    offers = [o for o in store.list_offers(debt.id) if o.status is not OfferStatus.REJECTED]
    latest: dict[str, object] = {}
    for offer in offers:  # oldest first: the last saved of each label wins
        latest[offer.label] = offer
    plans = []
    for label in sorted(latest)[:2]:
        offer = latest[label]
        result = evaluate(debt, offer.terms, today=today, settings=settings)
        schedule = result.schedule
        first = schedule.instalments[0].due if schedule.instalments else None
        plans.append(
            Plan(
                label=label,
                kind=offer.terms.kind.label(),
                down_payment=result.down_payment,
                instalment=result.instalment,
                count=len(schedule.instalments),
                total=result.total_paid,
                first_due=first,
            )
        )
    return plans


def _overpaid(store, debt, settings):
    from parley.engine.letters import Overpaid
    from parley.engine.overpaid import overpaid_interest

    payments = [(p.paid_on, p.amount) for p in store.list_payments(debt.id)]
    found = overpaid_interest(debt, payments, settings)
    if found is None or found.amount <= 0 or found.line is None:
        return None
    return Overpaid(
        amount=found.amount,
        paid=found.interest_and_fees_paid,
        allowed=found.allowed,
        line_rate=float(found.line.rate),
        line_code=found.line.code,
        line_is_law=found.line.applies,
        payments=tuple(payments),
    )


# --- files ---------------------------------------------------------------------------------


def file_name(lender_or_id: str, kind: str, lang: str, day: date, suffix: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in lender_or_id).strip("-")
    return f"{safe or 'debt'}-{kind}-{lang}-{day.isoformat()}{suffix}"


def free_path(target: Path) -> Path:
    """`target`, or `name-2.ext`, `name-3.ext`... when it exists: never overwrite silently."""
    if not target.exists():
        return target
    for n in range(2, 10_000):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(target)


def render(letter: Letter, suffix: str, text: str | None = None) -> bytes:
    """The file's bytes. `text` is the user's edited text (kept as written) when given."""
    if suffix == ".docx":
        return to_docx(letter, text)
    if text is not None:
        return text.encode("utf-8")
    body = letter.to_markdown() if suffix == ".md" else letter.to_text()
    return body.encode("utf-8")


def to_docx(letter: Letter, text: str | None = None) -> bytes:
    import io

    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    if letter.lang.startswith("zh"):
        # Word picks the East Asian font from w:eastAsia; without it CJK falls back badly.
        for name in ("Normal", "Title", "Heading 1"):
            font = doc.styles[name].font
            font.name = "SimSun"
            rpr = doc.styles[name].element.get_or_add_rPr()
            rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    if text is not None:
        for line in text.splitlines():
            doc.add_paragraph(line)
    else:
        for kind, line in letter.paragraphs():
            if kind == "title":
                doc.add_heading(line, level=0)
            elif kind == "heading":
                doc.add_heading(line, level=1)
            else:
                doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_letter(folder: Path, name: str, data: bytes) -> tuple[Path, str]:
    """Write a new 0600 file under a free name; returns the path and its SHA-256."""
    from parley.private_files import private_dir, write_private

    private_dir(folder)
    target = free_path(folder / name)
    write_private(target, data)
    return target, hashlib.sha256(data).hexdigest()


def log_letter(
    store,
    debt_id: int,
    title: str,
    path: Path,
    sha256: str,
    *,
    when: datetime,
    sent_channel: str = "",
    reply_due: date | None = None,
) -> int:
    """A timeline event for the letter, with the file attached by its hash."""
    from parley.store.records import Attachment, Event

    att = Attachment(str(path), path.stat().st_size, sha256, when)
    event = Event(
        debt_id=debt_id,
        kind=EventKind.LETTER,
        occurred_at=when,
        channel=sent_channel,
        summary=title,
        follow_up=reply_due,
        attachments=[att],
    )
    return store.add_event(event)


def reply_due(sent_on: date, days: int) -> date:
    return sent_on + timedelta(days=days)
