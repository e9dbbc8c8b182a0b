"""What the crawler reads from a page (canonical URL, date, text fingerprint) and site selectors in cleaning."""

from __future__ import annotations

from bs4 import BeautifulSoup

from pipeline.clean.html import html_to_article
from pipeline.fetch.pages import inspect
from pipeline.fetch.profiles import load_profile
from tests.fetch.fixture_sites import page

BASE = "http://127.0.0.1:8000"


def test_page_facts_of_a_newspaper_article():
    html = page("provincial_newspaper", "article_001.html").decode("utf-8")
    facts = inspect(BeautifulSoup(html, "lxml"), BASE + "/x/", load_profile("provincial_newspaper"))
    assert facts.canonical == BASE + "/channel/5085/202303/cum-thi-dua-cac-huyen-thanh-pho-ky-ket-giao-uoc-thi-dua-nam-2023-2618591/"
    assert facts.published == "2023-03-30T17:43"
    # The fingerprint is of the article text, so the same article in other page furniture matches.
    reframed = html.replace('<div class="box hot-news">', '<div class="box">').replace("Đọc nhiều nhất", "Tin mới")
    again = inspect(BeautifulSoup(reframed, "lxml"), BASE + "/y/", load_profile("provincial_newspaper"))
    assert again.text_hash == facts.text_hash and facts.text_hash


# A SharePoint news web part whose date sits outside the body, in an element the generic selectors do not know
# (the generic reader finds it beside the headline).
SHAREPOINT = """<html><body><div class="tinchitiet"><h1 class="tieude">Cụm thi đua ký kết giao ước thi đua năm 2020</h1>
<div class="ngaydang">13/03/2020 08:12 Số lượt xem: 161</div>
<div class="noidung"><p>Chiều 11/3, tại UBND huyện Yên Phong, Cụm thi đua các huyện, thị xã, thành phố tổ chức Hội nghị
Ký kết giao ước thi đua và triển khai nhiệm vụ năm 2020. Dự Hội nghị có các đồng chí lãnh đạo UBND tỉnh, Hội đồng
Thi đua - Khen thưởng tỉnh và các huyện, thị xã, thành phố.</p><p style="text-align: right;">Vũ Hưng</p></div>
<div class="tinkhac"><h3>Các tin đã đưa</h3><ul><li><a href="/Trang/ChiTietTinTuc.aspx?nid=1">Tin cũ</a></li></ul></div>
</div></body></html>"""


def test_site_selectors_come_before_the_generic_ones():
    generic = html_to_article("x", "x.html", SHAREPOINT)
    site = html_to_article("x", "x.html", SHAREPOINT, selectors=load_profile("sharepoint_portal").selectors)
    assert generic.published == "2020-03-13T08:12"  # the generic reader now reads the date line beside the headline
    assert site.published == "2020-03-13T08:12"
    assert site.author == "Vũ Hưng" and "Tin cũ" not in site.text
