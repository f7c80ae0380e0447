"""`portal screenshots`: its own module, as Playwright allows one sync session at a time."""
import pytest

pytest.importorskip("playwright")


def test_screenshots_command_covers_every_page_kind_at_both_widths(tmp_path):
    from generator.screenshots import take
    from sitebuild import build_fixture_site
    site = build_fixture_site(tmp_path / "site")
    written = take(site, tmp_path / "shots")
    names = {p.name for p in written}
    for kind in ("home", "case", "unit", "stats", "commitments", "notice", "subscribe", "search", "browse", "withdrawn",
                 "cases", "category"):
        for width in ("desktop", "phone"):
            assert f"{kind}-{width}.png" in names
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in written)
