"""Which platform a site runs on, from the marks its pages carry (the `detect` signatures of the profiles).

A crawl of a bare URL starts with the generic profile and looks at the pages it reads first; once
one shows the marks of a known platform (Liferay, SharePoint, WebSphere Portal, Joomla/K2,
WordPress, DNN, a newspaper CMS family), the crawl goes on with that platform's profile.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.fetch.profiles import SiteProfile, recognisable

# One mark can be a link to another site or a copied snippet; two independent marks are the platform.
MIN_SIGNS = 2
# The marks sit in the headers, the <head> and the page's frame; the first 300,000 characters hold them.
_SCAN_CHARS = 300_000


@dataclass(frozen=True)
class Recognition:
    profile: str
    signs: tuple[str, ...]  # the signatures that held

    def describe(self) -> str:
        return f"{self.profile} (by {', '.join(self.signs)})"


def fingerprint(html: str, headers: list[tuple[str, str]]) -> str:
    """What signatures are matched against: the response headers as "Name: value" lines, then the HTML."""
    return "\n".join(f"{name}: {value}" for name, value in headers) + "\n" + html[:_SCAN_CHARS]


def recognise(html: str, headers: list[tuple[str, str]],
              candidates: list[SiteProfile] | None = None) -> Recognition | None:
    """The platform profile whose signatures a page shows, or None when none (or two alike) do.

    >>> page = ('<meta name="generator" content="Joomla! - Open Source Content Management" />'
    ...         '<div id="k2Container" class="itemListView">')
    >>> recognise(page, []).describe()
    'joomla_k2 (by joomla_generator, k2_markup)'
    >>> recognise('<meta name="generator" content="Joomla! 3" />', []) is None  # Joomla alone is not K2
    True
    """
    text = fingerprint(html, headers)
    found = []
    for profile in candidates if candidates is not None else recognisable():
        signs = tuple(sign.id for sign in profile.detect if sign.holds(text))
        if len(signs) >= MIN_SIGNS:
            found.append(Recognition(profile.name, signs))
    found.sort(key=lambda r: len(r.signs), reverse=True)
    if not found or len(found) > 1 and len(found[1].signs) == len(found[0].signs):
        return None  # nothing, or two platforms equally likely: no guess
    return found[0]
