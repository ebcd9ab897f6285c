"""How one event reads in the timeline: its cells in the table and the detail beside it."""

from __future__ import annotations

from rich.text import Text

from parley.i18n import _, ngettext
from parley.i18n import format as fmt
from parley.store.records import Event


def party_cell(event: Event) -> Text:
    text = Text(event.party)
    if event.agent_id:
        if text:
            text.append(" ")
        text.append(event.agent_id)
        if event.agent_verified:
            text.append(" ✓", style="green")
        else:
            text.append(" ?", style="yellow")
    return text


def promises_cell(event: Event) -> Text:
    if not event.promises:
        return Text("")
    verbal = sum(not p.written for p in event.promises)
    if verbal:
        return Text(
            ngettext("{n} verbal only", "{n} verbal only", verbal).format(n=verbal)
            + (f" / {len(event.promises)}" if verbal != len(event.promises) else ""),
            style="bold red",
        )
    return Text(
        ngettext("{n} in writing", "{n} in writing", len(event.promises)).format(
            n=len(event.promises)
        ),
        style="green",
    )


def one_line(text: str, width: int = 30) -> str:
    """One line of at most `width` terminal cells (a Chinese character takes two)."""
    from rich.cells import cell_len, set_cell_size

    line = " ".join(text.split())
    return line if cell_len(line) <= width else set_cell_size(line, width - 1) + "…"


def size_text(n: int) -> str:
    return ngettext("{n} byte", "{n} bytes", n).format(n=fmt.integer(n))


def event_detail(event: Event | None, lender: str) -> Text:
    out = Text()
    if event is None:
        out.append(_("No event selected."), style="dim")
        return out
    out.append(f"{event.kind.label()}\n", style="bold")
    out.append(event.occurred_at.strftime("%Y-%m-%d %H:%M"))
    if lender:
        out.append(f" · {lender}")
    out.append("\n")
    if event.channel:
        out.append(_("Channel: "), style="bold")
        out.append(f"{event.channel}\n")
    if event.party or event.agent_id:
        out.append(_("Other party: "), style="bold")
        out.append(f"{event.party}\n")
    if event.agent_id:
        out.append(_("Agent ID: "), style="bold")
        out.append(event.agent_id)
        if event.agent_verified:
            out.append(" " + _("(checked against official records)") + "\n", style="green")
        else:
            out.append(" " + _("(not checked yet)") + "\n", style="yellow")
    if event.summary:
        out.append("\n" + event.summary + "\n")
    if event.abuse:
        out.append("\n" + _("Abusive: "), style="bold red")
        out.append(fmt.names(sorted(f.label() for f in event.abuse)) + "\n", style="red")
    if event.promises:
        out.append("\n" + _("Promises:") + "\n", style="bold")
        for p in event.promises:
            out.append(f"• {p.text} ")
            if p.written:
                out.append(_("[in writing]"), style="green")
            else:
                out.append(
                    _("[verbal only: not binding until confirmed in writing]"), style="bold red"
                )
            out.append("\n")
    if event.attachments:
        out.append("\n" + _("Attached files:") + "\n", style="bold")
        for a in event.attachments:
            out.append(f"• {a.path}\n  {size_text(a.size)} · SHA-256 {a.sha256}\n", style="")
    if event.follow_up:
        out.append("\n" + _("Follow up on {day}").format(day=event.follow_up.isoformat()))
    return out
