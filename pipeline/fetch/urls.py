"""URL hygiene: one spelling per page, which hosts are in scope, which URLs are traps or files.

>>> normalize("HTTP://Example.VN:80/a/./b/../c?utm_source=fb&id=5#top")
'http://example.vn/a/c?id=5'
>>> same_site("www.baonamdinh.vn", {"baonamdinh.vn"})
True
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that track the visitor, not the page: dropped so one page has one URL.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|zarsrc|_ga|mc_cid|mc_eid)$", re.IGNORECASE)
# Session ids in the path (";jsessionid=...") or query make every visit a new URL.
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)
_QUERY_SESSION = re.compile(r"^(?:jsessionid|phpsessid|sessionid|sid|aspsessionid\w*)$", re.IGNORECASE)
# Links to files that are never article pages; not worth a request.
FILE_EXTENSIONS = frozenset(
    "pdf doc docx xls xlsx ppt pptx odt ods rtf zip rar 7z gz tar jpg jpeg png gif webp bmp svg ico "
    "mp3 mp4 avi wmv flv mov wav ogg webm exe msi apk dmg iso css js json txt csv".split()
)
# Longer URLs are generated (filters, session state) rather than linked pages.
MAX_URL_LENGTH = 1000
# A path segment repeated this often ("/a/b/a/b/a/b") comes from relative links looping on themselves.
_MAX_SEGMENT_REPEATS = 3


def normalize(url: str, base: str | None = None) -> str | None:
    """The one spelling of a URL: absolute, lower-case host, no default port, fragment,
    dot segments, tracking or session parameters. None for non-HTTP(S) links.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if port and not (scheme == "http" and port == 80 or scheme == "https" and port == 443):
        host = f"{host}:{port}"
    path = _PATH_SESSION.sub("", parts.path) or "/"
    trailing = path.endswith("/")
    path = posixpath.normpath(path)
    path = "/" if path in (".", "/", "//") else path
    if trailing and not path.endswith("/"):
        path += "/"
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k) and not _QUERY_SESSION.match(k)]
    query = urlencode(pairs, safe="/:@!$'()*,;~")
    return urlunsplit((scheme, host, path, query, ""))


def host_of(url: str) -> str:
    """Host with port, lower case: the unit of politeness and scope."""
    return urlsplit(url).netloc.lower()


def path_and_query(url: str) -> str:
    """What profile link patterns are matched against: "/path?query" (host-independent)."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def same_site(host: str, allowed: set[str] | frozenset[str]) -> bool:
    """In scope: an allowed host, or the same host with or without "www."."""
    host = host.lower()
    bare = host[4:] if host.startswith("www.") else host
    return host in allowed or bare in allowed or f"www.{bare}" in allowed


def is_file_link(url: str) -> bool:
    """A link to a document, image or media file, judged by its extension."""
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    return "." in name and name.rsplit(".", 1)[-1] in FILE_EXTENSIONS


def trap_reason(url: str) -> str | None:
    """Why a URL looks machine-generated rather than linked by an editor, or None."""
    if len(url) > MAX_URL_LENGTH:
        return "url_too_long"
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if segments and max(segments.count(s) for s in set(segments)) >= _MAX_SEGMENT_REPEATS:
        return "repeated_path"
    return None


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
