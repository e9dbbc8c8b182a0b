"""Site profiles as data: `patterns/sites/<name>.yaml`, loaded, validated and compiled once.

A profile names a site (or a family of sites on one platform), its start pages, which links
are articles, listings and pagination, the selectors for title, date, author and body, the
furniture to drop, and the site's date formats. A profile may `extend` another; mappings
merge key by key and lists replace (except the pagination lists, which add to the inherited ones),
so a new site of a family is a few lines:

    name: example_portal
    description: Cổng thông tin điện tử tỉnh X (Liferay)
    extends: liferay_portal
    hosts: [portal.example.gov.vn]
    start: [https://portal.example.gov.vn/web/guest/thi-dua-khen-thuong]

Unknown keys are errors naming the file and the key; every error of a file is reported at once.
Link rules, date formats and platform signatures carry examples, which the loader checks.

A platform profile may say how to recognise the platform from a page (`detect`: signatures in
the HTML or the response headers); that is how a crawl of a bare URL finds its profile. A
profile's signatures are its own, never inherited, so a site profile extending a platform
profile does not compete with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import soupsieve
import yaml

from pipeline.core import patterns
from pipeline.core.dates import find_dates
from pipeline.fetch.urls import host_of, normalize, path_and_query

START_KINDS = ("listing", "feed", "sitemap")
# The profile of a site nobody described; every other profile extends it.
GENERIC = "generic"
SELECTOR_FIELDS = ("title", "published", "author", "body", "drop")
_RULE_KEYS = {"id", "regex", "examples", "note"}
_DATE_KEYS = {"id", "regex", "examples", "note"}
_SIGN_KEYS = {"id", "regex", "examples", "note", "at_least"}
# The allowed keys of a profile, by level; a mapping value lists the keys one level down.
_SCHEMA: dict[str, Any] = {
    "name": None, "description": None, "extends": None, "hosts": None, "start": None,
    "robots_sitemaps": None, "dates": None, "detect": None,
    "links": {"article": None, "listing": None, "exclude": None, "pagination": None, "next_text": None,
              "page_url": None, "listing_area": None, "from_articles": None},
    "selectors": {name: None for name in SELECTOR_FIELDS},
}
# Lists that add to those of the profile extended instead of replacing them: a site's own pager
# selectors come on top of the generic ways to find the next page, never instead of them.
_ACCUMULATE = {("links", "pagination"), ("links", "next_text"), ("links", "page_url")}
_ISO = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?")


class ProfileError(ValueError):
    """A profile that does not load; the message lists every problem with file and key."""


def sites_dir() -> Path:
    return patterns.PATTERN_DIR / "sites"


@dataclass(frozen=True)
class LinkRule:
    id: str
    regex: re.Pattern[str]
    examples: tuple[str, ...]


@dataclass(frozen=True)
class DateFormat:
    """A date as the site prints it; named groups d, m, y and optionally H, M (hour, minute)."""

    id: str
    regex: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]  # (text, expected ISO value)

    def parse(self, text: str) -> str | None:
        found = self.regex.search(text)
        return _iso(found) if found else None


@dataclass(frozen=True)
class Signature:
    """A mark a platform leaves on its pages: regex over the response headers ("Name: value" lines) and the HTML."""

    id: str
    regex: re.Pattern[str]
    examples: tuple[str, ...]
    at_least: int = 1  # occurrences needed (link shapes need several; a generator tag needs one)

    def holds(self, text: str) -> bool:
        found = 0
        for _ in self.regex.finditer(text):
            found += 1
            if found >= self.at_least:
                return True
        return False


@dataclass(frozen=True)
class StartPage:
    url: str
    kind: str  # listing | feed | sitemap


@dataclass(frozen=True)
class SiteProfile:
    name: str
    description: str
    hosts: frozenset[str]
    start: tuple[StartPage, ...]
    robots_sitemaps: bool
    article: tuple[LinkRule, ...]
    listing: tuple[LinkRule, ...]
    exclude: tuple[LinkRule, ...]
    pagination: tuple[str, ...]
    listing_area: tuple[str, ...]
    from_articles: bool
    selectors: dict[str, tuple[str, ...]] = field(compare=False)
    dates: tuple[DateFormat, ...] = ()
    next_text: tuple[LinkRule, ...] = ()  # texts of "next page" links ("Trang sau", "»")
    page_url: tuple[LinkRule, ...] = ()  # URLs of numbered pages of a listing ("?page=2", "_cur=2")
    detect: tuple[Signature, ...] = ()
    files: tuple[str, ...] = ()  # the YAML files it was built from, most specific first

    def _matches(self, rules: tuple[LinkRule, ...], url: str) -> LinkRule | None:
        target = path_and_query(url)
        return next((r for r in rules if r.regex.search(target)), None)

    def is_article(self, url: str) -> bool:
        return self._matches(self.article, url) is not None and not self.is_excluded(url)

    def is_listing(self, url: str) -> bool:
        return self._matches(self.listing, url) is not None and not self.is_excluded(url)

    def is_excluded(self, url: str) -> bool:
        return self._matches(self.exclude, url) is not None

    def is_page_url(self, url: str) -> bool:
        return self._matches(self.page_url, url) is not None

    def is_next_text(self, text: str) -> bool:
        return any(rule.regex.search(text) for rule in self.next_text)

    def selectors_json(self) -> str:
        """The selectors as the archive records them for the cleaner (fields without selectors left out)."""
        return json.dumps({name: list(values) for name, values in self.selectors.items() if values},
                          ensure_ascii=False)

    def parse_date(self, text: str) -> str | None:
        """The first date in `text`: the site's formats first, then ISO, then any full Vietnamese date.

        Returns "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
        """
        for fmt in self.dates:
            found = fmt.parse(text)
            if found:
                return found
        iso = _ISO.search(text)
        if iso:
            return _iso(iso)
        for d in find_dates(text, partial=False):
            if d.year:
                try:
                    return date(d.year, d.month, d.day).isoformat()
                except ValueError:
                    continue
        return None

    def with_start(self, urls: list[str]) -> SiteProfile:
        """This profile crawling `urls` instead of its own start pages; their hosts join the scope."""
        pages = []
        for url in urls:
            norm = normalize(url)
            if not norm:
                raise ProfileError(f"not an http(s) URL: {url}")
            pages.append(StartPage(norm, guess_kind(norm)))
        return replace(self, start=tuple(pages), hosts=self.hosts | {host_of(p.url) for p in pages})


def guess_kind(url: str) -> str:
    """Feed or sitemap by the look of the URL; the crawler also sniffs what comes back."""
    low = url.lower()
    if "sitemap" in low or low.endswith((".xml", ".xml.gz")):
        return "sitemap"
    if any(k in low for k in ("/rss", ".rss", "/feed", "atom")):
        return "feed"
    return "listing"


def _iso(found: re.Match[str]) -> str | None:
    groups = found.groupdict()
    try:
        day = date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    except (TypeError, ValueError):
        return None
    if groups.get("H") and groups.get("M"):
        return f"{day.isoformat()}T{int(groups['H']):02d}:{int(groups['M']):02d}"
    return day.isoformat()


# --- loading ---------------------------------------------------------------------------

def _read(name: str) -> tuple[Path, dict[str, Any]]:
    path = sites_dir() / f"{name}.yaml"
    if not path.exists():
        known = ", ".join(available()) or "none"
        raise ProfileError(f"no site profile {name!r} in {sites_dir()} (known: {known})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProfileError(f"{path}: cannot load: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"{path.name}: top level must be a mapping")
    return path, data


def _unknown_keys(data: dict[str, Any], schema: dict[str, Any], where: str) -> list[str]:
    errors = []
    for key, value in data.items():
        if key not in schema:
            errors.append(f"{where}: unknown key {key!r} (known: {', '.join(schema)})")
        elif isinstance(schema[key], dict):
            if not isinstance(value, dict):
                errors.append(f"{where}:{key}: must be a mapping")
            else:
                errors += _unknown_keys(value, schema[key], f"{where}:{key}")
    return errors


def _merge(base: dict[str, Any], child: dict[str, Any], path: tuple[str, ...] = ()) -> dict[str, Any]:
    out = dict(base)
    for key, value in child.items():
        here = (*path, key)
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            out[key] = _merge(base[key], value, here)
        elif here in _ACCUMULATE and isinstance(value, list) and isinstance(base.get(key), list):
            out[key] = _union(base[key], value)
        else:
            out[key] = value
    return out


def _union(inherited: list[Any], own: list[Any]) -> list[Any]:
    """The profile's own entries first, then the inherited ones; a rule with an inherited rule's id replaces it."""
    ids = {item.get("id") for item in own if isinstance(item, dict)}
    kept = [item for item in inherited if not (isinstance(item, dict) and item.get("id") in ids) and item not in own]
    return [*own, *kept]


def _chain(name: str) -> tuple[list[Path], dict[str, Any], list[str]]:
    """The merged data of a profile and its ancestors, with unknown-key errors of every file."""
    paths: list[Path] = []
    layers: list[dict[str, Any]] = []
    errors: list[str] = []
    current: str | None = name
    while current:
        if current in [p.stem for p in paths]:
            raise ProfileError(f"{paths[0].name}: 'extends' loops through {current!r}")
        path, data = _read(current)
        errors += _unknown_keys(data, _SCHEMA, path.name)
        if data.get("name") != path.stem:
            errors.append(f"{path.name}:name: must be {path.stem!r}, the file name")
        paths.append(path)
        layers.append(data)
        current = data.get("extends")
    merged: dict[str, Any] = {}
    for data in reversed(layers):
        merged = _merge(merged, data)
    merged["detect"] = layers[0].get("detect")  # signatures are the profile's own (see the module doc)
    return paths, merged, errors


def _strings(value: Any, where: str, errors: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(f"{where}: must be a list of strings")
        return ()
    return tuple(value)


def _css(value: Any, where: str, errors: list[str]) -> tuple[str, ...]:
    selectors = _strings(value, where, errors)
    for sel in selectors:
        try:
            soupsieve.compile(sel)
        except Exception as exc:  # soupsieve raises several error types for bad syntax
            errors.append(f"{where}: bad CSS selector {sel!r}: {exc}")
    return selectors


def _rules(value: Any, where: str, errors: list[str]) -> tuple[LinkRule, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: must be a list of rules")
        return ()
    out = []
    for n, item in enumerate(value):
        if not isinstance(item, dict):
            errors.append(f"{where}[{n}]: a rule is a mapping with id, regex, examples")
            continue
        here = f"{where}:{item.get('id', n)}"
        unknown = set(item) - _RULE_KEYS
        if unknown:
            errors.append(f"{here}: unknown keys {sorted(unknown)}")
        if not item.get("id") or not item.get("regex"):
            errors.append(f"{here}: needs id and regex")
            continue
        examples = _strings(item.get("examples"), f"{here}:examples", errors)
        if not examples:
            errors.append(f"{here}: needs at least one example URL path")
        try:
            regex = re.compile(item["regex"], re.IGNORECASE)
        except re.error as exc:
            errors.append(f"{here}: bad regex: {exc}")
            continue
        for example in examples:
            if not regex.search(example):
                errors.append(f"{here}: regex does not match its example {example!r}")
        out.append(LinkRule(str(item["id"]), regex, examples))
    return tuple(out)


def _dates(value: Any, where: str, errors: list[str]) -> tuple[DateFormat, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: must be a list of date formats")
        return ()
    out = []
    for n, item in enumerate(value):
        here = f"{where}:{item.get('id', n) if isinstance(item, dict) else n}"
        if not isinstance(item, dict) or not item.get("id") or not item.get("regex"):
            errors.append(f"{here}: a date format is a mapping with id, regex, examples")
            continue
        unknown = set(item) - _DATE_KEYS
        if unknown:
            errors.append(f"{here}: unknown keys {sorted(unknown)}")
        try:
            regex = re.compile(item["regex"], re.IGNORECASE)
        except re.error as exc:
            errors.append(f"{here}: bad regex: {exc}")
            continue
        if not {"d", "m", "y"} <= set(regex.groupindex):
            errors.append(f"{here}: regex needs named groups d, m and y")
            continue
        examples = []
        for ex in item.get("examples") or []:
            if not isinstance(ex, dict) or set(ex) != {"text", "value"}:
                errors.append(f"{here}: an example is {{text: ..., value: YYYY-MM-DD[THH:MM]}}")
                continue
            examples.append((str(ex["text"]), str(ex["value"])))
        if not examples:
            errors.append(f"{here}: needs at least one example")
        fmt = DateFormat(str(item["id"]), regex, tuple(examples))
        for text, expected in examples:
            got = fmt.parse(text)
            if got != expected:
                errors.append(f"{here}: example {text!r} gives {got!r}, expected {expected!r}")
        out.append(fmt)
    return tuple(out)


def _signatures(value: Any, where: str, errors: list[str]) -> tuple[Signature, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: must be a list of signatures")
        return ()
    out = []
    for n, item in enumerate(value):
        here = f"{where}:{item.get('id', n) if isinstance(item, dict) else n}"
        if not isinstance(item, dict) or not item.get("id") or not item.get("regex"):
            errors.append(f"{here}: a signature is a mapping with id, regex, examples")
            continue
        unknown = set(item) - _SIGN_KEYS
        if unknown:
            errors.append(f"{here}: unknown keys {sorted(unknown)}")
        at_least = item.get("at_least", 1)
        if not isinstance(at_least, int) or at_least < 1:
            errors.append(f"{here}:at_least: must be a whole number >= 1")
            continue
        examples = _strings(item.get("examples"), f"{here}:examples", errors)
        if not examples:
            errors.append(f"{here}: needs at least one example (a piece of a page or a header line)")
        try:
            regex = re.compile(item["regex"], re.IGNORECASE)
        except re.error as exc:
            errors.append(f"{here}: bad regex: {exc}")
            continue
        sign = Signature(str(item["id"]), regex, examples, at_least)
        for example in examples:
            if not sign.holds(example):
                errors.append(f"{here}: does not hold on its example {example!r}")
        out.append(sign)
    return tuple(out)


def _start(value: Any, where: str, errors: list[str]) -> tuple[StartPage, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: must be a list of URLs or {{url, kind}} mappings")
        return ()
    pages = []
    for n, item in enumerate(value):
        url, kind = (item, None) if isinstance(item, str) else (
            (item.get("url"), item.get("kind")) if isinstance(item, dict) else (None, None))
        if isinstance(item, dict) and set(item) - {"url", "kind"}:
            errors.append(f"{where}[{n}]: unknown keys {sorted(set(item) - {'url', 'kind'})}")
        norm = normalize(url) if isinstance(url, str) else None
        if not norm:
            errors.append(f"{where}[{n}]: not an absolute http(s) URL: {url!r}")
            continue
        if kind is not None and kind not in START_KINDS:
            errors.append(f"{where}[{n}]: kind must be one of {', '.join(START_KINDS)}")
            continue
        pages.append(StartPage(norm, kind or guess_kind(norm)))
    return tuple(pages)


def _build(name: str) -> SiteProfile:
    paths, data, errors = _chain(name)
    where = paths[0].name
    for key in ("name", "description"):
        if not isinstance(data.get(key), str) or not data.get(key, "").strip():
            errors.append(f"{where}:{key}: required text")
    links = data.get("links") or {}
    selectors = data.get("selectors") or {}
    for key in ("robots_sitemaps",):
        if key in data and not isinstance(data[key], bool):
            errors.append(f"{where}:{key}: must be true or false")
    if "from_articles" in links and not isinstance(links["from_articles"], bool):
        errors.append(f"{where}:links:from_articles: must be true or false")
    start = _start(data.get("start"), f"{where}:start", errors)
    profile = SiteProfile(
        name=name,
        description=str(data.get("description", "")).strip(),
        hosts=frozenset(h.lower() for h in _strings(data.get("hosts"), f"{where}:hosts", errors)),
        start=start,
        robots_sitemaps=bool(data.get("robots_sitemaps", False)),
        article=_rules(links.get("article"), f"{where}:links:article", errors),
        listing=_rules(links.get("listing"), f"{where}:links:listing", errors),
        exclude=_rules(links.get("exclude"), f"{where}:links:exclude", errors),
        pagination=_css(links.get("pagination"), f"{where}:links:pagination", errors),
        listing_area=_css(links.get("listing_area"), f"{where}:links:listing_area", errors),
        from_articles=bool(links.get("from_articles", False)),
        selectors={f: _css(selectors.get(f), f"{where}:selectors:{f}", errors) for f in SELECTOR_FIELDS},
        dates=_dates(data.get("dates"), f"{where}:dates", errors),
        next_text=_rules(links.get("next_text"), f"{where}:links:next_text", errors),
        page_url=_rules(links.get("page_url"), f"{where}:links:page_url", errors),
        detect=_signatures(data.get("detect"), f"{where}:detect", errors),
        files=tuple(str(p) for p in paths),
    )
    if not profile.article:
        errors.append(f"{where}:links:article: a profile needs at least one article rule")
    if errors:
        raise ProfileError("site profile errors:\n  " + "\n  ".join(errors))
    return profile


@lru_cache(maxsize=None)
def load_profile(name: str) -> SiteProfile:
    """The profile `patterns/sites/<name>.yaml` with its ancestors, validated; cached per process."""
    return _build(name)


def available() -> list[str]:
    return sorted(p.stem for p in sites_dir().glob("*.yaml"))


def recognisable() -> list[SiteProfile]:
    """The profiles that say how to recognise their platform from a page."""
    return [profile for profile in map(load_profile, available()) if profile.detect]


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def resolve(target: str, profile: str | None = None, start: list[str] | None = None) -> SiteProfile:
    """The profile a crawl of `target` uses, with its start pages.

    `target` is a profile name, or a URL (crawled with `profile`, by default "generic").
    `start` URLs replace the profile's own start pages; a family profile needs them.
    """
    start = list(start or [])
    if is_url(target):
        chosen = load_profile(profile or GENERIC)
        return chosen.with_start([target, *start])
    if profile and profile != target:
        raise ProfileError(f"give either a profile name ({target!r}) or --profile, not both")
    chosen = load_profile(target)
    if start:
        return chosen.with_start(start)
    if not chosen.start:
        raise ProfileError(f"profile {target!r} is a platform family without start pages: "
                           f"give the site's listing, feed or sitemap URLs with --start")
    return replace(chosen, hosts=chosen.hosts | {host_of(p.url) for p in chosen.start})
