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


PAGER = """<html><body>
<div class="danh-sach"><h3><a href="/tin-tuc/-/asset_publisher/Ab1/content/tong-ket">Tổng kết</a></h3></div>
<div class="paging"><span>1</span> <a href="/tin-tuc?_101_INSTANCE_Ab1_cur=2">2</a>
 <a href="/tin-tuc?_101_INSTANCE_Ab1_cur=3">3</a> <a href="/tin-tuc?_101_INSTANCE_Ab1_cur=2">Trang sau</a></div>
<div class="trang-khac"><a href="/thong-bao?trang=2">Tiếp theo</a> <a href="/thong-bao/p/5">»</a></div>
<table class="lich"><tr><td><a href="/lich?ngay=2024-03-05">5</a></td><td><a href="/lich?thang=2024-04">Tháng sau</a></td></tr></table>
<p><a href="/tin-tuc/sau-hoi-nghi-cum-thi-dua">Sau hội nghị cụm thi đua</a></p>
</body></html>"""


def test_pagination_by_pager_text_page_numbers_and_page_parameters():
    soup = BeautifulSoup(PAGER, "lxml")
    links = html_links(soup, BASE + "/tin-tuc", load_profile("liferay_portal"))
    assert links.pagination == [BASE + "/tin-tuc?_101_INSTANCE_Ab1_cur=2", BASE + "/tin-tuc?_101_INSTANCE_Ab1_cur=3",
                                BASE + "/thong-bao?trang=2", BASE + "/thong-bao/p/5"]
    # A calendar's day numbers are not page numbers; a headline starting with "Sau" is not "next".


def test_a_site_profile_adds_pager_selectors_to_the_generic_ones():
    profile = load_profile("liferay_portal")
    assert profile.pagination[:2] == (".taglib-page-iterator a", ".lfr-pagination a")
    assert ".paging a" in profile.pagination and 'a[rel~=next]' in profile.pagination
    assert profile.is_next_text("Trang sau") and profile.is_page_url(BASE + "/tin-tuc?page=2")


LISTING = """<html><body>
<nav><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li>
 <li><a href="/gioi-thieu">Giới thiệu chung về Ban Thi đua - Khen thưởng tỉnh</a></li></ul></nav>
<div class="list">
 <div class="item"><a href="/tin/a1"><img src="/anh/1.jpg"></a><h3><a href="/tin/a1">Cụm thi đua số 1 ký kết giao ước thi đua năm 2025</a></h3></div>
 <div class="item"><h3><a href="/tin/a2">Khối các cơ quan Đảng tổng kết phong trào thi đua năm 2024</a></h3></div>
 <div class="item"><h3><a href="/tin/a3">Trao Bằng khen của Thủ tướng Chính phủ cho 12 tập thể</a></h3></div>
</div>
<ul class="lien-ket"><li><a href="http://sonv.example.gov.vn/">Cổng thông tin điện tử Sở Nội vụ tỉnh bạn</a></li>
 <li><a href="http://syt.example.gov.vn/">Cổng thông tin điện tử Sở Y tế tỉnh bạn</a></li>
 <li><a href="http://sgd.example.gov.vn/">Cổng thông tin điện tử Sở Giáo dục tỉnh bạn</a></li></ul>
</body></html>"""


def test_repeated_headline_blocks_are_candidates_when_asked_to_guess():
    profile = load_profile("generic").with_start([BASE + "/tin"])
    soup = BeautifulSoup(LISTING, "lxml")
    assert html_links(soup, BASE + "/tin", profile).candidates == []  # only when guessing
    links = html_links(soup, BASE + "/tin", profile, guess=True)
    # Menus are short, the other portals out of scope, a single long menu item not a block.
    assert [c.url for c in links.candidates] == [BASE + "/tin/a1", BASE + "/tin/a2", BASE + "/tin/a3"]


def test_no_guessing_where_the_profile_knows_the_articles():
    profile = load_profile("generic").with_start([BASE + "/tin"])
    html = LISTING.replace("/tin/a1", "/tin/cum-thi-dua-so-1-ky-ket-giao-uoc-2025-12345.html")
    links = html_links(BeautifulSoup(html, "lxml"), BASE + "/tin", profile, guess=True)
    assert [a.url for a in links.articles] == [BASE + "/tin/cum-thi-dua-so-1-ky-ket-giao-uoc-2025-12345.html"]
    assert links.candidates == []
