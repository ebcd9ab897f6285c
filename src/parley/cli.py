"""Command line: `parley` opens the app; `parley VERB ...` runs one scriptable verb.

Verb modules live in `parley.commands`; each defines `register(subparsers, parent)`
and keeps heavy imports inside its run function so the app starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from parley import __version__, i18n
from parley.i18n import N_, _

# Verb modules, in the order `parley --help` lists them.
COMMANDS: tuple[str, ...] = (
    "apr",
    "plan",
    "budget",
    "demo",
    "list_",
    "export",
    "import_",
    "scan",
    "calendar",
    "evidence",
    "attachment",
    "script",
    "letter",
    "lock",
)

# argparse's own messages, so the catalog can translate them (see _translate_argparse).
_ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("%(prog)s: error: %(message)s\n"),
)


class UsageError(Exception):
    """A bad argument: one line on stderr, exit status 2."""


def _literal(help_text):
    # argparse %-formats every help string ("%(default)s"); ours are plain text that may
    # say "24%" in either language.
    if isinstance(help_text, str) and help_text is not argparse.SUPPRESS:
        return help_text.replace("%", "%%")
    return help_text


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)

    def add_argument(self, *args, **kwargs):
        if "help" in kwargs:
            kwargs["help"] = _literal(kwargs["help"])
        return super().add_argument(*args, **kwargs)


def _translate_argparse() -> None:
    # argparse looks its messages up through module-level gettext functions.
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def _language_from(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def common_options(*, after_verb: bool = False) -> argparse.ArgumentParser:
    """--lang and --db. After the verb they default to SUPPRESS: argparse copies a
    subparser's defaults over the namespace, so a plain None there would erase
    `parley --db PATH VERB`."""
    default = argparse.SUPPRESS if after_verb else None
    parent = Parser(add_help=False)
    parent.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=default,
        help=_("language of all output (default: from the environment)"),
    )
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=_("the Parley data file (default: PARLEY_DB or your data folder)"),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="parley",
        description=_(
            "Parley: work out what your debts really cost and negotiate with your lenders."
        ),
        parents=[common_options()],
    )
    parent = common_options(after_verb=True)
    parser.add_argument(
        "--version", action="version", version=f"parley {__version__}", help=_("show the version")
    )
    sub = parser.add_subparsers(dest="command", metavar=_("VERB"), parser_class=Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"parley.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"parley.commands.{name}":
                continue  # verb not built yet
            raise
        module.register(sub, parent)
    for choice in sub._choices_actions:  # each verb's one-line help in `parley --help`
        choice.help = _literal(choice.help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from parley.engine.errors import InputError
    from parley.store.errors import StoreError

    args_list = list(sys.argv[1:] if argv is None else argv)
    wanted = _language_from(args_list)
    i18n.set_language(i18n.normalise(wanted) or i18n.default_language())
    _translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        from parley import clock

        clock.today()  # a bad PARLEY_TODAY is one line here, not a traceback later
        if getattr(args, "func", None) is None:
            return open_app(args)
        return int(args.func(args) or 0)
    except UsageError as error:
        print(_("parley: error: {message}").format(message=error), file=sys.stderr)
        return 2
    except (InputError, StoreError) as error:
        print(_("parley: error: {message}").format(message=error), file=sys.stderr)
        return 2
    except OSError as error:
        # A file the verb reads or writes (not the data file: the store maps its own).
        print(_("parley: error: {message}").format(message=_os_message(error)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parley ... | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        return 0


def open_app(args: argparse.Namespace) -> int:
    try:
        from parley.tui.app import run_app
    except ModuleNotFoundError:
        build_parser().print_help()
        return 0
    return run_app(db=args.db, lang=args.lang)


def _os_message(error: OSError) -> str:
    import errno

    if error.errno == errno.ENAMETOOLONG:
        reason = _("the path is too long for this system.")
    else:
        reason = error.strerror or str(error)
    if error.filename is not None:
        return _("Cannot use {path}: {reason}").format(path=error.filename, reason=reason)
    return reason
