"""What reading and checking each data file gave, recalled while the file's bytes are the same
(recall.py): an unchanged file is not read, parsed or scanned again, a changed one is; what spans
files is checked every time; and every message, record and published byte is what a build from
nothing gives."""
import csv
import dataclasses
import io
import shutil

import pytest

from sitebuild import AS_OF, FIXTURE_DATA, build_result
from generator import gate, load, store, tables, validate
from generator.config import Config
from generator.pipeline import read_data, remember

CASES_2025, CASES_2026 = "cases/2025.csv", "cases/2026.csv"
ROW = {"受理日期": "2026-11-02", "投诉渠道": "电话", "投诉类别": "办事效率", "被投诉单位": "县自然资源局",
       "投诉事项": "反映办理慢", "办理状态": "已办结", "办结日期": "2026-11-05", "核查结论": "属实", "处理结果": "已整改"}


def _decoded(path):
    """A case file's text and its encoding (UTF-8 with a BOM, or GB18030, as the fixtures have them)."""
    raw = path.read_bytes()
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "gb18030"
    return raw.decode(encoding), encoding


def _add_rows(data, name, *rows):
    """Rows appended to a case file, in its own encoding (as an office's export grows)."""
    path = data / name
    text, encoding = _decoded(path)
    lines = list(csv.reader(io.StringIO(text)))
    header = next(line for line in lines if "投诉编号" in line)
    buf = io.StringIO()
    for values in rows:
        row = dict.fromkeys(header, "") | ROW | values
        csv.writer(buf, lineterminator="\r\n").writerow([row[h] for h in header])
    path.write_bytes((text + buf.getvalue()).encode(encoding))


def _an_id_of(data, name):
    text, _ = _decoded(data / name)
    return next(line.split(",")[0] for line in text.splitlines() if line.startswith("QX-"))


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, folder)
    _add_rows(folder, CASES_2026,
              {"投诉编号": "QX-2026-LANDLINE", "投诉事项": "反映拨打0571-8888 1234无人接听"},   # clean: a landline
              {"投诉编号": "QX-2026-NEARCAT", "投诉类别": "办事效绿"},       # a warning: 投诉类别 near a suggested one
              {"投诉编号": "QX-2026-BADDATE", "办结日期": "2026-13-01"},     # an error
              {"投诉编号": "QX-2026-MOBILE", "投诉事项": "反映拨打13912345678无人接听"})   # the gate: an error
    return folder


@pytest.fixture
def reads(monkeypatch):
    """The data files this process read (tables and notices; units.yaml is read every time)."""
    files = []
    read_table_file, record_from_notice = load.read_table_file, load.record_from_notice
    monkeypatch.setattr(load, "read_table_file", lambda kind, path, file, *a: files.append(file) or
                        read_table_file(kind, path, file, *a))
    monkeypatch.setattr(load, "record_from_notice", lambda file, *a: files.append(file) or record_from_notice(file, *a))
    return files


@pytest.fixture
def scanned(monkeypatch):
    """How many records the personal-data gate scanned (not given back from an earlier scan)."""
    count = []
    scan = gate._scan
    monkeypatch.setattr(gate, "_scan", lambda records, *a: count.append(len(records)) or scan(records, *a))
    return count


@pytest.fixture
def parsed(monkeypatch):
    """The rows parsed (not given back as an earlier build parsed them), by file and row."""
    rows = []
    parse = validate.RecordChecker._parse
    monkeypatch.setattr(validate.RecordChecker, "_parse", lambda self: rows.append((self.record.file, self.record.row))
                        or parse(self))
    return rows


def _read(data, cache, config=None, content=None):
    return read_data(data, config or Config(), AS_OF, cache_dir=cache, content_dir=content)


def _kept(result):
    remember(result)
    return result


def _data_files(files):
    return sorted(f for f in files if not f.endswith(("units.yaml", "public_names.yaml")))


def _everything(result):
    """All a build takes from reading and checking: each message as written (parameters too), the
    columns ignored and mapped, every record with where it was read, and the deadlines."""
    report, model = result.report, result.model
    return ([(p, p.params, p.format("zh")) for p in report.problems], report.ignored_columns, report.mapped,
            {kind: [dataclasses.asdict(r) | {"row_key": getattr(r, "row_key", None)} for r in records]
             for kind, records in vars(model).items()}, result.deadlines)


def test_an_unchanged_file_is_not_read_again_and_gives_every_record_and_message_as_before(data, tmp_path, reads,
                                                                                         scanned):
    cold = _read(data, None)
    reads.clear()
    first = _kept(_read(data, tmp_path / "cache"))
    assert _data_files(reads) == _data_files(first.recall.read_files) and len(first.recall.read_files) == 13
    reads.clear(), scanned.clear()
    again = _read(data, tmp_path / "cache")
    assert _data_files(reads) == [] and again.recall.read_files == []
    assert sorted(again.recall.recalled_files) == sorted(first.recall.read_files)
    assert sum(scanned) == 0
    assert _everything(again) == _everything(first) == _everything(cold)
    messages = [p.format() for p in again.report.problems]
    # the bad file is recalled with its problems: the error, the warning and the gate's finding
    assert any("2026-13-01" in m for m in messages) and any("办事效绿" in m for m in messages)
    assert any("手机号码" in m for m in messages) and not again.report.ok


def test_only_a_changed_file_is_read_again_and_only_its_new_rows_and_rows_with_problems_checked(
        data, tmp_path, reads, scanned, parsed):
    first = _kept(_read(data, tmp_path / "cache"))
    problems = {(p.file, p.row) for p in first.report.problems}
    _add_rows(data, CASES_2026, {"投诉编号": "QX-2026-NEW001"})
    reads.clear(), scanned.clear(), parsed.clear()
    again = _kept(_read(data, tmp_path / "cache"))
    assert _data_files(reads) == ["data/" + CASES_2026] == again.recall.read_files
    new = next(c.source.row for c in again.model.cases if c.case_id == "QX-2026-NEW001")
    mended = {row for file, row in problems if file == "data/" + CASES_2026}
    assert mended and {row for file, row in parsed if file == "data/" + CASES_2026} <= mended | {new}
    assert new in {row for _, row in parsed}
    assert 1 <= sum(scanned) <= 1 + len(mended)
    assert _everything(again) == _everything(_read(data, None))
    # rows moved down a row (a row inserted above them) are still the same rows: not parsed again
    _add_rows(data, CASES_2025, {"投诉编号": "QX-2025-NEW001", "受理日期": "2025-11-02", "办结日期": "2025-11-05"})
    path = data / CASES_2026
    text = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    header = next(i for i, line in enumerate(text) if line.startswith("投诉编号"))
    path.write_text("".join(text[:header + 1] + [text[-1]] + text[header + 1:-1]), encoding="utf-8-sig")
    parsed.clear()
    moved = _read(data, tmp_path / "cache")
    assert sorted(moved.recall.read_files) == ["data/" + CASES_2025, "data/" + CASES_2026]
    assert {row for file, row in parsed if file == "data/" + CASES_2026} <= {row + 1 for row in mended}
    assert _everything(moved) == _everything(_read(data, None))


@pytest.mark.parametrize("changed, unchanged", [(CASES_2026, CASES_2025), (CASES_2025, CASES_2026)])
def test_an_id_used_in_an_unchanged_and_in_a_changed_file_is_a_duplicate(data, tmp_path, reads, changed, unchanged):
    """Either way round: the message falls on the later file's row, which may be a recalled one
    (its cells as read are kept for that, and it is still not read)."""
    _kept(_read(data, tmp_path / "cache"))
    taken = _an_id_of(data, unchanged)
    _add_rows(data, changed, {"投诉编号": taken})
    reads.clear()
    again = _read(data, tmp_path / "cache")
    assert _data_files(reads) == ["data/" + changed]
    cold = _read(data, None)
    assert _everything(again) == _everything(cold)
    duplicate = [p for p in again.report.errors if p.code == "duplicate_id"]
    assert len(duplicate) == 1 and duplicate[0].value == taken
    assert duplicate[0].file == "data/" + max(changed, unchanged)       # files are read in order of their names
    assert taken in duplicate[0].format()


def test_a_unit_gone_from_the_units_file_makes_the_unchanged_files_naming_it_wrong(data, tmp_path, reads, scanned):
    _kept(_read(data, tmp_path / "cache"))
    units = data / "units.yaml"
    text = units.read_text(encoding="utf-8")
    gone = "  - 单位名称: 县自然资源局\n    单位代码: zrzyj\n    单位类型: 县直部门\n    曾用名: [县国土资源局]\n"
    assert gone in text
    units.write_text(text.replace(gone, ""), encoding="utf-8")
    reads.clear(), scanned.clear()
    again = _read(data, tmp_path / "cache")
    assert _data_files(reads) == []              # only units.yaml is read: the case files are recalled
    unknown = [p for p in again.report.errors if p.code == "unknown_unit"]
    assert {p.file for p in unknown} >= {"data/" + CASES_2025, "data/" + CASES_2026}
    assert sum(scanned) == sum(len(r) for r in (again.model.cases, again.model.commitments, again.model.notices)), \
        "the units are places to the gate and what a record's unit is published as: every record scanned again"
    assert _everything(again) == _everything(_read(data, None))


def test_the_gate_s_findings_are_recalled_only_while_it_is_given_the_same(data, tmp_path, scanned):
    _add_rows(data, CASES_2026, {"投诉编号": "QX-2026-NAMED", "投诉事项": "反映窗口工作人员王建国态度生硬"})
    _kept(_read(data, tmp_path / "cache"))
    named = [p for p in _read(data, None).report.problems if "王" in (p.value or "")]
    assert named and all(p.severity == "warning" for p in named)
    changes = [Config(unmasked_names="error"), Config(public_contacts=["13912345678"])]
    for config in changes:
        scanned.clear()
        again = _read(data, tmp_path / "cache", config)
        assert sum(scanned) > 0
        assert _everything(again) == _everything(_read(data, None, config))
    (data / "public_names.yaml").write_text("- 姓名: 王建国\n  公开依据: 县纪委监委通报〔2025〕3号\n", encoding="utf-8")
    scanned.clear()
    again = _kept(_read(data, tmp_path / "cache"))
    assert sum(scanned) > 0 and not [p for p in again.report.problems if "王建国" in p.format()]
    assert _everything(again) == _everything(_read(data, None))
    scanned.clear()
    assert _everything(_read(data, tmp_path / "cache")) == _everything(again) and sum(scanned) == 0


def test_a_recalled_row_naming_a_new_complainant_s_phone_is_caught(data, tmp_path, scanned):
    _kept(_read(data, tmp_path / "cache"))
    _add_rows(data, CASES_2025, {"投诉编号": "QX-2025-CALLER", "受理日期": "2025-11-02", "办结日期": "2025-11-05",
                                 "联系电话": "057188881234"})
    scanned.clear()
    again = _read(data, tmp_path / "cache")
    fresh = _read(data, None)
    assert _everything(again) == _everything(fresh)
    leak = [p for p in again.report.problems if p.file == "data/" + CASES_2026 and p.params.get("column") == "联系电话"]
    landline_row = next(c.source.row for c in fresh.model.cases if c.case_id == "QX-2026-LANDLINE")
    assert [p.row for p in leak] == [landline_row]


def test_the_hand_written_pages_are_scanned_again_only_when_changed(data, tmp_path, scanned, monkeypatch):
    content = tmp_path / "content"
    content.mkdir()
    (content / "about.md").write_text("# 关于\n\n咨询请拨打13912345678。\n", encoding="utf-8")
    (content / "faq.md").write_text("# 问答\n\n没有个人信息。\n", encoding="utf-8")
    first = _kept(_read(data, tmp_path / "cache", content=content))
    checked = []
    check = gate.Scanner.check
    monkeypatch.setattr(gate.Scanner, "check", lambda self, text, file, *a, **k: checked.append(file) or
                        check(self, text, file, *a, **k))
    again = _read(data, tmp_path / "cache", content=content)
    assert checked == [] and _everything(again) == _everything(first)
    assert any(p.file == "content/about.md" for p in again.report.errors)
    (content / "faq.md").write_text("# 问答\n\n联系13812345678。\n", encoding="utf-8")
    again = _read(data, tmp_path / "cache", content=content)
    assert set(checked) == {"content/faq.md"}
    assert _everything(again) == _everything(_read(data, None, content=content))


def test_nothing_is_recalled_after_a_change_of_the_code_or_the_mapping_or_from_a_damaged_store(data, tmp_path, reads,
                                                                                              monkeypatch):
    cache = tmp_path / "cache"
    cold = _everything(_read(data, None))
    _kept(_read(data, cache))
    (data / "mapping.yaml").write_text("columns:\n  cases:\n    承办人员: 承办人\n", encoding="utf-8")
    reads.clear()
    mapped = _kept(_read(data, cache))
    # the tables are read again (the mapping may change what they say); the notices are not
    assert _data_files(reads) == sorted(mapped.recall.read_files) and len(reads) == 5 + 1 and \
        all(f.endswith(".csv") for f in _data_files(reads))
    assert _everything(mapped) == _everything(_read(data, None))
    (data / "mapping.yaml").unlink()
    _kept(_read(data, cache))
    real = store.installed()
    with monkeypatch.context() as upgraded:     # a package the reading or the gate runs on
        upgraded.setattr(store, "installed", lambda: [*real, ("openpyxl", "999.0")])
        store.installed_digest.cache_clear()
        reads.clear()
        assert _everything(_read(data, cache)) == cold and len(_data_files(reads)) == 13
    store.installed_digest.cache_clear()
    monkeypatch.setattr(store, "code_digest", lambda: "another version of the code")
    reads.clear()
    assert _everything(_read(data, cache)) == cold and len(_data_files(reads)) == 13
    monkeypatch.undo()
    stored = cache / "checked" / "cases.marshal"
    stored.write_bytes(stored.read_bytes()[:-100])
    again = _read(data, cache)
    assert _everything(again) == cold and sorted(again.recall.read_files) == ["data/" + CASES_2025, "data/" + CASES_2026]
    stored.write_text("{not marshal", encoding="utf-8")
    assert _everything(_read(data, cache)) == cold


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_rebuild_from_recalled_files_publishes_what_a_build_from_nothing_publishes(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    cache = tmp_path / "cache"
    build_result(tmp_path / "site", data=data, cache=cache)
    _add_rows(data, CASES_2026, {"投诉编号": "QX-2026-NEW001"})
    again = build_result(tmp_path / "site", data=data, cache=cache)
    assert again.data.recall.read_files == ["data/" + CASES_2026] and len(again.data.recall.recalled_files) == 12
    cold = build_result(tmp_path / "cold" / "site", data=data, cache=tmp_path / "cold" / "cache")
    assert _tree(tmp_path / "site") == _tree(tmp_path / "cold" / "site")
    assert _everything(again.data) == _everything(cold.data)
    # and the stores are what a build from nothing leaves
    assert _tree(cache / "checked") == _tree(tmp_path / "cold" / "cache" / "checked")


def test_a_build_stopped_by_bad_data_keeps_what_it_read_for_the_next_attempt(data, tmp_path, reads):
    """A clerk mending one file of a large archive waits for that file only."""
    from generator.site import build_site
    from sitebuild import ROOT
    stopped = build_site(data, tmp_path / "site", AS_OF, config_path=ROOT / "no-such-portal.yml", project_dir=ROOT,
                         cache_dir=tmp_path / "cache")
    assert not stopped.ok and not (tmp_path / "site").exists()
    reads.clear()
    again = _read(data, tmp_path / "cache")
    assert _data_files(reads) == [] and _everything(again) == _everything(stopped.data)


def test_a_spreadsheet_s_dates_and_numbers_are_recalled_as_read(tmp_path, reads):
    """A spreadsheet's cells are dates and numbers, not texts (kept tagged): recalled, every record
    and message, a cell's value quoted in one included, is what reading the file gave."""
    import datetime as dt
    from openpyxl import Workbook

    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    source = data / CASES_2026
    rows = list(csv.reader(io.StringIO(_decoded(source)[0])))
    at = next(i for i, row in enumerate(rows) if "投诉编号" in row)
    header, body = rows[at], [row for row in rows[at + 1:] if any(row)]
    dates = [i for i, name in enumerate(header) if name in ("受理日期", "办结日期")]
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for n, row in enumerate(body):
        cells = [dt.datetime.fromisoformat(v) if i in dates and v else v for i, v in enumerate(row)]
        if n == 0:
            cells[header.index("办结日期")] = dt.datetime(2020, 1, 1)      # before it was received: an error
        sheet.append(cells)
    source.unlink()
    book.save(data / "cases" / "2026.xlsx")

    cold = _read(data, None)
    first = _kept(_read(data, tmp_path / "cache"))
    reads.clear()
    again = _read(data, tmp_path / "cache")
    assert "data/cases/2026.xlsx" in again.recall.recalled_files and _data_files(reads) == []
    assert _everything(again) == _everything(first) == _everything(cold)
    assert any("2020-01-01" in p.format("zh") for p in again.report.problems)


def _grown(data, encoding: str, n: int = 120):
    """The 2026 file in ``encoding``, with ``n`` more clean rows: large enough that rows added at its
    end are read alone (tables.EXTENDED_MIN_BYTES, tables.HEADER_SEARCH_ROWS)."""
    path = data / CASES_2026
    path.write_bytes(_decoded(path)[0].encode(encoding))
    _add_rows(data, CASES_2026, *({"投诉编号": f"QX-2026-BULK{i:03d}", "投诉事项": f"反映第{i}号窗口排队时间长"}
                                  for i in range(n)))
    assert path.stat().st_size >= tables.EXTENDED_MIN_BYTES
    return data


ADDED = ({"投诉编号": "QX-2026-ADD001"},                                              # clean
         {"投诉编号": "QX-2026-ADD002", "办结日期": "2026-13-01"},                    # an error
         {"投诉编号": "QX-2026-ADD003", "投诉事项": "反映拨打13812345678无人接听"},     # the gate: an error
         {"投诉编号": "QX-2026-BULK007"})                                             # a duplicate id


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_rows_added_at_the_end_of_a_file_are_read_alone_and_give_what_reading_it_whole_gives(
        data, tmp_path, reads, scanned, parsed, encoding):
    """A day's new cases added at the end of the year's export: the earlier rows come back as an
    unchanged file's (not read, parsed or scanned again, their problems as they were), the added
    rows are read after them, and every record and message is what a build from nothing gives."""
    _grown(data, encoding)
    _kept(_read(data, tmp_path / "cache"))
    for added in ADDED:                 # one at a time, each build after the one before
        _add_rows(data, CASES_2026, added)
        reads.clear(), scanned.clear(), parsed.clear()
        again = _kept(_read(data, tmp_path / "cache"))
        assert _data_files(reads) == [] and again.recall.read_files == ["data/" + CASES_2026]
        assert [row for file, row in parsed if file.startswith("data/cases/")] == [len(_lines(data))]
        published = added["投诉编号"] in {k.case_id for k in again.model.cases if k.source.row == len(_lines(data))}
        assert sum(scanned) == published, scanned       # the gate reads what reaches the model
        assert _everything(again) == _everything(_read(data, None))
    messages = [p.format("zh") for p in again.report.problems]
    assert any("2026-13-01" in m for m in messages) and any("手机号码" in m for m in messages)
    assert any(p.code == "duplicate_id" and p.value == "QX-2026-BULK007" for p in again.report.errors)


def test_a_day_s_added_rows_are_all_that_is_kept_anew_of_the_file_in_parts_folded_together_now_and_then(
        data, tmp_path, monkeypatch):
    """What reading the year's file gave is kept in parts: each daily rebuild encodes the rows
    added that day, not the whole file again; past recall.READING_PARTS the parts are one again.
    Every build reads what a build from nothing reads."""
    from generator import recall
    monkeypatch.setattr(recall, "READING_PARTS", 3)
    encoded = []
    encode = recall._encode_reading
    monkeypatch.setattr(recall, "_encode_reading", lambda kind, records, *a: encoded.append(
        (records[0].file if records else None, len(records))) or encode(kind, records, *a))

    def parts():
        return len(store.named(tmp_path / "cache", "checked/cases").read()["data/" + CASES_2026][recall.READING])

    _grown(data, "utf-8-sig")
    first = _kept(_read(data, tmp_path / "cache"))
    records = len(first.recall.fresh["data/" + CASES_2026][0])
    assert parts() == 1
    seen = []
    for day in range(4):
        _add_rows(data, CASES_2026, {"投诉编号": f"QX-2026-DAY{day:03d}"}, {"投诉编号": f"QX-2026-DAY{day:03d}B"})
        encoded.clear()
        again = _kept(_read(data, tmp_path / "cache"))
        seen.append((parts(), [n for file, n in encoded if file == "data/" + CASES_2026]))
        assert _everything(again) == _everything(_read(data, None))
        assert _everything(_read(data, tmp_path / "cache")) == _everything(again)       # recalled whole, parts and all
    assert seen == [(2, [2]), (3, [2]), (1, [records + 6]), (2, [2])]


def _lines(data):
    return list(csv.reader(io.StringIO(_decoded(data / CASES_2026)[0])))


@pytest.mark.parametrize("change", [
    "an added row with a line break in a quoted cell",
    "the file ending inside a quoted cell before",
    "the last row's cell continued on the added line",
    "added rows in another encoding",
    "a blank line before the added rows",
    "no line break at the end before",
    "a row changed above",
    "the office's own values mapped",
])
def test_a_file_that_only_looks_extended_is_read_whole(data, tmp_path, reads, change):
    """Where the added bytes would not read as rows of their own, the whole file is read, and
    gives what a build from nothing gives."""
    _grown(data, "utf-8-sig")
    path = data / CASES_2026
    if change == "no line break at the end before":
        path.write_bytes(path.read_bytes().rstrip(b"\r\n"))
    if change == "the office's own values mapped":       # how often each is mapped is told of the whole file
        (data / "mapping.yaml").write_text("cases:\n  values:\n    投诉渠道:\n      来电: 电话\n", encoding="utf-8")
    if change == "the file ending inside a quoted cell before":
        path.write_bytes(path.read_bytes() + "QX-2026-OPEN09,2026-11-03,电话,办事效率,县自然资源局,\"反映\r\n".encode("utf-8"))
    _kept(_read(data, tmp_path / "cache"))
    raw = path.read_bytes()
    row = "QX-2026-ADD009,2026-11-03,电话,办事效率,县自然资源局,反映办理慢"
    added = {
        "an added row with a line break in a quoted cell": raw + f'{row},"未完\r\n待续",x\r\n'.encode("utf-8"),
        "the file ending inside a quoted cell before": raw + '办理慢"\r\n'.encode("utf-8") + f"{row}\r\n".encode("utf-8"),
        "the last row's cell continued on the added line": raw[:-2] + b'"\r\n' + b'more"\r\n',
        "added rows in another encoding": raw + f"{row}\r\n".encode("gb18030"),
        "a blank line before the added rows": raw + f"\r\n{row}\r\n".encode("utf-8"),
        "no line break at the end before": raw + f"\r\n{row}\r\n".encode("utf-8"),
        "a row changed above": raw.replace("第7号窗口".encode("utf-8"), "第8号窗口".encode("utf-8"))
                               + f"{row}\r\n".encode("utf-8"),
        "the office's own values mapped": raw + f"{row.replace('电话', '来电')}\r\n".encode("utf-8"),
    }[change]
    path.write_bytes(added)
    reads.clear()
    again = _read(data, tmp_path / "cache")
    read = _data_files(reads)
    assert _everything(again) == _everything(_read(data, None))
    whole = change not in ("a blank line before the added rows", "an added row with a line break in a quoted cell")
    assert (read == ["data/" + CASES_2026]) == whole and again.recall.read_files == ["data/" + CASES_2026], change
