"""The README's two opening commands are the ones CI runs and the ones that work."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)[:2]


def test_ci_runs_the_readme_test_command():
    _app, tests = readme_commands()
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_opens_the_app_and_runs_the_tests():
    app, tests = readme_commands()
    assert app.endswith("parley") and "pip install ." in app
    assert "pytest" in tests and ".[test]" in tests


def test_readme_shows_screenshots_that_exist():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"\((screenshots/[^)]+\.svg)\)", text)
    assert shown
    for path in shown:
        assert (ROOT / path).is_file(), path
