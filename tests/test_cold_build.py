"""Byte-identical from a cold cache (issue #23, item 8).

Pagefind writes its filter indexes and the lists of filters and sorts in its metadata in
hash-map order, which changes from run to run, and names those files by their content
(Pagefind#638); generator/search.py rewrites them in canonical form.  So two builds of the same
data and date into fresh folders, each with an empty cache, are the same bytes: every file,
the search indexes, the manifest and the cache's indexes too.  Nothing is exempt."""
import gzip
import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from generator import search
from generator.publish import MANIFEST
from sitebuild import build_fixture_site


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _differences(a: dict, b: dict) -> list[str]:
    return sorted(set(a) ^ set(b) | {name for name in set(a) & set(b) if a[name] != b[name]})


@pytest.mark.parametrize("lang", [None, "en"])
def test_two_builds_from_empty_caches_are_byte_identical(tmp_path, lang):
    sites, caches = [], []
    for run in ("a", "b"):
        cache = tmp_path / run / ".portal-cache"
        assert not cache.exists()
        sites.append(_files(build_fixture_site(tmp_path / run / "site", lang=lang, cache=cache)))
        caches.append(_files(cache / "search"))
    a, b = sites
    assert MANIFEST in a
    assert len([n for n in a if n.endswith(".pf_filter")]) > 10 and len([n for n in a if n.endswith(".pf_meta")]) > 5
    assert _differences(a, b) == []
    assert caches[0] and _differences(*caches) == []


# ---- the canonical form itself, on Pagefind's own output of one corpus, run after run ----

def _cbor(data: bytes, i: int = 0):
    """A small CBOR decoder for what Pagefind writes (integers, text, arrays)."""
    major, info = data[i] >> 5, data[i] & 31
    i += 1
    if info >= 24:
        size = 1 << (info - 24)
        info, i = int.from_bytes(data[i:i + size], "big"), i + size
    if major == 0:
        return info, i
    if major == 3:
        return data[i:i + info].decode("utf-8"), i + info
    assert major == 4, major
    items = []
    for _ in range(info):
        item, i = _cbor(data, i)
        items.append(item)
    return items, i


def _load(path: Path):
    raw = gzip.decompress(path.read_bytes())
    assert raw.startswith(b"pagefind_dcd")
    value, end = _cbor(raw, 12)
    assert end == len(raw)
    return value


def _meaning(bundle: Path):
    """What the browser makes of a bundle: every file but filters and metadata as bytes; the
    metadata with its filters and sorts as maps, each filter's values as a map."""
    entry = json.loads((bundle / "pagefind-entry.json").read_bytes())
    (lang, language), = entry["languages"].items()
    meta = _load(bundle / f"pagefind.{language['hash']}.pf_meta")
    filters = {}
    for name, file_hash in meta[3]:
        filter_name, values = _load(bundle / "filter" / f"{file_hash}.pf_filter")
        assert filter_name == name
        filters[name] = {value: pages for value, pages in values}
    assert len(list((bundle / "filter").iterdir())) == len(filters)
    del language["hash"]
    rest = {name: data for name, data in _files(bundle).items()
            if not name.startswith("filter/") and not name.endswith((".pf_meta", "pagefind-entry.json"))}
    return entry, meta[:3], filters, dict(meta[4]), meta[5:], rest


def _pagefind_hash(path: Path) -> str:
    content = gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):]
    return "".join(f"{byte:x}" for byte in hashlib.sha1(content).digest())


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Pagefind's output of one corpus (eight filters, four sorts, several metadata fields), five
    times, by one Pagefind process (as a build runs it): as Pagefind wrote it, and canonicalized."""
    root = tmp_path_factory.mktemp("pagefind")
    corpus = root / "corpus"
    corpus.mkdir()
    rnd = random.Random(23)
    for n in range(40):
        spans = [f'<span data-pagefind-meta="m{k}:v{rnd.randint(0, 9)}"></span>' for k in range(6)]
        spans += [f'<span data-pagefind-filter="f{k}:值{rnd.randint(0, 12)}"></span>' for k in range(8)
                  if rnd.random() < 0.8]
        spans += [f'<span data-pagefind-sort="s{k}:{rnd.randint(0, 99)}"></span>' for k in range(4)]
        (corpus / f"{n}.html").write_text(
            f'<html lang="zh-cn"><body><main data-pagefind-body><h1 data-pagefind-meta="title">第{n}页</h1>'
            f'{"".join(spans)}<p>投诉 办理 word{n} {" ".join(f"w{rnd.randint(0, 300)}" for _ in range(20))}</p>'
            f"</main></body></html>", encoding="utf-8")
    raw, canonical = [], []
    indexer = search.Indexer()      # as a build indexes: one process, one index after another
    for run in range(5):
        out = root / f"raw-{run}"
        indexer.index(corpus, out, "zh", records=40)
        raw.append(out)
        canonical.append(shutil.copytree(out, root / f"canonical-{run}"))
        search.canonicalize(canonical[-1])
    indexer.close()
    return raw, canonical


def test_the_indexer_writes_what_pagefinds_command_writes(runs, tmp_path):
    """The build's Pagefind in its service mode, one index after another, writes each index as
    `pagefind --site … --force-language zh` writes it alone (once canonical); an index too large
    to share a process is built by that command, and comes out the same too."""
    import subprocess

    raw, canonical = runs
    corpus = raw[0].parent / "corpus"
    alone, large = tmp_path / "alone", tmp_path / "large"
    subprocess.run([search._pagefind(), "--site", str(corpus), "--output-path", str(alone),
                    "--silent", "--force-language", "zh"], check=True)
    indexer = search.Indexer()
    indexer.index(corpus, large, "zh", records=search.SHARED_BELOW)
    assert indexer.service is None and len(indexer.close()) == 1
    for bundle in (alone, large):
        search.canonicalize(bundle)
        assert _differences(_files(canonical[-1]), _files(bundle)) == []
    assert len(_files(alone)) > 10


def test_pagefind_output_is_canonical_run_after_run(runs):
    _, canonical = runs
    first = _files(canonical[0])
    for other in canonical[1:]:
        assert _differences(first, _files(other)) == []


def test_the_canonical_form_means_what_pagefind_wrote(runs):
    raw, canonical = runs
    for before, after in zip(raw, canonical):
        assert _meaning(after) == _meaning(before)
        entry = json.loads((after / "pagefind-entry.json").read_bytes())
        assert (after / "pagefind-entry.json").read_bytes() == json.dumps(
            entry, ensure_ascii=False, separators=(",", ":")).encode()
        meta_hash = entry["languages"]["zh"]["hash"]
        meta = _load(after / f"pagefind.{meta_hash}.pf_meta")
        # in order, and every file named as Pagefind names that content
        assert [name for name, _ in meta[3]] == sorted(name for name, _ in meta[3])
        assert [name for name, _ in meta[4]] == sorted(name for name, _ in meta[4]) and len(meta[4]) == 4
        assert meta_hash == "zh_" + _pagefind_hash(after / f"pagefind.{meta_hash}.pf_meta")[:10]
        for name, file_hash in meta[3]:
            path = after / "filter" / f"{file_hash}.pf_filter"
            values = [value for value, _ in _load(path)[1]]
            assert values == sorted(values)
            assert file_hash == "zh_" + _pagefind_hash(path)[:7]
            assert gzip.decompress(path.read_bytes()) and path.read_bytes()[4:8] == bytes(4)   # no time stamp


def test_output_of_another_form_stops_the_build(runs, tmp_path):
    bundle = shutil.copytree(runs[0][0], tmp_path / "bundle")
    meta = next(bundle.glob("pagefind.*.pf_meta"))
    meta.write_bytes(gzip.compress(b"pagefind_dcd" + bytes([0x83, 0x60, 0x80, 0x80])))     # three items, not 5
    with pytest.raises(search.PagefindFormatError, match="1.5.2"):
        search.canonicalize(bundle)
