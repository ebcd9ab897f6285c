"""Settings: currency, legal caps and language, saved as soon as each is valid.

The income is shown here; it is the household budget's, changed in Plan mode.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Select, Static

from parley.engine.inputs import parse_count, parse_date, parse_percent
from parley.engine.money import format_money
from parley.engine.rates import CapSettings
from parley.i18n import N_, _
from parley.tui.widgets.field import Field, labelled

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD")


class SettingsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding(
            "escape",
            "close",
            N_("Close"),
            id="settings.close",
            tooltip=N_("Back; settings are already saved"),
        ),
    ]

    def compose(self) -> ComposeResult:
        s = self.app.settings
        caps = s.caps
        with Vertical(id="settings", classes="dialog wide"):
            yield Static(_("Settings"), classes="dialog-title")
            with VerticalScroll(), Grid(classes="form-grid"):
                yield Static(income_line(s.monthly_income), id="monthly_income")
                yield Field(
                    _("Flag an instalment above this share of income"),
                    partial(parse_percent, high=100),
                    value=f"{s.income_share_limit * 100:g}%",
                    id="income_share_limit",
                    tooltip=_("Rule of thumb: keep each instalment at or below 20% of income"),
                )
                yield labelled(
                    _("Currency"),
                    Select(
                        [(c, c) for c in CURRENCIES],
                        value=s.currency if s.currency in CURRENCIES else "CNY",
                        allow_blank=False,
                        compact=True,
                        id="currency",
                    ),
                )
                yield labelled(
                    _("Language"),
                    Select(
                        [("English", "en"), ("中文", "zh_CN")],
                        value=s.language if s.language in ("en", "zh_CN") else "en",
                        allow_blank=False,
                        compact=True,
                        id="language",
                    ),
                )
                yield Field(
                    _("One-year LPR"),
                    partial(parse_percent, high=20),
                    value=f"{caps.lpr * 100:g}%",
                    id="lpr",
                    tooltip=_(
                        "The loan prime rate; courts cap protected interest at a multiple of it"
                    ),
                )
                yield Field(
                    _("LPR published on"),
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
            yield Static(
                _(
                    "Where the defaults come from: LPR 3.0% from 2025-05-20; 4 × LPR from the "
                    "private-lending provisions; 24% and 36% from earlier rules."
                ),
                classes="dialog-text dim",
            )

    @on(Field.Changed)
    def _changed(self, event: Field.Changed) -> None:
        self._save()

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
        current = self.app.settings
        settings = replace(
            current,
            income_share_limit=fields["income_share_limit"].value,
            currency=str(self.query_one("#currency", Select).value),
            caps=CapSettings(
                lpr=fields["lpr"].value,
                lpr_date=fields["lpr_date"].value,
                lpr_multiple=fields["lpr_multiple"].value,
                fixed=tuple(fields["fixed"].value or ()),
            ),
        )
        if settings != current:
            self.app.apply_settings(settings)

    def action_close(self) -> None:
        self.dismiss(None)


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
