"""Every shipped site profile loads and validates; a broken one is reported with file and key."""

from __future__ import annotations

import shutil

import pytest

from pipeline.core import patterns
from pipeline.fetch import profiles
from pipeline.fetch.profiles import ProfileError, available, load_profile, resolve

SHIPPED = ["dnn", "generic", "gov_portal", "joomla_k2", "liferay_portal", "provincial_newspaper", "sharepoint_portal",
           "websphere_portal", "wordpress"]


def test_the_shipped_profiles_are_all_there():
    assert set(SHIPPED) <= set(available())


@pytest.mark.parametrize("name", available())
def test_every_profile_loads_and_its_examples_hold(name):
    profile = load_profile(name)  # validation runs every link and date example
    assert profile.article, "a profile must say which links are articles"
    for rule in profile.article:
        assert all(profile.is_article("http://example.vn" + ex) or profile.is_excluded("http://example.vn" + ex)
                   for ex in rule.examples)


@pytest.mark.parametrize("name, url, article", [
    ("provincial_newspaper", "https://baonamdinh.vn/channel/5085/202303/cum-thi-dua-ky-ket-2618591/", True),
    ("provincial_newspaper", "https://baonamdinh.vn/channel/5085/?page=2", False),
    ("joomla_k2", "http://hungha.example.vn/index.php/tin-tuc/tin-tong-hop/item/1234-cum-thi-dua", True),
    ("joomla_k2", "http://hungha.example.vn/index.php/tin-tuc/itemlist/date/2020/2?catid=5", False),
    ("joomla_k2", "http://hungha.example.vn/index.php/tin-tuc/item/1234-cum-thi-dua?tmpl=component&print=1", False),
    ("sharepoint_portal", "https://portal.example.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3512", True),
    ("sharepoint_portal", "https://portal.example.gov.vn/_layouts/15/Authenticate.aspx?nid=1", False),
    ("liferay_portal", "https://example.gov.vn/web/guest/tin/-/asset_publisher/Ab12/content/cum-thi-dua-ky-ket", True),
    ("liferay_portal", "https://example.gov.vn/c/portal/login?p_l_id=1", False),
    ("websphere_portal", "https://example.gov.vn/wps/portal/tinh/tin-tuc/chi-tiet?WCM_GLOBAL_CONTEXT=/wps/wcm/connect/a/b", True),
    ("websphere_portal", "https://example.gov.vn/wps/myportal/tinh/tin-tuc/chi-tiet?WCM_GLOBAL_CONTEXT=/x", False),
    ("gov_portal", "https://example.gov.vn/tin-tuc/cum-thi-dua-ky-ket-giao-uoc-3512.html", True),
    ("generic", "https://example.vn/2023/03/30/cum-thi-dua-cac-huyen-ky-ket/", True),
    ("generic", "https://example.vn/chuyen-muc/thi-dua/", False),
])
def test_article_links_by_profile(name, url, article):
    assert load_profile(name).is_article(url) is article


@pytest.mark.parametrize("name, text, value", [
    ("provincial_newspaper", "17:43, 30/03/2023", "2023-03-30T17:43"),
    ("provincial_newspaper", "Cập nhật lúc20:12, Thứ Năm, 13/02/2020 (GMT+7)", "2020-02-13T20:12"),
    ("gov_portal", "13/03/2020 08:12 Số lượt xem: 161", "2020-03-13T08:12"),
    ("joomla_k2", "Thứ bảy, 11 Tháng 1 2020 15:30", "2020-01-11T15:30"),
    ("generic", '2023-03-30T17:43:00+07:00', "2023-03-30T17:43"),
    ("generic", "Ngày 7-4-2014", "2014-04-07"),
    ("generic", "Số lượt xem: 161", None),
])
def test_site_date_formats(name, text, value):
    assert load_profile(name).parse_date(text) == value


def test_family_profile_needs_start_pages_and_gets_their_hosts():
    with pytest.raises(ProfileError, match="--start"):
        resolve("liferay_portal")
    chosen = resolve("liferay_portal", start=["https://Portal.Example.gov.vn/web/guest/tin-tuc"])
    assert chosen.start[0].url == "https://portal.example.gov.vn/web/guest/tin-tuc"
    assert "portal.example.gov.vn" in chosen.hosts


def test_a_url_is_crawled_with_the_generic_profile_unless_told():
    assert resolve("https://example.vn/tin-tuc/").name == "generic"
    assert resolve("https://example.vn/index.php/tin-tuc", profile="joomla_k2").name == "joomla_k2"
    feed = resolve("https://example.vn/web/guest/tin", profile="liferay_portal",
                   start=["https://example.vn/web/guest/tin/-/asset_publisher/Ab/rss"])
    assert [p.kind for p in feed.start] == ["listing", "feed"]


@pytest.fixture
def sites_copy(tmp_path, monkeypatch):
    """A private copy of patterns/ so broken profiles can be written next to the real ones."""
    copy = tmp_path / "patterns"
    shutil.copytree(patterns.PATTERN_DIR, copy)
    monkeypatch.setattr(patterns, "PATTERN_DIR", copy)
    profiles.load_profile.cache_clear()
    yield copy / "sites"
    profiles.load_profile.cache_clear()


def test_unknown_keys_are_errors_naming_file_and_key(sites_copy):
    (sites_copy / "broken_site.yaml").write_text(
        "name: broken_site\ndescription: x\nextends: joomla_k2\nhost: [a.vn]\n"
        "links:\n  articles: []\n  pagination: ['a[rel=next']\n"
        "dates:\n  - id: d\n    regex: '(?P<d>\\d+)/(?P<m>\\d+)'\n    examples: [{text: '1/2', value: '2020-02-01'}]\n",
        encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile("broken_site")
    message = str(err.value)
    for problem in ("broken_site.yaml: unknown key 'host'", "broken_site.yaml:links: unknown key 'articles'",
                    "bad CSS selector", "named groups d, m and y"):
        assert problem in message  # every problem at once, each with its file and key


def test_a_rule_must_match_its_own_examples(sites_copy):
    (sites_copy / "wrong_example.yaml").write_text(
        "name: wrong_example\ndescription: x\nlinks:\n  article:\n    - id: item\n      regex: '/item/\\d+'\n"
        "      examples: [/bai-viet/abc]\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="wrong_example.yaml:links:article:item: regex does not match"):
        load_profile("wrong_example")


def test_extends_loops_and_misnamed_files_are_reported(sites_copy):
    (sites_copy / "loop_a.yaml").write_text("name: loop_a\ndescription: x\nextends: loop_b\n", encoding="utf-8")
    (sites_copy / "loop_b.yaml").write_text("name: loop_b\ndescription: x\nextends: loop_a\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="loops"):
        load_profile("loop_a")
    (sites_copy / "misnamed.yaml").write_text("name: other\ndescription: x\nextends: generic\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="misnamed.yaml:name: must be 'misnamed'"):
        load_profile("misnamed")


def test_a_site_profile_is_a_few_lines_on_top_of_its_family(sites_copy):
    (sites_copy / "example_liferay.yaml").write_text(
        "name: example_liferay\ndescription: Cổng thông tin điện tử tỉnh (ví dụ)\nextends: liferay_portal\n"
        "hosts: [portal.example.gov.vn]\nstart: [https://portal.example.gov.vn/web/guest/thi-dua-khen-thuong]\n",
        encoding="utf-8")
    site = resolve("example_liferay")
    assert site.selectors["body"][0] == ".journal-content-article"
    # Its platform's signatures are not its own: recognising Liferay still gives liferay_portal alone.
    assert not site.detect and load_profile("liferay_portal").detect
    assert site.is_article("https://portal.example.gov.vn/web/guest/x/-/asset_publisher/Ab/content/cum-thi-dua-abc")
    assert site.hosts == {"portal.example.gov.vn"}


def test_pager_lists_add_to_the_inherited_ones_and_signatures_are_checked(sites_copy):
    (sites_copy / "own_pager.yaml").write_text(
        "name: own_pager\ndescription: x\nextends: generic\nlinks:\n  pagination: [.phan-trang-rieng a]\n"
        "  next_text:\n    - {id: next_words, regex: '^Trang kế$', examples: [Trang kế]}\n"
        "detect:\n  - {id: mark, regex: 'cms-rieng', examples: ['<div class=\"khung\">']}\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="own_pager.yaml:detect:mark: does not hold on its example"):
        load_profile("own_pager")
    (sites_copy / "own_pager.yaml").write_text(
        "name: own_pager\ndescription: x\nextends: generic\nlinks:\n  pagination: [.phan-trang-rieng a]\n"
        "  next_text:\n    - {id: next_words, regex: '^Trang kế$', examples: [Trang kế]}\n", encoding="utf-8")
    profile = load_profile("own_pager")
    assert profile.pagination[0] == ".phan-trang-rieng a" and ".paging a" in profile.pagination
    # A rule with an inherited rule's id replaces it; the others stay.
    assert [r.id for r in profile.next_text] == ["next_words", "next_arrows"]
    assert not profile.is_next_text("Trang sau") and profile.is_next_text("»")
