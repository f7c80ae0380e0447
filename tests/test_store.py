"""The build's caches in one store (store.py): one format, one stamp, one atomic write; and
the stores of the build all made with it."""
import datetime as dt
import os
from decimal import Decimal

import pytest

from generator import publish, store
from generator.publish import MANIFEST, Manifest, Writer, read_manifest


def test_a_store_gives_back_what_was_written_and_nothing_for_other_code_a_damaged_or_no_file(tmp_path, monkeypatch):
    kept = store.named(tmp_path, "some/cache")
    assert kept.path == tmp_path / "some" / "cache.marshal" and kept.read() is None
    value = {"a": [1, "二", None, True, 2.5], "b": (1, 2)}
    kept.write(value)
    assert store.named(tmp_path, "some/cache").read() == value
    assert store.named(tmp_path, "some/cache", version=2).read() is None        # the owner's own version
    assert store.Store(kept.path, "other/1").read() is None                     # another cache's file
    monkeypatch.setattr(store, "code_digest", lambda: "another version of the code")
    assert store.named(tmp_path, "some/cache").read() is None
    monkeypatch.undo()
    # another version of a package the build runs on (openpyxl reads the spreadsheets, python-stdnum
    # checks ID numbers for the gate): asked when a process first makes a store
    store.installed_digest.cache_clear()
    monkeypatch.setattr(store, "installed", lambda: [("python-stdnum", "999.0")])
    assert store.named(tmp_path, "some/cache").read() is None
    monkeypatch.undo()
    store.installed_digest.cache_clear()
    assert store.named(tmp_path, "some/cache").read() == value
    data = kept.path.read_bytes()
    for damaged in (data[:-5], b"", b"\x00not marshal", b"{not json"):
        kept.path.write_bytes(damaged)
        assert store.named(tmp_path, "some/cache").read() is None


def test_a_store_is_replaced_by_a_new_file_and_left_as_it_was_when_the_value_cannot_be_kept(tmp_path):
    kept = store.named(tmp_path, "cache")
    kept.write([1])
    linked = tmp_path / "linked.marshal"
    os.link(kept.path, linked)                      # as a hard-linked copy of a site holds its manifest
    kept.write([2])
    assert kept.read() == [2] and store.Store(linked, "cache/1").read() == [1]
    with pytest.raises(ValueError):
        kept.write([object()])
    assert kept.read() == [2] and sorted(p.name for p in tmp_path.iterdir()) == ["cache.marshal", "linked.marshal"]


def test_the_same_value_is_the_same_bytes_whichever_objects_hold_it(tmp_path):
    """Strings made at run time and the same strings interned (as unpickling a forked process's
    results interns them) are written alike."""
    a, b = store.named(tmp_path / "a", "cache"), store.named(tmp_path / "b", "cache")
    made = "".join(["col", "umn"])
    assert made == "column"
    a.write({made: [made, made]})
    b.write({"column": ["column", "column"]})
    assert a.path.read_bytes() == b.path.read_bytes()


def test_pack_keeps_dates_amounts_and_tuples_and_refuses_what_it_does_not_know():
    value = {"d": dt.date(2026, 11, 23), "t": dt.datetime(2026, 11, 23, 8, 30), "m": Decimal("12.50"),
             "pair": ("a", 1), "list": [dt.date(2025, 1, 1), "x"], "plain": "text"}
    assert store.unpack(store.pack(value)) == value
    with pytest.raises(ValueError):
        store.pack({1, 2})


def test_the_manifest_is_a_store_of_the_site_folder_and_outlives_an_upgrade(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    writer = Writer(site, Manifest())
    writer.write("index.html", "<p>首页</p>", inputs="made of")
    writer.finish()
    assert (site / MANIFEST).is_file() and not list(site.glob(".*.tmp"))
    manifest = read_manifest(site)
    assert manifest.files and manifest.inputs == {"index.html": "made of"}
    # what each published file holds stays true whichever code wrote it
    monkeypatch.setattr(store, "code_digest", lambda: "another version of the code")
    assert read_manifest(site) == manifest
    monkeypatch.setattr(store, "installed", lambda: [("jinja2", "999.0")])
    store.installed_digest.cache_clear()
    assert read_manifest(site) == manifest
    monkeypatch.undo()
    store.installed_digest.cache_clear()
    # as the versions before 2026-11-28 wrote it, and those of that day (which said "clean"):
    # read, or every site was made anew, and every file uploaded again, after an upgrade
    import marshal
    for written, tidy in (({}, 0), ({"clean": True}, 1)):
        value = {"files": {"index.html": "d1"}, "inputs": {}, "indexes": {}} | written
        publish.manifest_store(site).path.write_bytes(marshal.dumps(((1, "manifest/1", "", ""), value), 2))
        assert read_manifest(site) == Manifest({"index.html": "d1"}, {}, {}, tidy)
    publish.manifest_store(site).path.write_bytes(b"\x00damaged")
    assert read_manifest(site) == Manifest()


def test_the_names_dictionary_is_kept_in_the_cache_until_jieba_s_file_changes(tmp_path, monkeypatch):
    """The gate reads jieba's dictionary from the build's cache; the file is read again only when
    it changed (by size and time).  Words used too rarely to count, and longer ones, are not kept."""
    import jieba

    from generator import names

    shipped = tmp_path / "jieba" / "dict.txt"
    shipped.parent.mkdir()
    shipped.write_text("解释 7421 v\n许可 623 nr\n扯皮 39 v\n罕词 4 n\n中华人民 3 nt\n公安局 1960 nt\n", encoding="utf-8")
    monkeypatch.setattr(jieba, "__file__", str(shipped.parent / "__init__.py"))

    def read(cache) -> dict:
        monkeypatch.setattr(names, "_loaded", {})       # a new build's process
        names.keep_dictionary_in(cache)
        return names.dictionary()

    cache = tmp_path / "cache"
    expected = {"解释": (7421, "v"), "许可": (623, "nr"), "扯皮": (39, "v"), "公安局": (1960, "nt")}
    assert read(cache) == expected
    assert (cache / "names" / "dictionary.marshal").is_file()
    # the same size and time: what the cache holds, not the file (whose bytes changed unseen)
    stat = shipped.stat()
    shipped.write_text(shipped.read_text(encoding="utf-8").replace("扯皮 39", "扯皮 93"), encoding="utf-8")
    os.utime(shipped, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert read(cache) == expected
    # a new file (jieba upgraded): read again, and kept
    shipped.write_text("解释 7421 v\n周末 5466 t\n", encoding="utf-8")
    assert read(cache) == {"解释": (7421, "v"), "周末": (5466, "t")}
    # without a cache folder (the audit command): read from the file each time
    shipped.write_text("周末 5466 t\n", encoding="utf-8")
    monkeypatch.setattr(names, "_loaded", {})
    assert names.dictionary() == {"周末": (5466, "t")}
