"""The site's own browser scripts pass ESLint (eslint.config.js at the repository's root).

ESLint is pinned in package.json and package-lock.json; `npm ci` installs it into
node_modules/ (tests/run does).  Without it these tests fail rather than skip: a green run
must mean the scripts were linted.  What the scripts do is tested in test_browser.py.
"""
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ESLINT = ROOT / "node_modules" / ".bin" / "eslint"
SCRIPTS = ["site_templates/portal-search.js", "site_templates/overrides/assets/portal-a11y.js"]


def eslint(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    if not ESLINT.exists():
        pytest.fail(f"ESLint is not installed ({ESLINT.relative_to(ROOT)} is missing): run `npm ci` in {ROOT} "
                    "(tests/run does)", pytrace=False)
    return subprocess.run([str(ESLINT), "--max-warnings", "0", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_the_sites_scripts_pass_eslint():
    result = eslint("--format", "json", *SCRIPTS)
    report = json.loads(result.stdout)
    # Each file was linted by the project's configuration (an unmatched file is only warned about).
    assert sorted(Path(r["filePath"]).relative_to(ROOT).as_posix() for r in report) == sorted(SCRIPTS)
    problems = [f"{Path(r['filePath']).name}:{m['line']}:{m['column']} {m['message']} ({m.get('ruleId')})"
                for r in report for m in r["messages"]]
    assert not problems, "\n".join(problems)
    assert result.returncode == 0, result.stderr


# Each a mistake the configuration must catch: the lint step is live, not a step that passes anything.
BROKEN = {
    "no-undef": '(() => { pagefnd.search("x"); })();\n',
    "no-unused-vars": "(() => { const unused = document.title; })();\n",
    "prefer-const": '(() => { let shown = 20; document.title = String(shown); })();\n',
    "eqeqeq": '(() => { if (location.search == "") document.title = "?"; })();\n',
    "no-implicit-globals": "function leaked() { return document.title; }\ndocument.title = leaked();\n",
}


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_eslint_reports_a_broken_script(rule):
    result = eslint("--format", "json", "--stdin", "--stdin-filename", "site_templates/broken.js", stdin=BROKEN[rule])
    assert result.returncode == 1, result.stdout + result.stderr
    rules = {m.get("ruleId") for r in json.loads(result.stdout) for m in r["messages"]}
    assert rule in rules, rules


def test_a_correct_snippet_passes():
    """The broken snippets fail for their mistake, not because everything fails."""
    ok = '(() => { const shown = 20; if (location.search === "") document.title = String(shown); })();\n'
    result = eslint("--stdin", "--stdin-filename", "site_templates/fine.js", stdin=ok)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_search_script_can_be_inlined():
    """It is inlined into the search page's <head> (render.py's search_head): a plain script,
    not a module, that cannot end its own <script> element."""
    script = (ROOT / "site_templates" / "portal-search.js").read_text(encoding="utf-8")
    assert "</script" not in script.lower()
    assert "\nimport " not in script and "\nexport " not in script
