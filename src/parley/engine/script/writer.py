"""Filling sentences with named figures: the only way a number gets into the script."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parley.engine.script.facts import Facts, Kind, Said, ScriptInput, said_figures
from parley.engine.script.format import date_in, money_in, percent_in, sentence_gap


@dataclass(frozen=True)
class F:
    """A placeholder filled with the named figure, formatted in the script's language."""

    name: str


class Writer:
    def __init__(self, inp: ScriptInput, facts: Facts, lang: str, today: date) -> None:
        self.inp = inp
        self.facts = facts
        self.lang = lang
        self.today = today

    def has(self, name: str) -> bool:
        return name in self.facts

    def value(self, name: str, default=None):
        return self.facts.value(name, default)

    def show(self, name: str) -> str:
        figure = self.facts[name]
        if figure.kind is Kind.MONEY:
            return money_in(self.lang, int(figure.value), self.inp.settings.currency)
        if figure.kind is Kind.PERCENT:
            return percent_in(self.lang, figure.value)
        if figure.kind is Kind.DATE:
            return date_in(self.lang, figure.value)
        return str(figure.value)

    def fill(self, template: str, **args: F | str | int) -> Said:
        """`template` (already translated) with each `F` argument filled from its figure;
        other arguments are the user's own text (names, contract numbers)."""
        values: dict[str, str] = {}
        used: list[str] = []
        for key, arg in args.items():
            if isinstance(arg, F):
                values[key] = self.show(arg.name)
                if "{" + key + "}" in template:
                    used.append(arg.name)
            else:
                values[key] = str(arg)
        return Said(template.format(**values), used)

    def join(self, parts: Sequence[str]) -> Said:
        """Sentences run together as the language does, keeping their figures."""
        parts = [p for p in parts if p]
        figures = [name for p in parts for name in said_figures(p)]
        return Said(sentence_gap(self.lang).join(parts), figures)
