"""An HTML page's own metadata, source by source, on small pages written for the tests."""

import pytest
from bs4 import BeautifulSoup

from pipeline.clean.html import html_to_article
from pipeline.clean.page_meta import _iso, is_link_list, read_page_meta

BODY = ("<p>Chiều 18-1, tại Hội trường Sở Nội vụ, Khối thi đua các sở, ban, ngành tổ chức hội nghị ký kết giao ước "
        "thi đua năm 2024 với sự tham dự của lãnh đạo các đơn vị trong khối.</p>"
        "<p>Năm 2023, các đơn vị trong khối đã hoàn thành tốt nhiệm vụ được giao, nhiều phong trào thi đua được "
        "triển khai sâu rộng.</p>")
HEADLINE = "Khối thi đua các sở, ban, ngành ký kết giao ước thi đua năm 2024"


def meta(head: str = "", body: str = ""):
    return read_page_meta(BeautifulSoup(f"<html><head>{head}</head><body>{body}</body></html>", "lxml"))


@pytest.mark.parametrize("value, expected", [
    ("2023-06-22T07:05:00+00:00", "2023-06-22T14:05"),
    ("2023-06-22T07:05:00Z", "2023-06-22T14:05"),
    ("2024-03-22T16:05:00+07:00", "2024-03-22T16:05"),
    ("2024-03-22T16:05:00", "2024-03-22T16:05"),
    ("2024-03-22", "2024-03-22"),
    ("2024-02-30T10:00:00", None),
    ("hôm nay", None),
])
def test_iso_times_are_read_on_vietnams_clock(value, expected):
    assert _iso(value) == expected


def test_json_ld_date_and_author_come_first_and_a_broken_block_is_passed_over():
    head = ('<script type="application/ld+json">{"broken": </script>'
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "' + HEADLINE + '",'
            '"datePublished": "2024-01-18T16:05:00+07:00", "author": [{"@type": "Person", "name": "Hoài Thu"}]}]}'
            '</script><meta property="article:published_time" content="2024-01-19T08:00:00+07:00">')
    m = meta(head, f"<h1>{HEADLINE}</h1>{BODY}")
    assert (m.published, m.author) == ("2024-01-18T16:05", "Hoài Thu")


def test_an_organization_named_as_author_is_not_the_author():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-18",'
            '"author": {"@type": "Organization", "name": "Báo Tỉnh"}}</script>')
    assert meta(head, f"<h1>{HEADLINE}</h1>{BODY}").author is None


@pytest.mark.parametrize("og_title", [
    f"{HEADLINE} - Báo Bắc Sơn điện tử",
    f"{HEADLINE} | VnExpress",
    f"Báo Tỉnh - {HEADLINE}",
])
def test_the_site_name_is_cut_from_the_title(og_title):
    m = meta(f'<meta property="og:title" content="{og_title}">', BODY)
    assert m.title == HEADLINE


def test_the_headline_element_named_by_the_title_tags_wins_over_other_headings():
    body = f'<h1 class="logo">VnExpress</h1><h1>Thời sự trong nước</h1><div><h1>{HEADLINE}</h1>{BODY}</div>'
    m = meta(f'<meta property="og:title" content="{HEADLINE}">', body)
    assert m.title == HEADLINE and m.headline.name == "h1"


def test_a_headline_length_heading_is_preferred_to_a_section_name():
    body = f'<h1>Tin tức - Sự kiện</h1><div><h1 class="x">{HEADLINE}</h1>{BODY}</div>'
    assert meta("", body).title == HEADLINE


def test_a_section_name_in_the_page_title_is_not_the_headline():
    assert meta("<title>Thi đua - Khen thưởng - Cổng thông tin điện tử tỉnh</title>", BODY).title is None


@pytest.mark.parametrize("around", [
    # the site clock in the header, a ticker, a related box with dates: none is the article's date
    '<div class="clock">Thứ Năm, 25/01/2024 - 07:00</div>{h}<div class="date">08:30, 18/01/2024</div>{b}',
    '<div class="ticker"><a href="/a">Tin nóng 24/01/2024</a> <a href="/b">Tin khác 23/01/2024</a></div>'
    '{h}<p>18/01/2024 | 08:30</p>{b}',
    '{h}<div class="meta">Thứ Năm, 18/01/2024 08:30</div>{b}<ul><li><a href="/c">Tin liên quan một</a> 10/01/2024</li>'
    '<li><a href="/d">Tin liên quan hai</a> 09/01/2024</li></ul>',
    '<span class="time">Thứ Năm, 18/01/2024, 08:30 (GMT+7)</span>{h}{b}',
])
def test_the_date_line_beside_the_headline(around):
    m = meta("", around.format(h=f"<h1>{HEADLINE}</h1>", b=BODY))
    assert m.published == "2024-01-18T08:30"


def test_dates_in_links_and_link_lists_are_not_the_publication_date():
    body = (f'<h1>{HEADLINE}</h1>{BODY}<div class="box"><b>Tin liên quan:</b> '
            '<a href="/r">Khối thi đua tổng kết năm 2023 (20/12/2023)</a></div>')
    assert meta("", body).published is None


@pytest.mark.parametrize("author", ["VnExpress", "VCCorp.vn", "Báo Sơn La", "admin", "https://facebook.com/baotinh"])
def test_site_names_outlets_accounts_and_addresses_are_not_authors(author):
    m = meta(f'<meta name="author" content="{author}">', f"<h1>{HEADLINE}</h1>{BODY}")
    assert m.author is None and m.author_guess is None


def test_the_site_own_name_is_not_the_author():
    head = '<meta property="og:site_name" content="Tin Tức Huyện Nhà"><meta name="author" content="Tin Tức Huyện Nhà">'
    assert meta(head, f"<h1>{HEADLINE}</h1>{BODY}").author_guess is None


def test_a_byline_after_the_prose_wins_over_an_author_element():
    page = (f'<html><body><h1>{HEADLINE}</h1><div class="entry-content">{BODY}<p>Tin, ảnh: Minh Tân</p></div>'
            '<div class="td-author-name"><a href="/author/bbt">Ban biên tập</a></div></body></html>')
    assert html_to_article("x", "x.html", page).author == "Minh Tân"


def test_an_author_element_is_taken_when_the_text_names_nobody():
    page = (f'<html><body><h1>{HEADLINE}</h1><div class="meta"><span class="cms-author">HÀ THANH</span></div>'
            f'<div class="entry-content">{BODY}</div></body></html>')
    assert html_to_article("x", "x.html", page).author == "HÀ THANH"


def test_a_sapo_outside_the_body_container_starts_the_body():
    sapo = ("Chiều 18-1, Khối thi đua các sở, ban, ngành tổ chức hội nghị ký kết giao ước thi đua năm 2024 tại "
            "Hội trường Sở Nội vụ.")
    page = (f'<html><body><h1>{HEADLINE}</h1><div class="box-lead"><strong>{sapo}</strong></div>'
            f'<div class="detail-content">{BODY}</div></body></html>')
    a = html_to_article("x", "x.html", page)
    assert a.body[0].of(a.text) == sapo


def test_link_lists():
    related = BeautifulSoup('<div><h3>Tin liên quan</h3><a href="/a">Một tin khác</a> <a href="/b">Hai tin khác</a>'
                            '</div>', "lxml").div
    label = BeautifulSoup('<div><span>Đọc thêm:</span> <a href="/a">Cụm thi đua tổng kết năm 2023</a></div>',
                          "lxml").div
    article = BeautifulSoup(f'<div>{BODY}<p>Xem <a href="/qd">Quyết định số 12/QĐ-UBND</a>.</p></div>', "lxml").div
    assert is_link_list(related) and is_link_list(label) and not is_link_list(article)
