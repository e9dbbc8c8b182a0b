"""HTML pages: body and metadata from the markup, furniture left out; unknown layouts still work."""

from pathlib import Path

import pytest

from pipeline.clean import clean
from pipeline.core.types import RawDocument, Skipped

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def page(name: str):
    content = (FIXTURES / name).read_bytes()
    return clean(RawDocument(Path(name).stem, str(FIXTURES / name), content, "html"))


def test_known_container_gives_body_and_metadata():
    article = page("newspaper_liferay.html")
    assert article.title_text == "Khối thi đua các sở, ban, ngành ký kết giao ước thi đua năm 2024"
    assert article.published == "2024-01-18T16:05"
    assert article.author == "Hoài Thu"
    body = "\n".join(s.of(article.text) for s in article.body)
    assert body.startswith("Chiều 18-1, tại Hội trường Sở Nội vụ")
    assert "Lê Minh Khoa" in body and "Khối trưởng năm 2024 là Sở Tài chính." in body
    for furniture in ("Trang chủ", "Tin liên quan", "Yên Lạc", "bình luận", "Tổng biên tập", "quảng cáo"):
        assert furniture not in article.text
    assert article.text.count("Khối thi đua các sở, ban, ngành ký kết giao ước thi đua năm 2024") == 1


def test_unknown_layout_falls_back_to_generic_extraction():
    article = page("unknown_layout.html")
    assert article.published == "2023-12-29"
    assert "Sáng 28/12, UBND huyện Tân Kỳ tổ chức hội nghị" in article.text
    assert article.author == "Thanh Bình"


def test_html_without_body_is_skipped():
    raw = RawDocument("x", "x.html", b"<html><head><title>Trang</title></head></html>", "html")
    with pytest.raises(Skipped) as err:
        clean(raw)
    assert err.value.reason == "no_body"
