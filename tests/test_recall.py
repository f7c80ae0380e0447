"""Case rows remembered clean by an earlier build: the same model and the same messages,
and whatever depends on other records or on the date is still checked."""
import csv
import dataclasses
import io
import shutil

import pytest

from sitebuild import AS_OF, FIXTURE_DATA
from generator.config import Config
from generator.pipeline import read_data, remember_clean_rows

CASES = "cases/2026.csv"


def _add_rows(data, *rows):
    path = data / CASES
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    buf = io.StringIO()
    for values in rows:
        row = dict.fromkeys(header, "")
        row.update({"受理日期": "2026-11-02", "投诉渠道": "电话", "投诉类别": "办事效率", "被投诉单位": "县自然资源局",
                    "投诉事项": "反映办理慢", "办理状态": "已办结", "办结日期": "2026-11-05", "核查结论": "属实", "处理结果": "已整改"})
        row.update(values)
        csv.writer(buf, lineterminator="\r\n").writerow([row[h] for h in header])
    path.write_text(text + buf.getvalue(), encoding="utf-8-sig")


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, folder)
    _add_rows(folder,
              {"投诉编号": "QX-2026-LANDLINE", "投诉事项": "反映拨打0571-8888 1234无人接听"},   # clean: a landline
              {"投诉编号": "QX-2026-NEARCAT", "投诉类别": "办事效绿"},       # a warning: 投诉类别 near a suggested one
              {"投诉编号": "QX-2026-BADDATE", "办结日期": "2026-13-01"})       # an error
    return folder


def _read(data, recall_file, config=None):
    return read_data(data, config or Config(), AS_OF, recall_file=recall_file)


def _messages(result):
    return [p.format() for p in result.report.problems]


def _cases(result):
    return [{k: v for k, v in dataclasses.asdict(c).items() if k != "source"} | {"at": (c.source.file, c.source.row)}
            for c in result.model.cases]


def test_a_remembered_row_gives_the_same_case_and_every_message_word_for_word(data, tmp_path):
    recall_file = tmp_path / "cache" / "checked.json"
    first = _read(data, recall_file)
    assert first.recall.hits == {}
    remember_clean_rows(first, recall_file)
    again = _read(data, recall_file)
    assert _cases(again) == _cases(first)
    assert _messages(again) == _messages(first)
    assert any("办结日期" in m for m in _messages(again)) and any("投诉类别" in m for m in _messages(again))
    remembered = {c.case_id for c in again.model.cases if c.row_key in again.recall.hits}
    # every clean row is remembered, and no row with a message
    assert "QX-2026-LANDLINE" in remembered and "QX-2026-NEARCAT" not in remembered
    assert len(remembered) == len(again.model.cases) - 1


def test_a_remembered_row_naming_a_new_complainants_phone_is_caught(data, tmp_path):
    recall_file = tmp_path / "cache" / "checked.json"
    remember_clean_rows(_read(data, recall_file), recall_file)
    _add_rows(data, {"投诉编号": "QX-2026-CALLER", "投诉事项": "反映办事慢", "联系电话": "057188881234"})
    again = _read(data, recall_file)
    fresh = _read(data, None)
    assert _messages(again) == _messages(fresh)
    leak = [m for m in _messages(again) if "联系电话" in m and "第" in m]
    assert leak, _messages(again)
    landline_row = next(c.source.row for c in fresh.model.cases if c.case_id == "QX-2026-LANDLINE")
    assert any(f"第{landline_row}行" in m for m in leak), leak


def test_a_row_edited_after_it_was_remembered_is_checked_again(data, tmp_path):
    recall_file = tmp_path / "cache" / "checked.json"
    remember_clean_rows(_read(data, recall_file), recall_file)
    path = data / CASES
    path.write_text(path.read_text(encoding="utf-8-sig").replace("反映拨打0571-8888 1234无人接听",
                                                                 "反映拨打13912345678无人接听"), encoding="utf-8-sig")
    again = _read(data, recall_file)
    assert _messages(again) == _messages(_read(data, None))
    assert any("手机号码" in m for m in _messages(again))


def test_rows_are_not_remembered_across_a_change_of_the_gate_or_the_code(data, tmp_path, monkeypatch):
    recall_file = tmp_path / "cache" / "checked.json"
    remember_clean_rows(_read(data, recall_file), recall_file)
    assert _read(data, recall_file).recall.hits
    assert _read(data, recall_file, Config(public_contacts=["0571-12345"])).recall.hits == {}
    from generator import recall
    monkeypatch.setattr(recall, "code_digest", lambda: "another version of the code")
    assert _read(data, recall_file).recall.hits == {}
    recall_file.write_bytes(recall_file.read_bytes()[:-100])       # a damaged file is no memory at all
    assert _read(data, recall_file).recall.hits == {}
    recall_file.write_text("{not json", encoding="utf-8")
    assert _read(data, recall_file).recall.hits == {}
