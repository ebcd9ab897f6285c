import subprocess
import sys


def test_engine_imports_no_ui_and_no_database():
    code = (
        "import pkgutil, importlib, sys, parley.engine as e\n"
        "for m in pkgutil.iter_modules(e.__path__):\n"
        "    importlib.import_module('parley.engine.' + m.name)\n"
        "bad = [n for n in ('textual', 'sqlite_utils', 'sqlite3') if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_store_and_exports_import_no_ui():
    code = (
        "import pkgutil, importlib, sys, parley.store as s, parley.exports as x\n"
        "for pkg in (s, x):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
