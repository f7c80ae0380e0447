"""How the naive baseline grows when MkDocs lists every page in its navigation (its default):
python benchmarks/naive_nav.py [--sizes 1000 2000 4000]

Not part of the test suite, nor of run.py (at 10,000 cases it would take most of an hour).
run.py's naive baseline keeps the case pages out of the navigation; this times both ways on
the same demo cases, each a fresh `mkdocs build`, and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/portal-naive-nav"))
    args = parser.parse_args()
    data = args.work / "data"
    shutil.rmtree(args.work, ignore_errors=True)
    subprocess.run(run.portal("demo-data", "--cases", str(max(args.sizes)), "--out", str(data)), cwd=run.ROOT,
                   check=True, capture_output=True)
    cases = run.read_cases(data)
    print("| cases | case pages out of the navigation | every page in the navigation (MkDocs' default) |")
    print("|---:|---:|---:|")
    for n in args.sizes:
        out, _ = run.naive_baseline(cases[:n], args.work / "site")
        every, _ = run.naive_baseline(cases[:n], args.work / "site", every_page_in_nav=True)
        print(f"| {n:,} | {out:.1f} s | {every:.1f} s |", flush=True)
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
