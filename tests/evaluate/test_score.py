import copy

from pipeline.evaluate import load_gold, score
from tests.helpers import SEED_GOLD


def test_gold_against_itself_is_perfect():
    gold = load_gold(SEED_GOLD)
    for name, s in score(gold, gold).items():
        assert s.f1 == 1.0, name


def test_keys_ignore_case_quotes_and_tone_placement():
    gold = load_gold(SEED_GOLD)
    pred = copy.deepcopy(gold)
    a = pred["000_6da9a994aad216cc"]
    a["author"] = "bích thuỷ"
    a["movements"][0]["name"] = "“" + a["movements"][0]["name"].upper() + "”"
    assert score(gold, pred)["author"].f1 == 1.0
    assert score(gold, pred)["movements"].f1 == 1.0


def test_movement_near_match_and_a_real_miss():
    gold = load_gold(SEED_GOLD)
    pred = copy.deepcopy(gold)
    movements = pred["004_5d7075bb2530b896"]["movements"]
    movements[4]["name"] = "Cán bộ, công chức, viên chức, thi đua thực hiện văn hóa công sở"  # 90%+ similar
    movements[0]["name"] = "Bắc Ninh xanh"  # a different movement
    s = score(gold, pred)["movements"]
    assert s.matched == s.gold - 1
    assert [i.label for i in s.missed] == ["Bắc Ninh hành động vì môi trường sạch"]
    assert [i.label for i in s.spurious] == ["Bắc Ninh xanh"]


def test_awards_count_pairs_and_score_status_on_matches():
    gold = load_gold(SEED_GOLD)
    pred = copy.deepcopy(gold)
    award = pred["003_5846233a1f484f56"]["awards"][2]
    award["recipients"] = ["Huyện Đông Hưng"]  # one of two recipients missed
    award["status"] = "conferred"
    scores = score(gold, pred)
    assert scores["awards"].gold - scores["awards"].matched == 1
    assert scores["award_status"].matched == scores["award_status"].gold - 1


def test_missing_article_counts_every_gold_item_as_missed():
    gold = load_gold(SEED_GOLD)
    pred = {k: v for k, v in gold.items() if k != "001_cd6882ff96a3fb17"}
    s = score(gold, pred)
    assert s["officials"].recall < 1.0 and s["officials"].precision == 1.0
    assert s["published"].matched == s["published"].gold - 1
