"""Fixture sites nobody wrote a profile for, served on 127.0.0.1: the crawl has to find its own way.

- `liferay_unknown_layout`: a provincial portal on Liferay with a theme and URL names no profile
  knows (short article slugs, a "Trang sau" pager in div.paging), an RFC 9309 robots.txt with
  wildcards and an Allow inside a Disallow, an article in TCVN3, an article answering 503 once,
  and a work-calendar portlet whose "»" link goes on month after month.
- `custom_cms`: a portal on a home-grown CMS whose article URLs no generic rule knows; its
  listings are repeated blocks of headlines, next to menus, a box of links to other portals and
  a block of sub-section links (which look like headlines but lead to no article).
- `javascript_shell`: a site whose pages are filled in by JavaScript: nothing to find.

Every page and sentence here is written for these tests, in the shape of real pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.clean.encodings import encode_as
from tests.fetch.server import FixtureServer, Route

ROBOTS = "text/plain; charset=utf-8"

# (short slug, headline, lead sentence): the portal's articles, in listing order.
PORTAL_ARTICLES = [
    ("ky-ket-khoi-dang", "Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2024",
     "Sáng 5-3, Khối thi đua các cơ quan Đảng của tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024."),
    ("cum-phia-nam", "Cụm thi đua các huyện phía Nam tổng kết công tác năm 2023",
     "Chiều 8-1, Cụm thi đua các huyện phía Nam tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."),
    ("co-chinh-phu", "Trao Cờ thi đua của Chính phủ cho Công an tỉnh",
     "Ngày 20-2, Công an tỉnh tổ chức lễ đón nhận Cờ thi đua của Chính phủ vì thành tích dẫn đầu phong trào."),
    ("so-ket-anqt", "Sơ kết 6 tháng phong trào thi đua Vì an ninh Tổ quốc",
     "Sáng 10-7, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc của tỉnh sơ kết công tác 6 tháng."),
    ("tap-huan", "Hội nghị tập huấn nghiệp vụ thi đua, khen thưởng năm 2024",
     "Trong hai ngày 14 và 15-3, Ban Thi đua - Khen thưởng tỉnh mở lớp tập huấn nghiệp vụ cho cán bộ cơ sở."),
    ("dan-van-kheo", "Biểu dương điển hình tiên tiến trong phong trào Dân vận khéo",
     "Ngày 12-4, Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương các mô hình Dân vận khéo tiêu biểu."),
    ("nha-giao", "Ngành Giáo dục phát động thi đua chào mừng ngày Nhà giáo Việt Nam",
     "Sở Giáo dục và Đào tạo vừa phát động đợt thi đua cao điểm chào mừng ngày Nhà giáo Việt Nam 20-11."),
    ("dot-xuat", "Khen thưởng đột xuất tập thể có thành tích cứu hộ sau bão",
     "Chủ tịch Ủy ban nhân dân tỉnh vừa ký quyết định khen thưởng đột xuất các tập thể tham gia cứu hộ sau bão."),
    ("dai-hoi", "Đại hội Thi đua yêu nước cấp huyện lần thứ VI thành công tốt đẹp",
     "Sáng 25-9, huyện tổ chức Đại hội Thi đua yêu nước lần thứ VI với sự tham dự của 250 đại biểu."),
    ("noi-bo-cong-khai", "Công khai kết quả bình xét thi đua nội bộ năm 2024",
     "Hội đồng Thi đua - Khen thưởng cơ quan thông báo công khai kết quả bình xét danh hiệu thi đua năm 2024."),
]
# Listed like the others, but robots.txt disallows it with a wildcard rule.
PORTAL_DISALLOWED = ("noi-bo-tai-lieu", "Tài liệu hội nghị cụm thi đua dành cho các đơn vị thành viên",
                     "Tài liệu phục vụ hội nghị chỉ dành cho các đơn vị thành viên của cụm.")
PORTAL_LEGACY = "dot-xuat"  # served in TCVN3 with no charset anywhere
PORTAL_BUSY = "dai-hoi"  # answers 503 once
PORTAL_INSTANCE = "kT7pQ2"
PORTAL_PER_PAGE = 4


def portal_article_path(slug: str) -> str:
    return f"/tin-tuc/-/asset_publisher/{PORTAL_INSTANCE}/content/{slug}"


def _body(title: str, lead: str, n: int) -> str:
    paragraphs = [
        lead,
        f"Báo cáo tại hội nghị cho biết, năm qua các đơn vị đã bám sát kế hoạch, triển khai {n + 3} phong trào "
        "thi đua chuyên đề gắn với nhiệm vụ chính trị, tạo khí thế sôi nổi trong cán bộ, công chức và người lao động.",
        "Công tác khen thưởng được thực hiện kịp thời, đúng người, đúng thành tích; nhiều mô hình hay, cách làm "
        "sáng tạo được phát hiện, bồi dưỡng và nhân rộng trong toàn tỉnh.",
        "Phát biểu tại hội nghị, lãnh đạo Ban Thi đua - Khen thưởng tỉnh đề nghị các đơn vị tiếp tục đổi mới nội "
        "dung, hình thức tổ chức phong trào, chú trọng khen thưởng người lao động trực tiếp.",
    ]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _liferay_head(title: str) -> str:
    return (f'<head><meta charset="utf-8"><title>{title} - Cổng thông tin điện tử tỉnh</title>'
            f'<meta property="og:title" content="{title}">'
            '<script src="/o/frontend-js-web/liferay/global.bundle.js"></script>'
            '<script>var themeDisplay = Liferay.ThemeDisplay = {getLanguageId: function() {return "vi_VN";}};</script>'
            "</head>")


_PORTAL_MENU = ('<header class="dau-trang"><a href="/trang-chu">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> '
                '<a href="/tin-tuc">Tin tức</a> <a href="/van-ban">Văn bản</a> <a href="/c/portal/login">Đăng nhập</a>'
                "</header>")


def _calendar(month: tuple[int, int]) -> str:
    """The work-calendar portlet: "»" to the next month, for ever; day numbers to each day."""
    y, m = month
    nxt = (y + 1, 1) if m == 12 else (y, m + 1)
    prev = (y - 1, 12) if m == 1 else (y, m - 1)
    days = "".join(f'<td><a href="/lich-cong-tac?ngay={y}-{m:02d}-{d:02d}">{d}</a></td>' for d in range(1, 29))
    return (f'<div class="portlet-boundary portlet-boundary_8_ lich-cong-tac" id="p_p_id_8_"><div class="lich">'
            f'<a href="/lich-cong-tac?thang={prev[0]}-{prev[1]:02d}">«</a> Tháng {m}/{y} '
            f'<a href="/lich-cong-tac?thang={nxt[0]}-{nxt[1]:02d}">»</a><table><tr>{days}</tr></table></div></div>')


def _portal_listing(page: int, pages: int) -> str:
    listed = PORTAL_ARTICLES[:]
    listed.insert(3, PORTAL_DISALLOWED)
    items = listed[(page - 1) * PORTAL_PER_PAGE: page * PORTAL_PER_PAGE]
    blocks = "".join(
        f'<div class="tin-item"><a class="anh" href="{portal_article_path(slug)}"><img src="/documents/20143/{n}/anh.jpg"></a>'
        f'<h4 class="tieu-de"><a href="{portal_article_path(slug)}">{title}</a></h4>'
        f'<span class="ngay">{10 + n:02d}/03/2024</span><p class="tom-tat">{lead}</p>'
        f'<a class="in-bai" href="{portal_article_path(slug)}?in=1">In bài</a></div>'
        for n, (slug, title, lead) in enumerate(items))
    numbers = " ".join(f'<a href="/tin-tuc?_101_INSTANCE_{PORTAL_INSTANCE}_cur={k}">{k}</a>' if k != page
                       else f'<span class="hien-tai">{k}</span>' for k in range(1, pages + 1))
    nxt = (f' <a href="/tin-tuc?_101_INSTANCE_{PORTAL_INSTANCE}_cur={page + 1}">Trang sau</a>' if page < pages else "")
    return (f"<!DOCTYPE html><html>{_liferay_head('Tin tức')}<body>{_PORTAL_MENU}"
            f'<div class="khung-chinh"><div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_INSTANCE_{PORTAL_INSTANCE}_">'
            f'<h2 class="tieu-de-muc">Tin tức - Sự kiện</h2><div class="danh-sach-tin">{blocks}</div>'
            f'<div class="paging">{numbers}{nxt}</div></div>{_calendar((2024, 3))}</div>'
            '<footer class="chan-trang">Cổng thông tin điện tử tỉnh. Phát triển trên nền Liferay.</footer></body></html>')


def _portal_article(slug: str, title: str, lead: str, n: int) -> str:
    return (f"<!DOCTYPE html><html>{_liferay_head(title)}<body>{_PORTAL_MENU}"
            f'<div class="khung-chinh"><div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_INSTANCE_{PORTAL_INSTANCE}_">'
            f'<div class="chi-tiet"><h1 class="tieu-de-bai">{title}</h1>'
            f'<div class="thoi-gian">Ngày đăng: {10 + n:02d}/03/2024 08:30</div>'
            f'<div class="journal-content-article">{_body(title, lead, n)}'
            f'<p class="tac-gia" style="text-align: right;"><strong>Phòng Thông tin</strong></p></div>'
            f'<div class="tin-khac"><h3>Tin khác</h3><ul>'
            + "".join(f'<li><a href="{portal_article_path(s)}">{t}</a></li>' for s, t, _ in PORTAL_ARTICLES[:3])
            + f"</ul></div></div></div>{_calendar((2024, 3))}</div></body></html>")


def _calendar_page(path: str) -> bytes:
    y, m = (int(x) for x in re.search(r"thang=(\d{4})-(\d{2})", path).groups())
    return (f"<!DOCTYPE html><html>{_liferay_head('Lịch công tác')}<body>{_PORTAL_MENU}"
            f"<h2>Lịch công tác tháng {m}/{y}</h2>{_calendar((y, m))}</body></html>").encode()


@dataclass
class UnprofiledSite:
    start: str  # path of the start page
    routes: dict[str, Route]
    patterns: list[tuple[str, Route]] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # article path -> its headline

    def server(self) -> FixtureServer:
        return FixtureServer(self.routes, self.patterns)


def liferay_unknown_layout() -> UnprofiledSite:
    pages = -(-(len(PORTAL_ARTICLES) + 1) // PORTAL_PER_PAGE)
    liferay = {"Liferay-Portal": "Liferay Community Edition Portal 7.4.3 GA112"}
    robots = ("User-agent: *\n"
              "Disallow: /c/\n"
              "Disallow: /*?in=\n"  # print views of every page
              "Disallow: /tin-tuc/-/asset_publisher/*/content/noi-bo-\n"
              "Allow: /tin-tuc/-/asset_publisher/*/content/noi-bo-cong-khai$\n"  # longer, so it wins; $: not its print view
              "Disallow: /*/print$\n").encode()
    routes = {"/robots.txt": Route(robots, ROBOTS),
              "/tin-tuc": Route(_portal_listing(1, pages).encode(), headers=liferay)}
    for k in range(1, pages + 1):
        routes[f"/tin-tuc?_101_INSTANCE_{PORTAL_INSTANCE}_cur={k}"] = Route(_portal_listing(k, pages).encode(),
                                                                            headers=liferay)
    titles = {}
    for n, (slug, title, lead) in enumerate([*PORTAL_ARTICLES, PORTAL_DISALLOWED]):
        html = _portal_article(slug, title, lead, n)
        path = portal_article_path(slug)
        if slug == PORTAL_LEGACY:
            # An article carried over from the old portal: TCVN3 bytes, no charset in header or page.
            routes[path] = Route(encode_as(html.replace('<meta charset="utf-8">', ""), "tcvn3"), "text/html",
                                 headers=liferay)
        elif slug == PORTAL_BUSY:
            routes[path] = Route(html.encode(), headers=liferay, fail_first=1, fail_status=503)
        else:
            routes[path] = Route(html.encode(), headers=liferay)
        if (slug, title, lead) != PORTAL_DISALLOWED:
            titles[path] = title
    patterns = [(r"/lich-cong-tac\?thang=\d{4}-\d{2}", Route(_calendar_page))]
    return UnprofiledSite("/tin-tuc", routes, patterns, titles)


# --- a home-grown CMS: only the structure of its pages tells where the articles are ----------------

CMS_ARTICLES = [
    ("/tin/ky-ket-giao-uoc", "Các cụm, khối thi đua của tỉnh ký kết giao ước thi đua năm 2025"),
    ("/tin/trao-huan-chuong", "Trao Huân chương Lao động hạng Nhì cho Trường Trung học phổ thông chuyên"),
    ("/tin/tong-ket-khoi-doanh-nghiep", "Khối thi đua các doanh nghiệp tổng kết công tác thi đua năm 2024"),
    ("/tin/phat-dong-chuyen-doi-so", "Phát động phong trào thi đua chuyển đổi số trong các cơ quan nhà nước"),
    ("/tin/bieu-duong-nguoi-tot", "Biểu dương 45 gương người tốt, việc tốt tiêu biểu trên địa bàn tỉnh"),
    ("/tin/so-ket-nong-thon-moi", "Sơ kết phong trào thi đua chung sức xây dựng nông thôn mới giai đoạn một"),
    ("/tin/khen-thuong-the-thao", "Khen thưởng các vận động viên đạt thành tích cao tại Đại hội Thể thao"),
    ("/tin/hoi-nghi-cum-mien-nui", "Hội nghị Cụm thi đua các huyện miền núi bàn giao nhiệm vụ cụm trưởng"),
    ("/tin/le-don-co-thi-dua", "Lễ đón nhận Cờ thi đua của Ủy ban nhân dân tỉnh tại xã Đông Sơn"),
]
CMS_SECTIONS = [
    ("/chuyen-de/cum-khoi", "Hoạt động của các cụm, khối thi đua trong toàn tỉnh"),
    ("/chuyen-de/dien-hinh", "Gương điển hình tiên tiến và người tốt việc tốt"),
    ("/chuyen-de/van-ban", "Văn bản chỉ đạo về công tác thi đua, khen thưởng"),
]
CMS_PER_PAGE = 5


def _cms_menu() -> str:
    return ('<div id="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/lien-he">Liên hệ</a> '
            '<a href="/hoi-dap">Hỏi đáp</a></div>')


def _cms_listing(page: int, pages: int) -> str:
    items = CMS_ARTICLES[(page - 1) * CMS_PER_PAGE: page * CMS_PER_PAGE]
    blocks = "".join(f'<div class="box"><a class="tieude" href="{path}">{title}</a>'
                     f'<div class="ngay">Cập nhật: {2 + n:02d}/01/2025</div></div>' for n, (path, title) in enumerate(items))
    sections = "".join(f'<li class="muc"><a href="{path}">{title}</a></li>' for path, title in CMS_SECTIONS)
    portals = "".join(f'<li><a href="http://{host}.example.gov.vn/">Cổng thông tin điện tử của {name} tỉnh</a></li>'
                      for host, name in (("sonv", "Sở Nội vụ"), ("sgd", "Sở Giáo dục và Đào tạo"),
                                         ("syt", "Sở Y tế"), ("stc", "Sở Tài chính")))
    pager = " ".join(f'<a href="/tin?page={k}">{k}</a>' for k in range(1, pages + 1) if k != page)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức - Ban Thi đua - Khen thưởng</title>'
            f"</head><body>{_cms_menu()}<table><tr><td class='trai'><h2>Tin tức</h2>{blocks}"
            f'<div class="trang">{pager}</div></td><td class="phai"><h3>Chuyên đề</h3><ul>{sections}</ul>'
            f"<h3>Liên kết website</h3><ul>{portals}</ul></td></tr></table></body></html>")


def _cms_article(path: str, title: str, n: int) -> str:
    lead = f"Sáng {3 + n}-1, {title[0].lower() + title[1:]}, với sự tham dự của lãnh đạo các sở, ngành của tỉnh."
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body>{_cms_menu()}<table><tr><td class='trai'>"
            f'<h1 class="tieude-bai">{title}</h1><div class="ngay">Cập nhật: {2 + n:02d}/01/2025</div>'
            f'<div class="nd">{_body(title, lead, n)}</div>'
            f"</td></tr></table></body></html>")


def _cms_section(title: str) -> str:
    teasers = "".join(f'<li><a href="/van-ban/so-{k}">Văn bản số {k}</a></li>' for k in range(1, 4))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{_cms_menu()}'
            f"<h1>{title}</h1><ul>{teasers}</ul></body></html>")


def custom_cms() -> UnprofiledSite:
    pages = -(-len(CMS_ARTICLES) // CMS_PER_PAGE)
    routes = {"/robots.txt": Route(b"User-agent: *\nDisallow: /quan-tri/\n", ROBOTS),
              "/tin": Route(_cms_listing(1, pages).encode())}
    for k in range(1, pages + 1):
        routes[f"/tin?page={k}"] = Route(_cms_listing(k, pages).encode())
    for n, (path, title) in enumerate(CMS_ARTICLES):
        routes[path] = Route(_cms_article(path, title, n).encode())
    for path, title in CMS_SECTIONS:
        routes[path] = Route(_cms_section(title).encode())
    return UnprofiledSite("/tin", routes, titles=dict(CMS_ARTICLES))


def javascript_shell() -> UnprofiledSite:
    shell = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tuc</title>'
             b'<script src="/static/app.js"></script></head><body><div id="app"></div></body></html>')
    return UnprofiledSite("/", {"/robots.txt": Route(b"User-agent: *\nAllow: /\n", ROBOTS), "/": Route(shell)})
