"""The settings as key/value rows (one JSON value per key), and back."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.engine.debt import Settings
from parley.engine.rates import CapSettings


def settings_to_dict(s: Settings) -> dict[str, Any]:
    return {
        "monthly_income": s.monthly_income,
        "currency": s.currency,
        "language": s.language,
        "income_share_limit": s.income_share_limit,
        "lpr": s.caps.lpr,
        "lpr_date": s.caps.lpr_date.isoformat(),
        "lpr_multiple": s.caps.lpr_multiple,
        "caps_fixed": list(s.caps.fixed),
    }


def settings_from_dict(d: dict[str, Any]) -> Settings:
    base = Settings()
    caps = base.caps
    return Settings(
        monthly_income=int(d.get("monthly_income", base.monthly_income)),
        currency=str(d.get("currency", base.currency)),
        language=str(d.get("language", base.language)),
        income_share_limit=float(d.get("income_share_limit", base.income_share_limit)),
        caps=CapSettings(
            lpr=float(d.get("lpr", caps.lpr)),
            lpr_date=date.fromisoformat(d["lpr_date"]) if "lpr_date" in d else caps.lpr_date,
            lpr_multiple=int(d.get("lpr_multiple", caps.lpr_multiple)),
            fixed=tuple(float(x) for x in d.get("caps_fixed", caps.fixed)),
        ),
    )
