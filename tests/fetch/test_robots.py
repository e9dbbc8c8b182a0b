"""robots.txt by RFC 9309 (parsed with Protego): wildcards, $, longest match, Allow on ties, our group."""

from __future__ import annotations

import pytest

from pipeline.fetch.robots import parse

ROBOTS = """
# A provincial portal's robots.txt, as such files are written.
User-agent: *
Disallow: /c/
Disallow: /*?in=
Disallow: /*/print$
Disallow: /tin-tuc/-/asset_publisher/*/content/noi-bo-
Allow: /tin-tuc/-/asset_publisher/*/content/noi-bo-cong-khai$
Disallow: /van-ban
Allow: /van-ban
Disallow: /tim-kiem
Allow: /tim-kiem/huong-dan
Disallow: /*.pdf$

User-agent: Googlebot
Disallow: /

Sitemap: https://portal.example.gov.vn/sitemap.xml
"""

BASE = "https://portal.example.gov.vn"


@pytest.mark.parametrize("path, allowed, why", [
    ("/tin-tuc/cum-thi-dua", True, "no rule matches"),
    ("/c/portal/login", False, "plain prefix"),
    ("/tin-tuc/-/asset_publisher/Ab1/content/tong-ket?in=1", False, "* then a query"),
    ("/tin-tuc/-/asset_publisher/Ab1/content/tong-ket?trang=2&in=1", True, "'?in=' is not in this query"),
    ("/tin-tuc/tong-ket/print", False, "$ anchors the end"),
    ("/tin-tuc/tong-ket/print?x=1", True, "$: something follows"),
    ("/tin-tuc/-/asset_publisher/Ab1/content/noi-bo-tai-lieu", False, "* in the middle"),
    ("/tin-tuc/-/asset_publisher/Ab1/content/noi-bo-cong-khai", True, "the longer Allow wins"),
    ("/tin-tuc/-/asset_publisher/Ab1/content/noi-bo-cong-khai?in=1", False, "the Allow is $-anchored"),
    ("/van-ban/quyet-dinh-123", True, "Allow and Disallow equally long: Allow"),
    ("/tim-kiem?q=thi+dua", False, "Disallow prefix"),
    ("/tim-kiem/huong-dan", True, "longer Allow"),
    ("/files/ke-hoach-thi-dua.pdf", False, "*.pdf$"),
])
def test_rfc_9309_matching(path, allowed, why):
    assert parse(ROBOTS, BASE + "/robots.txt").allowed(BASE + path) is allowed, why


def test_our_own_group_replaces_the_star_group():
    rules = parse("User-agent: *\nDisallow: /\n\nUser-agent: thidua\nDisallow: /noi-bo/\n", BASE + "/robots.txt")
    assert rules.allowed(BASE + "/tin-tuc/") and not rules.allowed(BASE + "/noi-bo/x")


def test_sitemaps_and_crawl_delay():
    rules = parse(ROBOTS + "\nUser-agent: thidua\nCrawl-delay: 4\nSitemap: /tin-tuc/sitemap.xml\n", BASE + "/robots.txt")
    assert rules.crawl_delay == 4.0
    assert rules.sitemaps == [BASE + "/sitemap.xml", BASE + "/tin-tuc/sitemap.xml"]
