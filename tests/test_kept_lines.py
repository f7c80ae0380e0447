"""Open-data lines of unchanged cases kept between builds: the same files as made afresh,
and every case whose row, deadline or unit changed is encoded again."""
import dataclasses
import datetime as dt
import shutil

import pytest

from sitebuild import AS_OF, FIXTURE_DATA
from generator import derive, opendata, store
from generator.config import Config
from generator.derive import Deadline
from generator.disclose import disclose
from generator.pipeline import read_data
from generator.workdays import DeadlineRule

EDITED = "QX-2026-000001"


class Files(dict):
    def write(self, rel, data):
        self[rel] = data


def _open_data(data_dir, cache, as_of=AS_OF):
    dataset = read_data(data_dir, Config(), as_of)
    files = Files()
    d = disclose(dataset)
    opendata.write(files, d, dataset.deadlines, "https://example.gov.cn/xnts/", as_of, "网站", "办公室",
                   derive.case_digests(d.cases, dataset.deadlines, d.unit_names), cache_dir=cache)
    return files


@pytest.fixture
def made(monkeypatch):
    """How many case rows were made (not taken from the kept lines)."""
    count = []
    case_row = opendata.case_row
    monkeypatch.setattr(opendata, "case_row", lambda *a: count.append(a[0].case_id) or case_row(*a))
    return count


def _cases_in(data_dir):
    return len(disclose(read_data(data_dir, Config(), AS_OF)).cases)


def test_a_rebuild_takes_every_unchanged_case_from_the_kept_lines_and_writes_the_same_files(tmp_path, made):
    kept = tmp_path / "opendata" / "cases.marshal"
    first = _open_data(FIXTURE_DATA, tmp_path)
    assert len(made) == _cases_in(FIXTURE_DATA) > 0 and kept.is_file()
    made.clear()
    again = _open_data(FIXTURE_DATA, tmp_path)
    assert made == []
    assert again == first == _open_data(FIXTURE_DATA, None)


def test_an_edited_case_is_encoded_again_and_only_it(tmp_path, made):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    cache = tmp_path / "cache"
    _open_data(data, cache)
    path = data / "cases" / "2026.csv"
    text = path.read_text(encoding="utf-8-sig")
    line = next(x for x in text.splitlines() if x.startswith(EDITED + ","))
    assert "已办结" in line
    path.write_text(text.replace(line, line.replace("已办结", "办理中")),
                    encoding="utf-8-sig")
    made.clear()
    edited = _open_data(data, cache)
    assert made == [EDITED]
    assert edited == _open_data(data, None)
    row = next(x for x in edited["opendata/cases.csv"].decode("utf-8-sig").splitlines() if x.startswith(EDITED))
    assert "办理中" in row


def test_cases_added_before_after_and_between_kept_ones_and_one_taken_out_give_the_files_made_afresh(
        tmp_path, made):
    """The kept lines are copied in stretches between the cases that changed: a case added
    ahead of every other, one after every other, one edited, one taken out."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    cache = tmp_path / "cache"
    _open_data(data, cache)
    path = data / "cases" / "2026.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    edited = next(i for i, x in enumerate(lines) if x.startswith(EDITED + ","))
    gone = next(i for i, x in enumerate(lines) if x.startswith("QX-2026-000002,"))
    lines[edited] = lines[edited].replace("已办结", "办理中")
    added = [lines[edited].replace(EDITED, "QX-2026-000000").replace("办理中", "已办结"),
             lines[edited].replace(EDITED, "QX-2026-999999").replace("办理中", "已办结")]
    path.write_text("".join([x for i, x in enumerate(lines) if i != gone] + added), encoding="utf-8-sig")
    made.clear()
    files = _open_data(data, cache)
    assert sorted(made) == ["QX-2026-000000", EDITED, "QX-2026-999999"]
    assert files == _open_data(data, None)
    made.clear()
    assert _open_data(data, cache) == files and made == []


def test_cases_whose_deadline_moved_with_the_date_are_encoded_again(tmp_path, made):
    _open_data(FIXTURE_DATA, tmp_path)
    made.clear()
    later = AS_OF + dt.timedelta(days=30)
    moved = _open_data(FIXTURE_DATA, tmp_path, later)
    assert made, "open cases' days taken grow with the date"
    assert moved == _open_data(FIXTURE_DATA, None, later)


def test_kept_lines_of_other_code_or_a_damaged_file_are_not_used(tmp_path, made, monkeypatch):
    kept = tmp_path / "opendata" / "cases.marshal"
    fresh = _open_data(FIXTURE_DATA, tmp_path)
    monkeypatch.setattr(store, "code_digest", lambda: "other code")
    made.clear()
    assert _open_data(FIXTURE_DATA, tmp_path) == fresh
    assert len(made) == _cases_in(FIXTURE_DATA)
    kept.write_bytes(b"\x00not marshal")
    made.clear()
    assert _open_data(FIXTURE_DATA, tmp_path) == fresh
    assert len(made) == _cases_in(FIXTURE_DATA)
    keys, csv_run, csv_ends, json_run, json_ends = store.named(tmp_path, "opendata/cases", opendata.FORMAT).read()
    for damaged in ((keys[:-1], csv_run, csv_ends, json_run, json_ends), (keys, csv_run, csv_ends[:-3], json_run, json_ends),
                    (keys, csv_run), {"a key": ("a line", "a line")}):
        store.named(tmp_path, "opendata/cases", opendata.FORMAT).write(damaged)
        made.clear()
        assert _open_data(FIXTURE_DATA, tmp_path) == fresh
        assert len(made) == _cases_in(FIXTURE_DATA), damaged


def test_a_deadline_key_changes_with_every_field():
    """Pages, list rows and open-data lines are kept by Deadline.key(): a field it left out
    would keep them stale when only that field changed."""
    rule = DeadlineRule(15, True)
    deadline = Deadline(rule, dt.date(2026, 3, 2), "on_time", 10, 8)
    other = {int: 99, bool: False, str: "late", dt.date: dt.date(2027, 1, 1)}
    changed = []
    for f in dataclasses.fields(Deadline):
        value = getattr(deadline, f.name)
        if isinstance(value, DeadlineRule):
            for g in dataclasses.fields(DeadlineRule):
                new_rule = dataclasses.replace(rule, **{g.name: other[type(getattr(rule, g.name))]})
                changed.append(dataclasses.replace(deadline, rule=new_rule))
        else:
            changed.append(dataclasses.replace(deadline, **{f.name: other[type(value)]}))
    assert len(changed) == len(dataclasses.fields(Deadline)) + len(dataclasses.fields(DeadlineRule)) - 1
    assert all(c.key() != deadline.key() for c in changed)
