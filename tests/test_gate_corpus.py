"""The personal-data gate measured on the labelled corpus (tests/corpus): the targets are enforced.

Recall ≥ 98 % for every kind and false alarms on ≤ 1 % of clean sentences, over the whole corpus;
each of its three sets (developed on; held out; written last and never tuned on) must also stay
at or above the floors below, so a change that helps one set at another's cost is seen.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import measure  # noqa: E402

# What each set reached when the gate was last tuned (docs/personal-data-gate.md): a floor, not a target.
FLOORS = {"name": 0.975}


@pytest.fixture(scope="module")
def measured():
    return [measure.measure(name) for name in measure.CORPORA]


def test_the_corpus_is_large_enough(measured):
    assert sum(r.clean for r in measured) >= 1000
    assert sum(r.sentences - r.clean for r in measured) >= 1000
    for kind in measure.KIND_CODES:
        assert sum(r.labelled[kind] for r in measured) >= 100, kind


@pytest.mark.parametrize("kind", list(measure.KIND_CODES))
def test_recall_over_the_corpus_meets_the_target(measured, kind):
    found = sum(r.found[kind] for r in measured)
    labelled = sum(r.labelled[kind] for r in measured)
    assert found / labelled >= measure.RECALL_TARGET, (kind, found, labelled)


def test_false_alarms_over_the_corpus_meet_the_target(measured):
    alarms = sum(r.false_alarms for r in measured)
    clean = sum(r.clean for r in measured)
    assert alarms / clean <= measure.FALSE_ALARM_TARGET, [a for r in measured for a in r.alarms]


@pytest.mark.parametrize("kind", list(measure.KIND_CODES))
def test_each_set_stays_above_its_floor(measured, kind):
    for r in measured:
        assert r.recall(kind) >= FLOORS.get(kind, measure.RECALL_TARGET), (r.corpus, kind, r.missed.get(kind, [])[:5])
        assert r.false_alarm_rate <= measure.FALSE_ALARM_TARGET, (r.corpus, r.alarms[:5])


# Text written outside the project (tests/corpus/outside/): the gate finds fewer names there than
# in the corpus above (docs/personal-data-gate.md); these floors catch it finding fewer still.
OUTSIDE_FLOORS = {"name": 0.93, "address": 0.97}
# outside10's missed names are mostly everyday words and places as given names in notices that name an
# official by post and then a verb (主任张颖接诉不办): read as found, it is the floor of that set.
OUTSIDE_SET_FLOORS = {("outside10", "name"): 0.88, ("outside11", "name"): 0.92}


@pytest.fixture(scope="module")
def measured_outside():
    return [measure.measure(name) for name in measure.OUTSIDE]


@pytest.mark.parametrize("kind", list(measure.KIND_CODES))
def test_text_written_outside_the_project_stays_above_its_floor(measured_outside, kind):
    for r in measured_outside:
        assert r.labelled[kind], (r.corpus, kind)
        floor = OUTSIDE_SET_FLOORS.get((r.corpus, kind), OUTSIDE_FLOORS.get(kind, measure.RECALL_TARGET))
        assert r.recall(kind) >= floor, (r.corpus, kind, r.recall(kind))


# outside11 is kept unread (measure.UNSEEN), so the gate is not mended on it: its false alarms as first measured
# (16 of 450) are a ceiling, and it alone shows no sentence in a failure.
OUTSIDE_ALARM_CEILINGS = {"outside11": 16 / 450}


def test_false_alarms_on_text_written_outside_the_project_meet_the_target(measured_outside):
    for r in measured_outside:
        ceiling = OUTSIDE_ALARM_CEILINGS.get(r.corpus, measure.FALSE_ALARM_TARGET)
        shown = [] if r.corpus in measure.UNSEEN else r.alarms[:5]
        assert r.false_alarm_rate <= ceiling, (r.corpus, r.false_alarms, r.clean, shown)


def test_the_analyser_tags_a_batch_as_it_tags_each_sentence_alone():
    """The gate puts sentences of one length through the name analyser together; each must come out
    with the very words and tags the analyser's package gives it alone, over sentences of every
    length the corpora hold (a one-character one too)."""
    import random

    from generator import names

    sentences = {m[0] for name in measure.CORPORA + measure.OUTSIDE for item in measure.read_corpus(name)
                 for m in names._SENTENCES.finditer(item["text"])}
    sample = random.Random(7).sample(sorted(sentences), 1500) + ["某", "张三。"]
    alone = {sentence: names.analyser().run(sentence) for sentence in sample}
    assert names.tagged(sample) == alone
    assert len({len(s) for s in sample}) > 50 and any(len(v) > 1 for v in alone.values())
