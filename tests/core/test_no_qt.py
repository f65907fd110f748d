import subprocess
import sys


def test_the_core_imports_without_qt() -> None:
    """Every core module imports in a fresh interpreter without PySide6 being loaded."""
    script = (
        "import pkgutil, importlib, sys, cadre_desktop\n"
        "for m in pkgutil.walk_packages(cadre_desktop.__path__, 'cadre_desktop.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
