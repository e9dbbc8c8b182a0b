"""Crawling sites nobody profiled: the platform recognised, articles found by structure, or the reason there are none."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pipeline.batch import run_extract
from pipeline.core.archive import LEDGER_NAME, Ledger
from pipeline.fetch import crawl
from tests.fetch import unprofiled_sites
from tests.fetch.server import FixtureServer, Route
from tests.fetch.test_sites import fast_settings


def extracted_titles(archive: Path, out: Path, base: str) -> dict[str, str]:
    run_extract([archive], out)
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["provenance"]["url"].removeprefix(base): json.loads(line)["title"] for line in lines}


def test_a_portal_of_a_known_platform_with_an_unknown_layout(tmp_path):
    site = unprofiled_sites.liferay_unknown_layout()
    with site.server() as server:
        summary = crawl(server.base + site.start, tmp_path / "archive", settings=fast_settings(max_pages=60))
        requested = server.paths()
        statuses = [(e.path, e.status) for e in server.log]

    assert summary.outcome == "complete" and summary.errors == {}
    assert summary.platform.startswith("liferay_portal (by ")  # recognised from the page, then crawled with it
    # Every listed article archived and extracted with its own headline (the TCVN3 page decoded).
    assert summary.articles == len(site.titles)
    assert extracted_titles(tmp_path / "archive", tmp_path / "out", server.base) == site.titles
    # Nothing robots.txt disallows was asked for: print views (/*?in=), the internal page (a * in the
    # middle), while the page an Allow rule reopens ($-anchored, longer) was fetched.
    assert not any("?in=" in p or "noi-bo-tai-lieu" in p for p in requested)
    assert unprofiled_sites.portal_article_path("noi-bo-cong-khai") in requested
    assert summary.skipped["robots"] == len(site.titles) + 2  # each print link, the internal page and its print link
    # The 503 was retried; the calendar's endless "»" cost one page, not one per month.
    busy = unprofiled_sites.portal_article_path(unprofiled_sites.PORTAL_BUSY)
    assert [s for p, s in statuses if p == busy] == [503, 200]
    assert sum(p.startswith("/lich-cong-tac") for p in requested) <= 2


def test_the_platform_profile_named_by_hand_keeps_the_generic_pagination(tmp_path):
    # --profile liferay_portal: its own pager selectors come on top of "Trang sau" and div.paging.
    site = unprofiled_sites.liferay_unknown_layout()
    with site.server() as server:
        summary = crawl(server.base + site.start, tmp_path / "a", profile="liferay_portal",
                        settings=fast_settings())
    assert summary.articles == len(site.titles) and not summary.platform


def test_a_recognised_crawl_resumes_with_the_profile_it_recognised(tmp_path):
    site = unprofiled_sites.liferay_unknown_layout()
    with site.server() as server:
        first = crawl(server.base + site.start, tmp_path / "a", settings=fast_settings(max_pages=4))
        rest = crawl(server.base + site.start, tmp_path / "a", settings=fast_settings())
    assert first.outcome == "page_limit" and rest.mode == "resume" and rest.profile == "liferay_portal"
    assert first.articles + rest.articles == len(site.titles)
    ledger = Ledger(tmp_path / "a" / LEDGER_NAME, readonly=True)
    assert ledger.meta("profile") == "liferay_portal" and ledger.meta("recognised").startswith("liferay_portal")
    ledger.close()


def test_articles_of_a_home_grown_cms_are_found_by_the_page_structure(tmp_path):
    site = unprofiled_sites.custom_cms()
    with site.server() as server:
        summary = crawl(server.base + site.start, tmp_path / "archive", settings=fast_settings())
        requested = server.paths()
    assert summary.profile == "generic" and not summary.platform
    assert summary.articles == summary.by_structure == len(site.titles)
    # The sub-section links look like headlines; their pages have no prose, so they are not articles.
    assert summary.skipped == {"not_article": len(unprofiled_sites.CMS_SECTIONS)}
    assert not any(p in ("/lien-he", "/hoi-dap", "/") for p in requested)  # menus are not headlines
    assert extracted_titles(tmp_path / "archive", tmp_path / "out", server.base) == site.titles


def test_a_crawl_that_finds_no_article_says_why_and_exits_3(tmp_path, capsys, caplog):
    from pipeline.cli import main

    site = unprofiled_sites.javascript_shell()
    with site.server() as server, caplog.at_level(logging.WARNING, logger="thidua.fetch"):
        code = main(["crawl", server.base + "/", "--archive", str(tmp_path / "a"), "--delay", "0"])
    out = capsys.readouterr().out
    assert code == 3
    assert "NO ARTICLE FOUND: the start page holds only 0 links" in out and "JavaScript" in out
    assert any("no article found" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


def test_an_unreachable_robots_txt_forbids_the_host_and_says_so(tmp_path, caplog):
    routes = {"/robots.txt": Route(b"", status=503), "/tin": Route(b"<html><body>Tin</body></html>")}
    with FixtureServer(routes) as server, caplog.at_level(logging.WARNING, logger="thidua.fetch"):
        summary = crawl(server.base + "/tin", tmp_path / "a", settings=fast_settings(retries=0))
        requested = server.paths()
    host = f"127.0.0.1:{server.port}"
    assert requested == ["/robots.txt"]  # nothing else is asked for
    assert list(summary.robots_unavailable) == [host] and summary.robots_unavailable[host].startswith("HTTP 503")
    assert summary.skipped == {"robots": 1}
    assert any(f"WARNING: robots.txt of {host} unavailable (HTTP 503" in line for line in summary.lines())
    assert "robots.txt of" in summary.no_article and "disallow everything" in summary.no_article
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("robots.txt is unavailable (HTTP 503" in w for w in warnings)


@pytest.mark.parametrize("routes, cause", [
    ({"/robots.txt": Route(b"User-agent: *\nDisallow: /tin\n", "text/plain")}, "robots.txt forbids the start page"),
    ({"/tin": Route(b"", status=404)}, "the start page could not be fetched (http_404"),
    ({"/tin": Route("<html><body><ul>{}</ul><p>{}</p></body></html>".format(
        "".join(f'<li><a href="/muc-{k}">Mục {k}</a></li>' for k in range(12)),
        "Cổng thông tin điện tử của Ban Thi đua - Khen thưởng tỉnh. " * 12).encode())},
     "no known platform was recognised and no repeated block of headline links"),
])
def test_the_likely_cause_is_named(tmp_path, routes, cause):
    with FixtureServer(routes) as server:
        summary = crawl(server.base + "/tin", tmp_path / "a", settings=fast_settings(retries=0))
    assert cause in summary.no_article
