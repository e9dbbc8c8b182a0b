"""Links out of listings, feeds and sitemaps: only what the profile recognises."""

from __future__ import annotations

import gzip

from bs4 import BeautifulSoup

from pipeline.fetch.links import html_links, xml_links
from pipeline.fetch.profiles import load_profile
from tests.fetch.fixture_sites import page

BASE = "http://127.0.0.1:8000"


def test_newspaper_listing_gives_articles_with_their_dates_and_pagination():
    soup = BeautifulSoup(page("provincial_newspaper", "listing_1.html"), "lxml")
    links = html_links(soup, BASE + "/channel/5085/", load_profile("provincial_newspaper"))
    urls = [link.url for link in links.articles]
    assert urls[0] == BASE + "/channel/5085/202303/cum-thi-dua-cac-huyen-thanh-pho-ky-ket-giao-uoc-thi-dua-nam-2023-2618591/"
    assert links.articles[0].date == "2023-03-30"
    assert any("/channel/5091/" in u for u in urls)  # the "hot news" box, inside the main column
    assert links.pagination == [BASE + "/channel/5085/?page=2"]
    assert not any("/channel/5081/" in u for u in links.listings)  # the menu is outside the listing area


def test_k2_calendar_and_print_links_are_never_offered():
    soup = BeautifulSoup(page("joomla_k2", "item_1234.html").replace(b"{base}", BASE.encode()), "lxml")
    links = html_links(soup, BASE + "/index.php/tin-tuc/tin-tong-hop/item/1234-x", load_profile("joomla_k2"))
    everything = [link.url for link in links.articles] + links.listings + links.pagination
    assert not any("/itemlist/date/" in u or "print=1" in u or "mailto" in u for u in everything)


def test_rss_feed_items_and_dates():
    found = xml_links(page("liferay_portal", "feed.rss").replace(b"{base}", BASE.encode()), BASE + "/rss")
    assert found.kind == "feed"
    assert [link.date for link in found.entries] == ["2020-02-13", "2019-07-12"]


def test_atom_feed():
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>'
            b'<link rel="alternate" href="/tin-tuc/cum-thi-dua-123.html"/><updated>2024-01-18T09:05:00Z</updated>'
            b"</entry></feed>")
    found = xml_links(atom, BASE + "/atom.xml")
    assert [(e.url, e.date) for e in found.entries] == [(BASE + "/tin-tuc/cum-thi-dua-123.html", "2024-01-18")]


def test_sitemap_index_and_gzipped_urlset():
    index = xml_links(page("generic", "sitemap_index.xml").replace(b"{base}", BASE.encode()), BASE + "/sitemap_index.xml")
    assert index.kind == "sitemapindex" and index.sitemaps == [BASE + "/post-sitemap.xml", BASE + "/category-sitemap.xml"]
    urlset = gzip.compress(page("generic", "post-sitemap.xml").replace(b"{base}", BASE.encode()))
    found = xml_links(urlset, BASE + "/post-sitemap.xml.gz")
    assert found.kind == "sitemap" and found.entries[1].date == "2023-03-30"


def test_html_is_not_a_feed():
    assert xml_links("<html><body>Trang chủ</body></html>".encode(), BASE).kind == ""
