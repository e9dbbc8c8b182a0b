"""docs/crawling.md promises the crawl's limits; the defaults it states are the ones the code has."""

from __future__ import annotations

from pipeline.fetch import CrawlSettings
from pipeline.fetch.profiles import available
from tests.helpers import ROOT

GUIDE = (ROOT / "docs" / "crawling.md").read_text(encoding="utf-8")


def test_the_time_limits_the_guide_states_are_the_defaults():
    s = CrawlSettings()
    assert f"{s.connect_timeout:g} s to connect and {s.timeout:g} s to wait for the next bytes" in GUIDE
    assert f"**{s.page_deadline:g} s of transfer per page in all**" in GUIDE
    assert f"waits over {s.max_retry_after / 60:g} min in all for one page" in GUIDE
    assert f"{s.max_bytes // 2 ** 20} MB per page, {s.max_redirects} redirects, {s.max_depth} link hops" in GUIDE


def test_the_guide_lists_every_shipped_profile():
    for name in available():
        assert f"| `{name}` |" in GUIDE, name
