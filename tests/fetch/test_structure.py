"""Does a fetched page read as an article? A headline, prose, and a date near the headline."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from pipeline.fetch.profiles import load_profile
from pipeline.fetch.structure import is_headline, why_not_article

PROSE = "".join(
    f"<p>Đoạn {k}: hội nghị đánh giá kết quả thực hiện phong trào thi đua yêu nước, biểu dương các tập thể, "
    f"cá nhân tiêu biểu và đề ra phương hướng, nhiệm vụ trọng tâm cho năm tiếp theo.</p>" for k in range(6))
TEASERS = "".join(
    f'<h3><a href="/tin/{k}">Cụm thi đua số {k} tổng kết phong trào thi đua năm 2024</a></h3>'
    f"<p>Hội nghị đánh giá kết quả thực hiện phong trào thi đua yêu nước năm 2024 của cụm số {k}.</p>" for k in range(6))


@pytest.mark.parametrize("html, missing", [
    (f"<h1>Cụm thi đua số 3 ký kết giao ước thi đua năm 2025</h1><div>08:30 | 12/03/2025</div>"
     f"<div class='nd'>{PROSE}</div>", None),
    # A home-grown CMS page: the headline only in <title>, the text in one block with <br>s.
    ("<title>Khối thi đua các doanh nghiệp tổng kết năm 2024</title><body><div class='tieu-de'>x</div>"
     "<span>Ngày 05/01/2025</span><td>" + "Hội nghị tổng kết phong trào thi đua của khối doanh nghiệp.<br>" * 12
     + "</td></body>", None),
    (f"<h1>Tin tức</h1><div>12/03/2025</div>{PROSE}", "no headline"),
    (f"<h1>Hoạt động của các cụm, khối thi đua trong tỉnh</h1><div>12/03/2025</div>{TEASERS}", "no prose"),
    (f"<h1>Cụm thi đua số 3 ký kết giao ước thi đua năm 2025</h1><div class='nd'>{PROSE}</div>",
     "no date near the headline"),
])
def test_why_not_article(html, missing):
    why = why_not_article(BeautifulSoup(f"<html>{html}</html>", "lxml"), load_profile("generic"))
    assert (why or "").startswith(missing or "")
    assert (why is None) == (missing is None)


@pytest.mark.parametrize("text, headline", [
    ("Trao Cờ thi đua của Chính phủ cho Công an tỉnh", True),
    ("KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2021 CỤM THI ĐUA SỐ 33", True),
    ("Xem thêm »", False),
    ("Giới thiệu chung", False),
])
def test_headline_length(text, headline):
    assert is_headline(text) is headline
