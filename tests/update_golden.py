"""Regenerate the golden output: python tests/update_golden.py

Review the diff before committing it: every change is a change users see.
"""
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sitebuild import GOLDEN, build_fixture_site, golden_view  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    view = golden_view(build_fixture_site(Path(tmp) / "site"))
shutil.rmtree(GOLDEN, ignore_errors=True)
for rel, text in view.items():
    target = GOLDEN / (rel.rstrip("/") + ".html" if rel.endswith("/") or rel == "/" else rel)
    if rel == "/":
        target = GOLDEN / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
print(f"wrote {len(view)} golden files to {GOLDEN}")
