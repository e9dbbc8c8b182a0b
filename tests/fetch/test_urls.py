"""One spelling per page; scope, traps and file links."""

import pytest

from pipeline.fetch.urls import is_file_link, normalize, same_site, trap_reason


@pytest.mark.parametrize("url, base, expected", [
    ("HTTP://BaoNamDinh.vn:80/channel/5085/", None, "http://baonamdinh.vn/channel/5085/"),
    ("/channel/5085/?page=2#top", "https://baonamdinh.vn/channel/5085/", "https://baonamdinh.vn/channel/5085/?page=2"),
    ("../item/12-cum-thi-dua", "http://a.vn/index.php/tin-tuc/x", "http://a.vn/index.php/item/12-cum-thi-dua"),
    ("/tin-tuc/bai-viet.html?utm_source=zalo&id=5&fbclid=abc", "http://a.vn/", "http://a.vn/tin-tuc/bai-viet.html?id=5"),
    ("/web/guest/tin;jsessionid=A1B2C3?x=1", "http://a.vn/", "http://a.vn/web/guest/tin?x=1"),
    ("/tin tức/Đà Nẵng", "http://a.vn/", "http://a.vn/tin%20t%E1%BB%A9c/%C4%90%C3%A0%20N%E1%BA%B5ng"),
    ("https://a.vn:443", None, "https://a.vn/"),
    ("http://127.0.0.1:8080/a", None, "http://127.0.0.1:8080/a"),
    ("mailto:toasoan@example.vn", None, None),
    ("javascript:window.print()", None, None),
])
def test_normalize(url, base, expected):
    assert normalize(url, base) == expected


def test_scope_allows_the_www_variant_only():
    allowed = {"baonamdinh.vn"}
    assert same_site("www.baonamdinh.vn", allowed) and same_site("BAONAMDINH.VN", allowed)
    assert not same_site("namdinh.gov.vn", allowed) and not same_site("cdn.baonamdinh.vn", allowed)


@pytest.mark.parametrize("url, file", [
    ("http://a.vn/Uploads/2023/ke-hoach.PDF", True), ("http://a.vn/files/bao-cao.docx", True),
    ("http://a.vn/tin-tuc/bai-viet-123.html", False), ("http://a.vn/Trang/ChiTietTinTuc.aspx?nid=1", False),
])
def test_file_links(url, file):
    assert is_file_link(url) is file


def test_traps():
    assert trap_reason("http://a.vn/tin/tin/tin/tin/bai") == "repeated_path"
    assert trap_reason("http://a.vn/?" + "x" * 1200) == "url_too_long"
    assert trap_reason("http://a.vn/index.php/tin-tuc/item/12-cum-thi-dua") is None
