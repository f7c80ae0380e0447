"""tests/run: a browser test that cannot run fails there instead of being skipped (conftest.py)."""
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REQUIRE_BROWSER

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _pytest(args, cwd: Path, required: bool, pythonpath: list[Path] = ()) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != REQUIRE_BROWSER}
    if required:
        env[REQUIRE_BROWSER] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(p) for p in pythonpath] + [env.get("PYTHONPATH", "")]).strip(os.pathsep)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _counts(result) -> dict[str, int]:
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    return {word.rstrip("s"): int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}


def test_tests_run_requires_the_browser_tests():
    assert re.search(rf"^export {REQUIRE_BROWSER}=1$", (TESTS / "run").read_text(encoding="utf-8"), re.M)


def test_without_playwright_the_browser_tests_fail_under_tests_run_and_skip_by_hand(tmp_path):
    shadow = tmp_path / "shadow" / "playwright"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ModuleNotFoundError("playwright is not installed (test)")\n')
    modules = ["tests/test_browser.py", "tests/test_screenshots.py"]

    required = _pytest(modules, ROOT, True, [shadow.parent])
    assert required.returncode != 0, required.stdout
    assert _counts(required).get("error") == 2 and "skipped" not in _counts(required), required.stdout
    assert f"{REQUIRE_BROWSER}=1" in required.stdout and "playwright is not installed (test)" in required.stdout

    by_hand = _pytest(modules, ROOT, False, [shadow.parent])
    assert by_hand.returncode in (0, 5), by_hand.stdout      # 5: no test collected, all skipped
    assert _counts(by_hand).get("skipped") == 2, by_hand.stdout


def test_without_chromium_a_browser_test_fails_under_tests_run(tmp_path):
    """Debian's chromium pointed at a path that does not exist (Playwright may be missing too)."""
    (tmp_path / "test_browser.py").write_text(textwrap.dedent(f"""\
        import importlib.util

        spec = importlib.util.spec_from_file_location("the_browser_tests", {str(TESTS / "test_browser.py")!r})
        tests = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tests)
        tests.CHROMIUM = {str(tmp_path / "no-such-chromium")!r}
        browser = tests.browser


        def test_a_browser_opens(browser):
            pass
        """), encoding="utf-8")
    result = _pytest(["-p", "conftest", "--rootdir", str(tmp_path), "test_browser.py"], tmp_path, True, [TESTS, ROOT])
    assert result.returncode != 0, result.stdout
    assert _counts(result).get("error") == 1 and "skipped" not in _counts(result), result.stdout
    assert "apt-get install chromium" in result.stdout, result.stdout
