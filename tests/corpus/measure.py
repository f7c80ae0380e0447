"""Measure the personal-data gate on the labelled corpus: recall per kind and false alarms.

    python tests/corpus/measure.py            # prints the figures, writes docs/personal-data-gate.md

A labelled value is found when the gate reports a hit of its kind that overlaps it.  A clean
sentence with any hit at all is a false alarm.  ``dev.jsonl`` is the set the detector was
developed on; ``holdout.jsonl`` was written independently and is the fairer figure.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from generator import personal_data as pd  # noqa: E402

CORPORA = ("dev", "holdout", "fresh")
# Written outside the project (outside/): each by an author who saw neither the gate nor any other
# set, from its own instructions only.  Reported apart from the corpus above, whose targets they do
# not count towards: they measure how the gate does on text written elsewhere.  Each was measured
# before anyone here read it (docs/personal-data-gate.md), then looked at, and the gate mended on it —
# all but outside11, kept unread as fresh is.
OUTSIDE = ("outside1", "outside2", "outside3", "outside4", "outside5", "outside6", "outside7", "outside8", "outside9",
           "outside10", "outside11")
UNSEEN = ("fresh", "outside11")      # never looked at sentence by sentence: their sentences are not printed
# The corpus's kinds, as the detector names them.
KIND_CODES = {"id": pd.ID, "mobile": pd.MOBILE, "card": pd.CARD, "email": pd.EMAIL, "im": pd.IM,
              "address": pd.ADDRESS, "plate": pd.PLATE, "name": pd.NAME}
KIND_LABELS = {"id": "居民身份证号 / resident ID", "mobile": "手机号码 / mobile", "card": "银行卡号 / bank card",
               "email": "电子邮箱 / e-mail", "im": "QQ号、微信号 / QQ, WeChat id",
               "address": "家庭住址 / home address", "plate": "机动车号牌 / vehicle plate", "name": "人名 / name"}
# The targets the test suite enforces.
RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.01


@dataclass
class Measurement:
    corpus: str
    labelled: Counter = field(default_factory=Counter)     # kind -> labelled values
    found: Counter = field(default_factory=Counter)        # kind -> of those, found
    clean: int = 0
    false_alarms: int = 0
    stray_hits: int = 0          # hits in sentences with personal data that overlap no label
    missed: dict = field(default_factory=dict)             # kind -> a few sentences, for the developer
    alarms: list = field(default_factory=list)             # a few falsely flagged sentences
    seconds: float = 0.0
    sentences: int = 0

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.labelled[kind] if self.labelled[kind] else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0


def read_corpus(name: str) -> list[dict]:
    path = HERE / f"{name}.jsonl" if name in CORPORA else HERE / "outside" / f"{name}.jsonl"
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def measure(name: str, detector: pd.Detector | None = None) -> Measurement:
    detector = detector or pd.Detector(["12345", "0797-12345"])
    sentences = read_corpus(name)
    result = Measurement(name, sentences=len(sentences))
    started = time.perf_counter()
    hits_of = [detector.scan(s["text"]) for s in sentences]
    result.seconds = time.perf_counter() - started
    for sentence, hits in zip(sentences, hits_of):
        labels = sentence["labels"]
        if not labels:
            result.clean += 1
            if hits:
                result.false_alarms += 1
                result.alarms.append((sentence["text"], [sentence["text"][h.start:h.end] for h in hits]))
            continue
        for label in labels:
            result.labelled[label["kind"]] += 1
            code = KIND_CODES[label["kind"]]
            if any(h.code == code and h.start < label["end"] and label["start"] < h.end for h in hits):
                result.found[label["kind"]] += 1
            else:
                result.missed.setdefault(label["kind"], []).append(sentence["text"])
        result.stray_hits += sum(1 for h in hits if not any(h.start < l["end"] and l["start"] < h.end
                                                            for l in labels))
    return result


def table(results: list[Measurement]) -> list[str]:
    head = "| kind | " + " | ".join(f"{r.corpus}: found / labelled | recall" for r in results) + " |"
    lines = [head, "|---|" + "---|---|" * len(results)]
    for kind in KIND_CODES:
        cells = " | ".join(f"{r.found[kind]} / {r.labelled[kind]} | {r.recall(kind):.1%}" for r in results)
        lines.append(f"| {KIND_LABELS[kind]} | {cells} |")
    cells = " | ".join(f"{r.false_alarms} / {r.clean} clean sentences | {r.false_alarm_rate:.2%}" for r in results)
    lines.append(f"| **false alarms** | {cells} |")
    cells = " | ".join(f"{r.stray_hits} hits | " for r in results)
    lines.append(f"| hits beside the labels, in sentences with personal data | {cells} |")
    cells = " | ".join(f"{r.sentences:,} sentences | {r.seconds:.2f} s" for r in results)
    lines.append(f"| time to scan (one process, analyser loaded) | {cells} |")
    return lines


def totals(results: list[Measurement]) -> list[str]:
    """The whole corpus, against the targets."""
    lines = ["| kind | whole corpus: found / labelled | recall | target |", "|---|---|---|---|"]
    for kind in KIND_CODES:
        found, labelled = sum(r.found[kind] for r in results), sum(r.labelled[kind] for r in results)
        lines.append(f"| {KIND_LABELS[kind]} | {found} / {labelled} | {found / labelled:.1%} | ≥ {RECALL_TARGET:.0%} |")
    alarms, clean = sum(r.false_alarms for r in results), sum(r.clean for r in results)
    lines.append(f"| **false alarms** | {alarms} / {clean} clean sentences | {alarms / clean:.2%} "
                 f"| ≤ {FALSE_ALARM_TARGET:.0%} |")
    return lines


def main() -> int:
    pd.Detector().names.prepare()
    results = [measure(name) for name in CORPORA]
    outside = [measure(name) for name in OUTSIDE]
    lines = table(results) + [""] + totals(results) + ["", "Written outside the project (not in the totals above):",
                                                         ""] + table(outside)
    print("\n".join(lines))
    for r in results + outside:
        if r.corpus in UNSEEN:      # kept unseen: its figures must stay an estimate on text nobody tuned to
            continue
        for kind, texts in r.missed.items():
            print(f"\n{r.corpus}: missed {kind} ({len(texts)}), e.g.:", *texts[:5], sep="\n  ")
        if r.alarms:
            print(f"\n{r.corpus}: false alarms ({len(r.alarms)}), e.g.:", *(f"{t}  -> {h}" for t, h in r.alarms[:8]),
                  sep="\n  ")
    page = ROOT / "docs" / "personal-data-gate.md"
    text = page.read_text(encoding="utf-8") if page.is_file() else ""
    begin, end = "<!-- measured: begin -->", "<!-- measured: end -->"
    block = f"{begin}\n" + "\n".join(lines) + f"\n{end}"
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text + "\n" + block + "\n"
    page.write_text(text, encoding="utf-8")
    total = Measurement("all", labelled=sum((r.labelled for r in results), Counter()),
                        found=sum((r.found for r in results), Counter()),
                        clean=sum(r.clean for r in results), false_alarms=sum(r.false_alarms for r in results))
    met = all(total.recall(k) >= RECALL_TARGET for k in KIND_CODES) and total.false_alarm_rate <= FALSE_ALARM_TARGET
    print("\ntargets met" if met else "\ntargets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
