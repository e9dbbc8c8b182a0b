"""People: one id per person, namesakes in different provinces stay apart."""

import unicodedata

import pytest

from pipeline.normalize.people import CENTRAL, Mention, Post, compatible_scopes, link_people, name_key

HA_NAM, NEW_NINH_BINH, BAC_GIANG = "u-p-tinhhanam", "u-p2025-tinhninhbinh", "u-p-tinhbacgiang"


def mention(article, date, scope, name="Lương Quốc Hòa", posts=(), n=1):
    return Mention(article, f"{article}:o{n}", name, name_key(name), date, scope, (), tuple(posts))


@pytest.mark.parametrize("variant", ["Lương Quốc Hoà", "LƯƠNG QUỐC HÒA", "Lương  Quốc Hòa", "Lương Quốc Hòa ",
                                     unicodedata.normalize("NFD", "Lương Quốc Hòa")])
def test_name_variants_share_a_key(variant):
    assert name_key(variant) == name_key("Lương Quốc Hòa")


def test_reform_makes_an_old_province_compatible_with_the_new_one_it_joined():
    assert compatible_scopes(HA_NAM, NEW_NINH_BINH)
    assert not compatible_scopes(BAC_GIANG, NEW_NINH_BINH)
    assert not compatible_scopes(HA_NAM, "u-p-tinhninhbinh")  # two old provinces that merged: still two
    assert not compatible_scopes(HA_NAM, CENTRAL)


def test_namesakes_in_two_provinces_are_two_people_each_followed_through_the_reform():
    people = link_people([
        mention("hn1", "2019-03-15", HA_NAM), mention("bg1", "2021-12-22", BAC_GIANG),
        mention("hn2", "2023-02-20", HA_NAM), mention("nb1", "2025-10-16", NEW_NINH_BINH),
        mention("bn1", "2026-02-10", "u-p2025-tinhbacninh"),
    ])
    groups = sorted(sorted(m.article_id for m in p.mentions) for p in people)
    assert groups == [["bg1", "bn1"], ["hn1", "hn2", "nb1"]]
    assert len({p.person_id for p in people}) == 2


def test_two_officials_with_one_name_in_one_article_are_two_people():
    people = link_people([mention("a", "2020-01-01", HA_NAM, n=1), mention("a", "2020-01-01", HA_NAM, n=2)])
    assert len(people) == 2


def test_heading_one_kind_of_body_in_two_places_at_once_is_two_people():
    chair = lambda place: Post("chủ tịch", "ủy ban nhân dân", "huyện", place)
    people = link_people([
        mention("a", "2020-03-01", HA_NAM, posts=[chair("u-d-tinhhanam-huyenbinhluc")]),
        mention("b", "2020-03-20", HA_NAM, posts=[chair("u-d-tinhhanam-huyenlynhan")]),
        mention("c", "2023-03-20", HA_NAM, posts=[chair("u-d-tinhhanam-huyenlynhan")]),
    ])
    assert sorted(sorted(m.article_id for m in p.mentions) for p in people) == [["a", "c"], ["b"]]


def test_a_mention_without_province_joins_the_only_person_it_fits():
    one = link_people([mention("a", "2020-01-01", HA_NAM), mention("b", None, "x")])
    assert len(one) == 1
    two = link_people([mention("a", "2020-01-01", HA_NAM), mention("c", "2020-01-01", BAC_GIANG), mention("b", None, "x")])
    assert len(two) == 3


def test_ids_are_stable_and_do_not_depend_on_input_order():
    ms = [mention("hn1", "2019-03-15", HA_NAM), mention("bg1", "2021-12-22", BAC_GIANG)]
    first = {p.person_id for p in link_people(ms)}
    assert first == {p.person_id for p in link_people(list(reversed(ms)))}
    assert all(pid.startswith("p-") and len(pid) == 12 for pid in first)
