"""`--debt` as the user may give it: the number `parley list` shows, or a lender's name."""

from __future__ import annotations

from parley.i18n import _

# Ids are SQLite integers; anything longer is not one (and would overflow the query).
MAX_ID_DIGITS = 18


def number_text(text: str) -> str:
    """A record's number as typed, read as `parley list` shows it: full-width digits made
    ASCII, an optional leading #."""
    from parley.engine.numeric import ascii_digits

    return ascii_digits(text or "").strip().lstrip("#")


def record_id(raw: str) -> int | None:
    """`raw` (from number_text) as an id, or None when it is not all digits or longer than
    any SQLite integer (checked before int(): it would overflow the query)."""
    if raw.isascii() and raw.isdigit() and len(raw.lstrip("0")) <= MAX_ID_DIGITS:
        return int(raw)
    return None


def clipped(text: str) -> str:
    """At most 40 characters of what was typed, for a one-line message."""
    return text if len(text) <= 40 else text[:39] + "…"


def resolve_debt(text: str, store) -> int:
    """The id of the one live debt `text` names; InputError (translated) otherwise."""
    from parley.engine.errors import InputError

    raw = number_text(text)
    if not raw:
        raise InputError(_("Give a debt's number or its lender's name."))
    live = store.list_debts()
    if raw.isascii() and raw.isdigit():
        wanted = record_id(raw)
        if wanted is not None:
            if any(d.id == wanted for d in live):
                return wanted
            if store.is_deleted(wanted):
                raise InputError(_("Debt number {id} was deleted.").format(id=wanted))
        raise InputError(
            _("There is no debt number {id}. `parley list` shows the numbers.").format(
                id=clipped(raw)
            )
        )
    key = raw.casefold()
    for matches in (
        [d for d in live if d.lender.strip().casefold() == key],
        [d for d in live if key in d.lender.casefold()],
    ):
        if len(matches) == 1:
            return matches[0].id
        if matches:
            listed = ", ".join(f"{d.id} ({d.lender})" for d in matches[:10])
            raise InputError(
                _("“{text}” matches more than one debt: {matches}. Give the number.").format(
                    text=text.strip(), matches=listed
                )
            )
    raise InputError(
        _("No debt's lender matches “{text}”. `parley list` shows every debt.").format(
            text=text.strip()
        )
    )
