"""The settings as key/value rows (one JSON value per key), and back."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.engine.debt import Settings
from parley.engine.rates import CapSettings


def settings_to_dict(s: Settings) -> dict[str, Any]:
    # The monthly income lives in the budget (see `Store.load_settings`).
    return {
        "currency": s.currency,
        "language": s.language,
        "income_share_limit": s.income_share_limit,
        "lpr_multiple": s.caps.lpr_multiple,
        "caps_fixed": list(s.caps.fixed),
        # Only the rows the user added: the shipped table stays the program's to correct.
        "lpr_added": [[day.isoformat(), str(rate)] for day, rate in s.caps.lpr_added],
        "penalty_multiple": s.penalty_multiple,
        "best_window": s.best_window,
        "latest_window": s.latest_window,
        "export_folder": s.export_folder,
    }


def settings_from_dict(d: dict[str, Any]) -> Settings:
    from decimal import Decimal, InvalidOperation

    from parley.engine.lpr import lpr_on

    base = Settings()
    caps = base.caps
    try:
        added = [(date.fromisoformat(day), Decimal(rate)) for day, rate in d.get("lpr_added", [])]
    except InvalidOperation:
        raise ValueError("lpr_added") from None
    if any(not 0 <= rate < 1 for _day, rate in added):
        raise ValueError("lpr_added")
    if "lpr" in d and "lpr_date" in d and not added:
        # Files from before the dated table kept one LPR: keep it if the table differs.
        day, rate = date.fromisoformat(d["lpr_date"]), Decimal(str(d["lpr"]))
        if lpr_on(day) != (day, rate):
            added.append((day, rate))
    return Settings(
        monthly_income=int(d.get("monthly_income", base.monthly_income)),
        currency=str(d.get("currency", base.currency)),
        language=str(d.get("language", base.language)),
        income_share_limit=float(d.get("income_share_limit", base.income_share_limit)),
        caps=CapSettings(
            lpr_multiple=int(d.get("lpr_multiple", caps.lpr_multiple)),
            fixed=tuple(float(x) for x in d.get("caps_fixed", caps.fixed)),
            lpr_added=tuple(sorted(added)),
        ),
        penalty_multiple=float(d.get("penalty_multiple", base.penalty_multiple)),
        best_window=int(d.get("best_window", base.best_window)),
        latest_window=int(d.get("latest_window", base.latest_window)),
        export_folder=str(d.get("export_folder", base.export_folder)),
    )
