"""A labelled input that checks its value as it is typed and says what is wrong beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Input, Label

from parley.engine.errors import InputError
from parley.i18n import _
from parley.tui.widgets.text import PlainLabel

Parser = Callable[[str], Any]
REQUIRED_MARK = "*"


class FieldInput(Input):
    """An Input whose typing does not lay the whole screen out again.

    Textual's Input resizes its scrollable area at every keystroke, and that asks for a
    layout of the whole screen; a field's input keeps its size whatever is typed, and on a
    form as big as the offer editor that layout was most of a keystroke's cost.
    """

    def _watch_value(self, value: str) -> None:
        # Set quietly first, so Input's own assignment finds it unchanged.
        self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)


class Field(Vertical):
    """`parser` turns text into a value or raises InputError; an empty optional field is None."""

    DEFAULT_CSS = """
    Field { height: auto; }
    Field > Label.field-label { color: $text-muted; height: 1; }
    Field > Input { width: 100%; background: $boost; padding: 0 1; }
    Field > Input:focus { background: $primary 30%; }
    Field > Label.field-error { color: $error; width: 100%; height: auto; display: none; }
    Field.-invalid > Label.field-error { display: block; }
    Field.-invalid > Input { background: $error 30%; }
    Field.-inline {
        layout: grid; grid-size: 2; grid-columns: 3fr 2fr; grid-rows: 1; height: auto; margin: 0;
    }
    Field.-inline > Label.field-error { column-span: 2; }
    """

    class Changed(Message):
        def __init__(self, field: Field) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> Field:
            return self.field

    error: var[str] = var("")

    def __init__(
        self,
        label: str,
        parser: Parser,
        *,
        value: str = "",
        placeholder: str = "",
        required: bool = True,
        id: str | None = None,
        tooltip: str | None = None,
        inline: bool = False,
    ) -> None:
        super().__init__(id=id, classes="-inline" if inline else None)
        self._label = label
        self._parser = parser
        self._initial = value
        self._placeholder = placeholder
        self.required = required
        self._tooltip = tooltip
        self.value: Any = None
        # An empty form should not shout: errors show once a field is typed in or revealed.
        self.touched = bool(value)

    @property
    def label(self) -> str:
        """The field's name as shown above it, without the required mark."""
        return self._label

    def compose(self) -> ComposeResult:
        # A required field is marked; the form says once what the mark means.
        text = f"{self._label} {REQUIRED_MARK}" if self.required else self._label
        yield PlainLabel(text, classes="field-label")
        field_input = FieldInput(
            self._initial,
            compact=True,
            placeholder=self._placeholder,
            id=f"{self.id}-input" if self.id else None,
        )
        if self._tooltip:
            field_input.tooltip = self._tooltip
        yield field_input
        yield PlainLabel("", classes="field-error")

    def on_mount(self) -> None:
        self._check(self._initial, announce=False)

    @property
    def text(self) -> str:
        return self.query_one(Input).value

    @property
    def valid(self) -> bool:
        return not self.error

    def set_text(self, text: str) -> None:
        self.query_one(Input).value = text

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value != self._initial:
            self.touched = True
        self._check(event.value)

    def reveal(self) -> None:
        """Show this field's error even if it was never typed in (e.g. on a save attempt)."""
        self.touched = True
        self.watch_error(self.error)

    def _check(self, text: str, *, announce: bool = True) -> None:
        try:
            if not text.strip():
                if self.required:
                    raise InputError(_("This field is needed."))
                self.value = None
            else:
                self.value = self._parser(text)
            self.error = ""
        except InputError as error:
            self.error = str(error)
        except (ArithmeticError, ValueError):
            # The engine's parsers answer bad numbers with InputError; anything else that
            # slips through is still refused here rather than taking the app down.
            self.error = _("Parley cannot use this value: check it.")
        if announce:
            self.post_message(self.Changed(self))

    def watch_error(self, error: str) -> None:
        self.set_class(bool(error) and self.touched, "-invalid")
        if self.is_mounted:
            self.query_one(".field-error", Label).update(error)

    def focus(self, scroll_visible: bool = True) -> Field:
        self.query_one(Input).focus(scroll_visible)
        return self


def labelled(label: str, widget, *, required: bool = False) -> Vertical:
    """A widget with a label above it, laid out like a Field (for Selects and Checkboxes)."""
    text = f"{label} {REQUIRED_MARK}" if required else label
    return Vertical(PlainLabel(text, classes="field-label"), widget, classes="field-like")


def attention(fields, extra: tuple[str, ...] = ()) -> str:
    """What a form's status line says when fields are wrong: which ones, by name."""
    from parley.i18n import format as fmt

    names = [f.label for f in fields] + list(extra)
    return _("To save, fix: {fields}.").format(fields=fmt.names(names))


def required_legend() -> str:
    return _("Fields marked {mark} must be filled in.").format(mark=REQUIRED_MARK)
