"""Recognising a site's platform from one of its pages: two independent marks, never one."""

from __future__ import annotations

import pytest

from pipeline.fetch.platforms import recognise
from tests.fetch.fixture_sites import page

WORDPRESS = ('<meta name="generator" content="WordPress 6.4.2" />'
             '<link rel="https://api.w.org/" href="https://truong.example.edu.vn/wp-json/" />')
DNN = ('<!-- DNN Platform - http://www.dnnsoftware.com -->'
       '<link href="/Portals/0/portal.css?cdv=41" rel="stylesheet" /><div id="dnn_ctr412_ContentPane"></div>')
ONE_WPS_LINK = ('<footer><a href="https://other.example.gov.vn/wps/portal/tinh">Cổng thông tin tỉnh bạn</a>'
                '<a href="https://other.example.gov.vn/wps/portal/bo">Bộ Nội vụ</a></footer>')


@pytest.mark.parametrize("site, name, profile", [
    ("liferay_portal", "listing_1.html", "liferay_portal"),
    ("sharepoint_portal", "listing.html", "sharepoint_portal"),
    ("websphere_portal", "listing.html", "websphere_portal"),
    ("joomla_k2", "category.html", "joomla_k2"),
    ("provincial_newspaper", "listing_1.html", "provincial_newspaper"),
    ("gov_portal", "listing.tcvn3.html", None),  # a home-grown CMS: nothing to recognise
])
def test_fixture_pages(site, name, profile):
    found = recognise(page(site, name).decode("utf-8", errors="replace"), [])
    assert (found.profile if found else None) == profile


@pytest.mark.parametrize("html, headers, profile", [
    (WORDPRESS, [], "wordpress"),
    (DNN, [("Set-Cookie", "dnn_IsMobile=False; path=/; HttpOnly")], "dnn"),
    ('<div class="portlet-boundary" id="p_p_id_56_"></div>',
     [("Liferay-Portal", "Liferay Community Edition Portal 7.4.3 GA112")], "liferay_portal"),
    # Links to another site's WebSphere portal are one mark (the theme is not), so no guess.
    (ONE_WPS_LINK, [], None),
    ('<meta name="generator" content="Joomla! - Open Source Content Management" />', [], None),
])
def test_marks_in_pages_and_headers(html, headers, profile):
    found = recognise(html, headers)
    assert (found.profile if found else None) == profile
