"""Typed values passed between stages: RawDocument -> Article -> Analysis -> records.

Every extracted record carries an `Evidence`: the article, the sentence, the character
span in the cleaned text, and the rule or model that produced it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class Skipped(Exception):
    """An input the batch passes over, with a reason the runner counts.

    `reason` is a short stable code ("empty", "binary", "undecodable", "no_body", ...);
    `detail` is the human explanation.
    """

    def __init__(self, reason: str, detail: str, stage: str = "", source: str = ""):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.stage = stage
        self.source = source


@dataclass(frozen=True)
class RawDocument:
    """Bytes of one input as read or fetched, before any cleaning."""

    doc_id: str
    source: str  # file path or URL
    content: bytes
    media_type: str  # "text" or "html"
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Article:
    """A cleaned article: NFC text without page furniture, and where its parts are.

    `text` is the reference for every offset the pipeline writes.
    """

    id: str
    source: str
    text: str
    title: Span | None
    body: list[Span]  # paragraphs, in order
    dateline: Span | None = None
    byline: Span | None = None
    published: str | None = None  # "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD"
    author: str | None = None
    url: str | None = None
    dropped_lines: int = 0  # furniture lines removed

    @property
    def title_text(self) -> str | None:
        return self.title.of(self.text) if self.title else None

    @property
    def published_year(self) -> int | None:
        return int(self.published[:4]) if self.published else None


@dataclass(frozen=True)
class Evidence:
    """Where a record comes from. `text[start:end]` of the article equals `span_text`."""

    sentence: int  # index into Analysis.sentences; -1 for metadata lines
    start: int
    end: int
    span_text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Official:
    name: str
    titles: list[str]
    surface: str
    evidence: Evidence
    mentions: list[Evidence] = field(default_factory=list)  # later mentions, title-only ones included


@dataclass
class Cluster:
    name: str
    kind: str  # "cum" | "khoi"
    members: list[str]
    leader: str | None
    next_leader: str | None
    evidence: Evidence
    member_evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Movement:
    name: str
    launched_by: str | None
    launched_on: str | None
    evidence: Evidence
    period: str | None = None  # "2019-2025" from "giai đoạn 2019-2025"


@dataclass
class Award:
    award: str
    award_type: str
    recipients: list[str]
    year: int | None
    conferred_by: str | None
    status: str  # "conferred" | "proposed"
    rank: str | None
    evidence: Evidence
    recipient_kinds: list[str] = field(default_factory=list)  # "unit" | "person", per recipient
    recipient_evidence: list[Evidence] = field(default_factory=list)  # where each recipient is named


@dataclass
class Document:
    ref: str
    kind: str | None
    date: str | None
    issuer: str | None
    evidence: Evidence


@dataclass
class Event:
    type: str
    also: list[str]
    date: str | None
    location: str | None
    evidence: Evidence | None
    date_evidence: Evidence | None = None
    location_evidence: Evidence | None = None


@dataclass
class ArticleRecord:
    """Everything extracted from one article, in the shape of the gold schema plus provenance."""

    article: Article
    province: str | None
    event: Event
    officials: list[Official]
    clusters: list[Cluster]
    movements: list[Movement]
    awards: list[Award]
    documents: list[Document]
    province_evidence: Evidence | None = None
    sentences: list[str] = field(default_factory=list)  # sentence texts, by Evidence.sentence
