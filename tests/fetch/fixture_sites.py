"""The fixture sites: one per shipped profile, each a FixtureServer route table plus what a crawl must find.

Pages live in tests/fetch/sites/<profile>/ and carry the seed articles' text in page furniture
written for these tests. Faults are scripted here, next to the page they belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.fetch.server import HTML, FixtureServer, Route

SITES = Path(__file__).resolve().parent / "sites"


def page(site: str, name: str) -> bytes:
    return (SITES / site / name).read_bytes()


@dataclass
class Site:
    profile: str
    start: list[str]  # paths; the test prefixes the server's base URL
    articles: dict[str, str]  # path of each article page -> seed id it carries
    routes: dict[str, Route]
    patterns: list[tuple[str, Route]] = field(default_factory=list)
    never: list[str] = field(default_factory=list)  # paths the crawler must never request
    since: str | None = None
    skipped: dict[str, int] = field(default_factory=dict)  # the crawl summary's expected skips by reason
    errors: dict[str, int] = field(default_factory=dict)  # ... and errors by reason
    duplicates: int = 0

    def server(self, delay: float = 0.0) -> FixtureServer:
        return FixtureServer(self.routes, self.patterns, delay=delay)


ROBOTS = "text/plain; charset=utf-8"


def provincial_newspaper() -> Site:
    s = "provincial_newspaper"
    a001 = "/channel/5085/202303/cum-thi-dua-cac-huyen-thanh-pho-ky-ket-giao-uoc-thi-dua-nam-2023-2618591/"
    a002 = "/channel/5085/202002/khoi-thi-dua-cac-co-quan-dang-thuoc-tinh-uy-phat-dong-phong-trao-thi-dua-nam-2020-2409876/"
    alias = a002.replace("/5085/", "/5091/")
    blocked = "/channel/9999/202303/tai-lieu-hoi-nghi-cum-thi-dua-noi-bo-2618600/"
    offsite = "/channel/5085/202303/toan-van-chuong-trinh-hanh-dong-cua-cum-thi-dua-2618602/"
    pdf = "/channel/5085/202301/ke-hoach-to-chuc-phong-trao-thi-dua-nam-2023-2600150/"
    listing2 = page(s, "listing_2.html")

    def later_page(path: str) -> bytes:
        # Every "next" page exists: page N shows the last real page and links page N+1 (a pagination trap).
        n = int(re.search(r"page=(\d+)", path).group(1))
        return listing2.replace(b'page=3"', f'page={n + 1}"'.encode())

    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /channel/9999/\nDisallow: /tim-kiem/\n", ROBOTS),
        "/channel/5085/": Route(page(s, "listing_1.html")),
        "/channel/5085/?page=2": Route(listing2, fail_first=1, fail_status=429, retry_after="1"),
        a001: Route(page(s, "article_001.html"), fail_first=1, fail_status=503),
        a002: Route(page(s, "article_002.html")),
        alias: Route(page(s, "article_002.html")),
        blocked: Route(b"<html><body>N\xe1\xbb\x99i b\xe1\xbb\x99</body></html>"),
        offsite: Route(redirect="{other}" + offsite),
        pdf: Route(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "application/pdf"),
    }
    return Site(s, ["/channel/5085/"], {a001: "001", a002: "002"}, routes,
                patterns=[(r"/channel/5085/\?page=(?:[3-9]|\d\d+)", Route(later_page))],
                never=[blocked], skipped={"robots": 1, "offsite_redirect": 1, "not_html": 1}, duplicates=1)


def joomla_k2() -> Site:
    s = "joomla_k2"
    cat = "/index.php/tin-tuc/itemlist/category/5-tin-tong-hop"
    item = ("/index.php/tin-tuc/tin-tong-hop/item/1234-cum-thi-dua-cac-huyen-thanh-pho-to-chuc-hoi-nghi-"
            "tong-ket-phong-trao-thi-dua-nam-2019")
    loop_a = "/index.php/tin-tuc/tin-tong-hop/item/1240-lich-tiep-cong-dan-dinh-ky-thang-1-nam-2020"
    loop_b = "/index.php/tin-tuc/item/1240-lich-tiep-cong-dan-dinh-ky-thang-1-nam-2020"

    def month(path: str) -> bytes:
        # The K2 calendar: every month links the next one, for ever.
        y, m = (int(x) for x in re.search(r"/date/(\d+)/(\d+)", path).groups())
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        return (f'<html><body><div class="k2CalendarBlock"><a href="/index.php/tin-tuc/itemlist/date/{ny}/{nm}?catid=5">'
                f"&raquo;</a></div></body></html>").encode()

    robots = ("User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\n"
              "Disallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
              "Disallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\n"
              "Disallow: /plugins/\nDisallow: /tmp/\n").encode()
    routes = {
        "/robots.txt": Route(robots, ROBOTS),
        cat: Route(page(s, "category.html")),
        cat + "?start=0": Route(page(s, "category.html")),
        cat + "?start=10": Route(page(s, "category_start10.html")),
        # The server says ISO-8859-1 in the header and the meta tag, but sends UTF-8.
        item: Route(page(s, "item_1234.html"), "text/html; charset=iso-8859-1"),
        loop_a: Route(redirect=loop_b),
        loop_b: Route(redirect=loop_a),
    }
    return Site(s, [cat], {item: "003"}, routes,
                patterns=[(r"/index\.php/tin-tuc/itemlist/date/.*", Route(month))],
                never=["/index.php/tin-tuc/itemlist/date/"], errors={"redirect_loop": 1})


def gov_portal() -> Site:
    s = "gov_portal"
    art = "/tin-tuc/cum-thi-dua-cac-huyen-thi-xa-thanh-pho-to-chuc-hoi-nghi-ky-ket-giao-uoc-thi-dua-nam-2020-3512.html"
    slow = "/tin-tuc/lich-lam-viec-cua-lanh-dao-ubnd-tinh-tu-ngay-16-3-den-20-3-2020-3520.html"
    huge = "/tin-tuc/bao-cao-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2019-3498.html"
    # An old portal: pages in TCVN3 (".VnTime" fonts), the header naming no charset at all.
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /admin/\n", ROBOTS),
        "/thi-dua-khen-thuong/": Route(page(s, "listing.tcvn3.html"), "text/html"),
        art: Route(page(s, "article_3512.tcvn3.html"), "text/html"),
        slow: Route(page(s, "listing.tcvn3.html"), "text/html", delay=1.5),
        huge: Route(content_type=HTML, stream_bytes=20 * 1024 * 1024),
    }
    return Site(s, ["/thi-dua-khen-thuong/"], {art: "004"}, routes, never=["/admin/"],
                skipped={"too_large": 1}, errors={"timeout": 1})


def liferay_portal() -> Site:
    s = "liferay_portal"
    listing = "/web/guest/thi-dua-khen-thuong"
    art = ("/web/guest/thi-dua-khen-thuong/-/asset_publisher/Tdkt2020/content/"
           "khoi-thi-dua-cac-co-quan-ang-thuoc-tinh-uy-phat-dong-phong-trao-thi-dua-nam-2020")
    old = "/web/guest/thi-dua-khen-thuong/-/asset_publisher/Tdkt2020/content/so-ket-phong-trao-thi-dua-6-thang-dau-nam-2019"
    older = ("/web/guest/thi-dua-khen-thuong/-/asset_publisher/Tdkt2020/content/"
             "hoi-nghi-tap-huan-nghiep-vu-thi-dua-khen-thuong-nam-2019")
    feed = listing + "/-/asset_publisher/Tdkt2020/rss"
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /c/\nDisallow: /group/\n", ROBOTS),
        listing: Route(page(s, "listing_1.html")),
        listing + "?_101_INSTANCE_Tdkt2020_cur=1": Route(page(s, "listing_1.html")),
        listing + "?_101_INSTANCE_Tdkt2020_cur=2": Route(page(s, "listing_2.html")),
        feed: Route(page(s, "feed.rss"), "application/rss+xml; charset=utf-8"),
        art: Route(page(s, "article.html")),
    }
    # The 2019 items lie before --since: listed with their dates, they must not be fetched.
    return Site(s, [listing, feed], {art: "002"}, routes, never=[old, older, "/c/portal/login"], since="2020-01-01",
                skipped={"out_of_range": 2})


def sharepoint_portal() -> Site:
    s = "sharepoint_portal"
    listing = "/Trang/TinTuc.aspx?dm=5"
    art = "/Trang/ChiTietTinTuc.aspx?nid=3512"
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n", ROBOTS),
        listing: Route(page(s, "listing.html")),
        art: Route(page(s, "article_3512.html")),
        "/Trang/ChiTietTinTuc.aspx?nid=3498": Route(page(s, "article_3498.html")),
    }
    # "&Page=N" answers for every N with the same list and a "next" link: a pagination trap.
    return Site(s, [listing], {art: "004"}, routes,
                patterns=[(r"/Trang/TinTuc\.aspx\?dm=5&Page=\d+", Route(page(s, "listing.html")))],
                never=["/_layouts/"])


def websphere_portal() -> Site:
    s = "websphere_portal"
    listing = "/wps/portal/tinhnamdinh/tin-tuc/thi-dua-khen-thuong"
    art = ("/wps/portal/tinhnamdinh/tin-tuc/chi-tiet?WCM_GLOBAL_CONTEXT=/wps/wcm/connect/namdinh/tin-tuc/"
           "thi-dua-khen-thuong/cum-thi-dua-cac-huyen-thanh-pho-tong-ket-phong-trao-thi-dua-nam-2019")
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /wps/myportal/\n", ROBOTS),
        listing: Route(page(s, "listing.html")),
        # The breadcrumb's parent category lists the same news.
        "/wps/portal/tinhnamdinh/tin-tuc": Route(page(s, "listing.html")),
        art: Route(page(s, "article.html")),
    }
    return Site(s, [listing], {art: "000"}, routes, never=["/wps/myportal"])


def generic() -> Site:
    s = "generic"
    art = "/2023/03/30/cum-thi-dua-cac-huyen-thanh-pho-ky-ket-giao-uoc-thi-dua-nam-2023/"
    xml = "application/xml; charset=utf-8"
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                             b"Sitemap: {base}/sitemap_index.xml\n", ROBOTS),
        "/": Route(page(s, "home.html")),
        "/sitemap_index.xml": Route(page(s, "sitemap_index.xml"), xml),
        "/post-sitemap.xml": Route(page(s, "post-sitemap.xml"), xml),
        "/category-sitemap.xml": Route(page(s, "category-sitemap.xml"), xml),
        art: Route(page(s, "article.html")),
    }
    return Site(s, ["/"], {art: "001"}, routes, never=["/wp-admin/", "/wp-login.php"])


def many_articles(pages: int = 3, per_page: int = 8) -> Site:
    """A bigger newspaper section for the kill-and-resume test; the articles' text is written for the test."""
    routes = {"/robots.txt": Route(b"User-agent: *\nAllow: /\n", ROBOTS)}
    articles = {}
    for p in range(1, pages + 1):
        items = []
        for k in range(per_page):
            i = (p - 1) * per_page + k + 1
            path = f"/channel/7000/202401/xa-so-{i}-tong-ket-phong-trao-thi-dua-nam-2023-{3000000 + i}/"
            title = f"Xã số {i} tổng kết phong trào thi đua năm 2023"
            routes[path] = Route(_own_article(i, title).encode())
            articles[path] = str(i)
            items.append(f'<li><h3><a href="{path}">{title}</a></h3><span class="time">{1 + i % 28:02d}/01/2024</span></li>')
        nav = f'<a rel="next" href="/channel/7000/?page={p + 1}">Trang sau</a>' if p < pages else ""
        html = (f'<html><head><meta charset="utf-8"><title>Thi đua - trang {p}</title></head><body>'
                f'<nav class="menu"><a href="/">Trang chủ</a></nav><div class="main-col"><ul class="list-news">'
                f'{"".join(items)}</ul><div class="pagination">{nav}</div></div></body></html>')
        routes["/channel/7000/" if p == 1 else f"/channel/7000/?page={p}"] = Route(html.encode())
    return Site("provincial_newspaper", ["/channel/7000/"], articles, routes)


def _own_article(i: int, title: str) -> str:
    day = 1 + i % 28
    return f"""<html><head><meta charset="utf-8"><title>{title}</title><meta property="og:title" content="{title}"></head>
<body><nav class="menu"><a href="/">Trang chủ</a></nav><div class="main-col">
<h1 class="detail-title">{title}</h1><div class="date-time">{8 + i % 10:02d}:15, {day:02d}/01/2024</div>
<div class="detail-content">
<p>Sáng {day}-1, Ủy ban nhân dân xã số {i} tổ chức hội nghị tổng kết phong trào thi đua năm 2023 và triển khai nhiệm vụ năm 2024.</p>
<p>Năm qua, các thôn, xóm trong xã đã hoàn thành {70 + i} chỉ tiêu về xây dựng nông thôn mới, cải cách hành chính và chăm lo đời sống nhân dân. Hội nghị biểu dương các tập thể, cá nhân có nhiều đóng góp cho phong trào.</p>
<p>Các đại biểu thống nhất phương hướng thi đua năm 2024, tập trung vào chuyển đổi số và giữ gìn cảnh quan môi trường.</p>
<p style="text-align: right;"><strong>Tin, ảnh: Phóng viên {i}</strong></p>
</div></div></body></html>"""


ALL = {"provincial_newspaper": provincial_newspaper, "joomla_k2": joomla_k2, "gov_portal": gov_portal,
       "liferay_portal": liferay_portal, "sharepoint_portal": sharepoint_portal,
       "websphere_portal": websphere_portal, "generic": generic}
