"""Settings: currency, legal caps and language, saved as soon as each is valid.

The income is shown here; it is the household budget's, changed in Plan mode.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Select

from parley.engine.errors import InputError
from parley.engine.inputs import parse_count, parse_date, parse_percent
from parley.engine.lpr import lpr_on, merged
from parley.engine.money import format_money
from parley.engine.rates import CapSettings
from parley.i18n import N_, _
from parley.i18n import format as fmt
from parley.tui.widgets.field import Field, labelled, required_legend
from parley.tui.widgets.text import Plain, PlainSelect

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD")


class SettingsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape",
            "close",
            N_("Close"),
            id="settings.close",
            tooltip=N_("Back; valid settings are saved as you type"),
        ),
    ]

    def compose(self) -> ComposeResult:
        s = self.app.settings
        # Rows added before this visit; the LPR fields edit one more row (or the latest).
        self._added = dict(s.caps.lpr_added)
        caps = s.caps
        with Vertical(id="settings", classes="dialog wide"):
            yield Plain(_("Settings"), classes="dialog-title")
            with VerticalScroll():
                with Grid(classes="form-grid"):
                    yield Plain(income_line(s.monthly_income), id="monthly_income")
                    yield Field(
                        _("Flag an instalment above this share of income"),
                        partial(parse_percent, high=100),
                        value=f"{s.income_share_limit * 100:g}%",
                        id="income_share_limit",
                        tooltip=_("Rule of thumb: keep each instalment at or below 20% of income"),
                    )
                    yield labelled(
                        _("Currency"),
                        PlainSelect(
                            [(c, c) for c in CURRENCIES],
                            value=s.currency if s.currency in CURRENCIES else "CNY",
                            allow_blank=False,
                            compact=True,
                            id="currency",
                        ),
                    )
                    yield labelled(
                        _("Language"),
                        PlainSelect(
                            [("English", "en"), ("中文", "zh_CN")],
                            value=s.language if s.language in ("en", "zh_CN") else "en",
                            allow_blank=False,
                            compact=True,
                            id="language",
                        ),
                    )
                    yield Field(
                        _("One-year LPR (latest row)"),
                        partial(parse_percent, high=20),
                        value=f"{caps.lpr * 100:g}%",
                        id="lpr",
                        tooltip=_(
                            "The loan prime rate; the private-lending line is a multiple of the "
                            "one in force on the contract date. Type a newer rate and its date "
                            "to add a row."
                        ),
                    )
                    yield Field(
                        _("LPR in force from"),
                        parse_date,
                        value=caps.lpr_date.isoformat(),
                        id="lpr_date",
                    )
                    yield Field(
                        _("Cap: multiple of the LPR"),
                        partial(parse_count, low=1, high=10),
                        value=str(caps.lpr_multiple),
                        id="lpr_multiple",
                        tooltip=_(
                            "4 under the Supreme People's Court private-lending provisions, art. 25"
                        ),
                    )
                    yield Field(
                        _("Other caps (comma-separated)"),
                        _parse_caps,
                        value=", ".join(f"{c * 100:g}%" for c in caps.fixed),
                        required=False,
                        id="fixed",
                        tooltip=_("24% and 36% are the thresholds people still quote"),
                    )
                    yield Field(
                        _("Penalty rate: multiple of the contract rate"),
                        _parse_multiple,
                        value=f"{s.penalty_multiple:g}",
                        id="penalty_multiple",
                        tooltip=_("Used when a debt states no penalty rate; 1.5 is common"),
                    )
                    yield Field(
                        _("Best window (days overdue)"),
                        partial(parse_count, low=1, high=365),
                        value=str(s.best_window),
                        id="best_window",
                    )
                    yield Field(
                        _("Latest window (days overdue)"),
                        partial(parse_count, low=1, high=730),
                        value=str(s.latest_window),
                        id="latest_window",
                    )
                yield Plain(lpr_table_text(caps), id="lpr-table", classes="dim")
            yield Plain(
                _(
                    "Where the defaults come from: the one-year LPR as published since "
                    "2019-08-20; 4 × LPR from the private-lending provisions; 24% and 36% "
                    "from earlier rules; 30 and 90 days and 1.5 × from practitioners' advice."
                ),
                classes="dialog-text dim",
            )
            yield Plain(required_legend(), id="settings-status", classes="dim")

    def on_mount(self) -> None:
        # Income lives in the household budget (Plan mode); the first setting typed here is
        # the income-share limit.
        self.query(Field).first().focus()

    @on(Field.Changed)
    def _changed(self, event: Field.Changed) -> None:
        self._save()
        status = self.query_one("#settings-status", Plain)
        bad = [f for f in self.query(Field) if not f.valid]
        if bad:
            status.update(
                _("Not saved until fixed: {fields}. The last good values stay in use.").format(
                    fields=fmt.names(f.label for f in bad)
                )
            )
        else:
            status.update(required_legend())
        status.set_class(bool(bad), "error")

    @on(Select.Changed)
    async def _select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "language" and event.value != self.app.settings.language:
            await self.app.set_language(str(event.value))
            return
        self._save()

    def _save(self) -> None:
        fields = {f.id: f for f in self.query(Field)}
        if any(not f.valid for f in fields.values()):
            return
        if fields["best_window"].value >= fields["latest_window"].value:
            fields["latest_window"].error = _("The latest window must be longer than the best one.")
            return
        current = self.app.settings
        added = dict(self._added or {})
        day, rate = fields["lpr_date"].value, Decimal(str(fields["lpr"].value))
        if lpr_on(day, merged(added.items())) != (day, rate):
            added[day] = rate
        caps = CapSettings(
            lpr_multiple=fields["lpr_multiple"].value,
            fixed=tuple(fields["fixed"].value or ()),
            lpr_added=tuple(sorted(added.items())),
        )
        settings = replace(
            current,
            income_share_limit=fields["income_share_limit"].value,
            currency=str(self.query_one("#currency", Select).value),
            caps=caps,
            penalty_multiple=fields["penalty_multiple"].value,
            best_window=fields["best_window"].value,
            latest_window=fields["latest_window"].value,
        )
        if settings != current and self.app.apply_settings(settings, retry=self._save):
            self.query_one("#lpr-table", Plain).update(lpr_table_text(caps))

    def action_close(self) -> None:
        bad = [f for f in self.query(Field) if not f.valid]
        if not bad:
            self.dismiss(None)
            return
        from parley.tui.screens.confirm import ConfirmScreen

        for field in bad:
            field.reveal()
        bad[0].focus()

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen(
                _("{fields}: not valid, so not saved. Close and keep the last good values?").format(
                    fields=fmt.names(f.label for f in bad)
                ),
                _("Close"),
            ),
            answered,
        )


def lpr_table_text(caps: CapSettings) -> Text:
    """Every row of the one-year LPR table, the rows the user added marked with *."""
    added = dict(caps.lpr_added)
    text = Text(_("One-year LPR since the 2019 reform (* added by you):") + "\n")
    cells = [
        f"{day.isoformat()} {fmt.percent(float(rate))}{' *' if day in added else ''}"
        for day, rate in caps.lpr_table
    ]
    for i in range(0, len(cells), 3):
        text.append("   ".join(cells[i : i + 3]) + "\n")
    return text


def _parse_multiple(text: str) -> float:
    """`1.5`, `1.5x` or `1.5倍` -> 1.5, from 1 to 5."""
    import unicodedata
    from decimal import InvalidOperation

    raw = unicodedata.normalize("NFKC", text or "").strip().lower().rstrip("x×倍").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not 1 <= value <= 5:
        raise InputError(_("Enter a multiple from 1 to 5, e.g. 1.5."))
    return float(value)


def income_line(income: int) -> Text:
    """The income is the household budget's: shown here, changed in Plan mode."""
    text = Text(_("Monthly income after tax"), style="dim")
    text.append("\n")
    text.append(format_money(income) if income else _("not given yet"), style="bold")
    text.append("\n")
    text.append(_("from your budget: change it in Plan (5)"), style="dim")
    return text


def _parse_caps(text: str) -> tuple[float, ...]:
    parts = [p for p in text.replace("，", ",").split(",") if p.strip()]
    return tuple(sorted(parse_percent(p, high=1000) for p in parts))
