"""End to end: extract the linking test articles (tests/fixtures/linking), link them, check the ids.

Two provinces (Hà Nam, Bắc Giang) from 2019 to 2026, across the reform of 1 July 2025: one official
in several articles with tone, case and spacing variants, a namesake in the other province, districts
of 2019 and the new province they belong to, movement variants, and a story republished the same day.
"""

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.batch import run_extract
from pipeline.export import LIST_SEPARATOR
from pipeline.normalize import link_outputs
from pipeline.normalize.ids import LIST_SEPARATOR as NORMALIZE_SEPARATOR
from pipeline.normalize.tables import COLUMNS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linking"


def read(out: Path, table: str) -> list[dict[str, str]]:
    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("linked")
    run_extract([FIXTURES], folder)
    summary = link_outputs(folder)
    assert summary.articles == 10
    return folder


def persons_of(out: Path) -> dict[str, str]:
    return {r["official_id"]: r["person_id"] for r in read(out, "person_mentions")}


def test_every_table_is_written_with_its_columns(out):
    for table, columns in COLUMNS.items():
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == columns
    assert not list(out.glob(".*.tmp"))


def test_one_official_in_several_articles_has_one_person_id(out):
    person = persons_of(out)
    # "Lương Quốc Hoà" (old-style tone), "Lương Quốc Hòa" in an NFD file, "Lương  Quốc Hòa", then in the new Ninh Bình
    ids = {person[o] for o in ("hn_2019_giao_uoc:o1", "hn_2021_tong_ket:o1", "hn_2023_trao_co:o1", "nb_2025_cum_phuong:o1")}
    assert len(ids) == 1
    assert person["hn_2019_giao_uoc:o2"] == person["hn_2024_so_ket:o1"]  # the director of Sở Nội vụ, twice
    row = next(r for r in read(out, "people") if r["person_id"] in ids)
    assert row["name"] == "Lương Quốc Hòa" and row["province"] == "Hà Nam" and row["new_province"] == "Ninh Bình"
    assert (row["first_seen"], row["last_seen"], row["n_articles"]) == ("2019-03-15", "2025-10-16", "4")
    assert "Phó Chủ tịch Ủy ban nhân dân tỉnh (2019-03-15/2023-02-20)" in row["roles"].split(LIST_SEPARATOR)


def test_a_namesake_in_another_province_is_another_person(out):
    person = persons_of(out)
    ha_nam = person["hn_2019_giao_uoc:o1"]
    bac_giang = {person[o] for o in ("bg_2021_khoi:o1", "bg_2024_huan_chuong:o1", "bn_2026_phat_dong:o1")}
    assert len(bac_giang) == 1 and ha_nam not in bac_giang
    rows = [r for r in read(out, "people") if r["name_key"] == "lương quốc hòa"]
    assert sorted(r["province"] for r in rows) == ["Bắc Giang", "Hà Nam"]


def test_units_have_one_id_and_map_to_their_successors(out):
    mentions = read(out, "unit_mentions")
    kim_bang = {m["unit_id"] for m in mentions if "Kim Bảng" in m["surface"] and m["article_id"].startswith("hn_")}
    assert kim_bang == {"u-d-tinhhanam-thixakimbang"}  # "huyện Kim Bảng" in 2019 and 2021, location and member
    duy_tien = {m["unit_id"] for m in mentions if "Duy Tiên" in m["surface"] and m["article_id"].startswith("hn_")}
    assert duy_tien == {"u-d-tinhhanam-thixaduytien"}  # "huyện Duy Tiên" (2019) and "thị xã Duy Tiên" (2021)
    units = {u["unit_id"]: u for u in read(out, "units")}
    assert units["u-d-tinhhanam-thixakimbang"]["new_province"] == "Ninh Bình"
    assert units["u-d-tinhhanam-thixakimbang"]["successor_id"] == "u-p2025-tinhninhbinh"
    assert units["u-p-tinhhanam"]["successor_id"] == "u-p2025-tinhninhbinh"
    assert units["u-p-tinhbacgiang"]["successor_id"] == "u-p2025-tinhbacninh"
    assert units["u-p-tinhhanam"]["code"] == "GSO-35"
    # After the reform the article's units are the new ones.
    after = {m["unit_id"] for m in mentions if m["article_id"] == "nb_2025_cum_phuong"}
    assert {"u-p2025-tinhninhbinh", "u-w2025-tinhninhbinh-phuongphuly", "u-w2025-tinhninhbinh-phuongduytien"} <= after
    assert not any(m["ambiguous"] == "True" for m in mentions)


def test_agencies_of_two_provinces_stay_apart(out):
    units = {u["unit_id"] for u in read(out, "units")}
    assert {"u-a-p-tinhhanam-so-noi-vu", "u-a-p-tinhbacgiang-so-noi-vu"} <= units


def test_movement_variants_share_an_id_and_national_ones_cross_provinces(out):
    rows = {r["movement_row_id"]: r["movement_id"] for r in read(out, "movement_mentions")}
    assert rows["hn_2019_giao_uoc:m2"] == rows["hn_2021_tong_ket:m1"]  # curly vs straight quotes, case
    assert rows["hn_2019_giao_uoc:m2"] != rows["bg_2021_khoi:m1"]  # same wording, another province
    ntm = {rows[r] for r in ("hn_2019_giao_uoc:m1", "hn_2021_tong_ket:m2", "bg_2019_phat_dong:m1", "bn_2026_phat_dong:m1")}
    assert ntm == {"mv-nong-thon-moi"}
    assert rows["bg_2019_phat_dong:m2"] == rows["bn_2026_phat_dong:m2"] == "mv-doanh-nghiep-hoi-nhap"
    canon = {r["movement_id"]: r for r in read(out, "movements_canonical")}
    assert canon["mv-nong-thon-moi"]["national"] == "True"
    assert set(canon["mv-nong-thon-moi"]["provinces"].split(LIST_SEPARATOR)) == {"Hà Nam", "Bắc Giang", "Bắc Ninh"}


def test_a_republished_story_is_counted_once(out):
    dup = {r["article_id"]: r for r in read(out, "article_duplicates")}
    assert dup["bg_2024_huan_chuong_dang_lai"]["canonical_article_id"] == "bg_2024_huan_chuong"
    assert len({r["canonical_article_id"] for r in dup.values()}) == 9
    assert sum(r["canonical_article_id"] != r["article_id"] for r in dup.values()) == 1
    namesake = next(r for r in read(out, "people") if r["province"] == "Bắc Giang" and r["name_key"] == "lương quốc hòa")
    assert (namesake["n_mentions"], namesake["n_articles"]) == ("4", "3")
    units = {u["unit_id"]: u for u in read(out, "units")}
    assert units["u-d-tinhbacgiang-huyentanyen"]["n_mentions"] == "1"


def test_awards_are_ranked(out):
    awards = {r["award_id"]: r for r in read(out, "awards_normalized")}
    flag_gov, flag_prov = awards["hn_2021_tong_ket:a1"], awards["hn_2021_tong_ket:a2"]
    assert (flag_gov["authority_level"], flag_prov["authority_level"]) == ("government", "province")
    assert int(flag_gov["rank_order"]) < int(flag_prov["rank_order"])
    order = sorted(awards.values(), key=lambda r: int(r["rank_order"]))
    assert order[0]["award_type"] == "huan_chuong"


def test_record_ids_join_the_export_tables(out):
    officials = {r["official_id"] for r in read(out, "officials")}
    assert officials == set(persons_of(out))
    assert {r["award_id"] for r in read(out, "awards")} == {r["award_id"] for r in read(out, "awards_normalized")}
    assert {r["movement_id"] for r in read(out, "movements")} == {r["movement_row_id"] for r in read(out, "movement_mentions")}
    assert {r["official_id"] for r in read(out, "titles")} <= officials
    assert NORMALIZE_SEPARATOR == LIST_SEPARATOR


def test_lines_that_are_not_articles_are_counted_and_passed_over(tmp_path):
    article = {"id": "a", "province": "Hà Nam", "published": "2020-01-02", "event": {},
               "officials": [{"name": "Trần Minh Tuệ", "titles": ["Giám đốc Sở Nội vụ"]}], "text": "x"}
    (tmp_path / "articles.jsonl").write_text("{not json\n" + json.dumps(article, ensure_ascii=False) + "\n[]\n",
                                             encoding="utf-8")
    summary = link_outputs(tmp_path)
    assert summary.articles == 1 and summary.people == 1
    assert summary.skipped == Counter({"bad_json": 1, "no_article_id": 1, "short_text": 1})


def test_a_failed_link_leaves_previous_tables_untouched(tmp_path, monkeypatch):
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "a", "text": ""}) + "\n", encoding="utf-8")
    link_outputs(tmp_path)
    before = (tmp_path / "people.csv").read_bytes()
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "b", "officials": [{"name": "Lê Văn A"}]}) + "\n",
                                             encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("crash in the middle of linking")

    monkeypatch.setattr("pipeline.normalize.link.link_people", crash)
    with pytest.raises(RuntimeError):
        link_outputs(tmp_path)
    assert (tmp_path / "people.csv").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_missing_articles_file_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        link_outputs(tmp_path)
