import json

import pytest

from pipeline.extract.province import infer_province
from tests.helpers import SEED_GOLD, analyse_seed, analyse_text

STEMS = sorted(p.stem for p in SEED_GOLD.glob("*.json"))


@pytest.mark.parametrize("stem", STEMS)
def test_seed_province(stem):
    gold = json.loads((SEED_GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    assert infer_province(analyse_seed(stem))[0] == gold["province"]


def test_province_from_districts_when_never_named():
    body = ("Chiều 20/12, Cụm thi đua các huyện phía Tây tổ chức hội nghị tổng kết tại huyện Con Cuông. "
            "Huyện Tương Dương xếp thứ Nhất, huyện Kỳ Sơn xếp thứ Nhì.")
    assert infer_province(analyse_text(body))[0] == "Nghệ An"


def test_explicit_province_wins_over_a_neighbour():
    body = ("Sáng 10/1, tỉnh Quảng Trị tổ chức hội nghị tổng kết. Đoàn công tác của tỉnh Quảng Bình tới dự. "
            "Lãnh đạo tỉnh Quảng Trị trao Cờ thi đua cho huyện Gio Linh.")
    assert infer_province(analyse_text(body))[0] == "Quảng Trị"
