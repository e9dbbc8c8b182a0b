"""The data dictionary: every table, every column, its type and meaning, in one place.

CSV headers, Parquet types, DuckDB tables and `thidua schema` are all derived from this.
Types: string, int (never empty), int? (may be empty), date (YYYY-MM-DD), bool.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str


def _provenance(what: str) -> list[Column]:
    return [
        Column("sentence_index", "int", f"index of the sentence holding the evidence of the {what} (0 = title)"),
        Column("sentence", "string", "that sentence, as in the cleaned article text"),
        Column("start", "int", "character offset where the evidence starts in the cleaned text (articles.jsonl 'text')"),
        Column("end", "int", "character offset where the evidence ends (exclusive)"),
        Column("evidence", "string", "the evidence span: text[start:end]"),
        Column("rule", "string", "the rule or model that produced the record"),
    ]


_ARTICLE_ID = Column("article_id", "string", "article id: the input file stem, or a stable id for crawled pages")

TABLES: dict[str, tuple[str, list[Column]]] = {
    "articles": ("one row per article", [
        _ARTICLE_ID,
        Column("title", "string", "headline as written"),
        Column("published", "date", "publication date as printed"),
        Column("published_time", "string", "publication time HH:MM when printed"),
        Column("author", "string", "byline without prefixes such as 'Tin, ảnh:'"),
        Column("province", "string", "province the article is about, as named at the time (inferred when unnamed)"),
        Column("event_type", "string", "pledge_signing | review_conference | movement_launch | award_ceremony | congress | other"),
        Column("event_also", "string", "other event types the article reports, ' | '-joined"),
        Column("event_date", "date", "date of the event; a day-month takes the publication year"),
        Column("event_location", "string", "venue as written"),
        Column("n_officials", "int", "rows in officials.csv for this article"),
        Column("n_clusters", "int", "rows in clusters.csv for this article"),
        Column("n_movements", "int", "rows in movements.csv for this article"),
        Column("n_awards", "int", "award records (awards.csv has one row per award and recipient)"),
        Column("n_documents", "int", "rows in documents.csv for this article"),
        Column("n_chars", "int", "length of the cleaned article text"),
        Column("source", "string", "input file path or archive record"),
        Column("url", "string", "page URL for crawled or HTML pages"),
    ]),
    "events": ("the event each article reports", [
        _ARTICLE_ID,
        Column("event_id", "string", "'<article_id>:e1'"),
        Column("event_type", "string", "main event type (see articles.event_type)"),
        Column("event_also", "string", "other event types, ' | '-joined"),
        Column("event_date", "date", "event date"),
        Column("event_location", "string", "venue as written"),
        Column("date_evidence", "string", "the date as printed ('Chiều 30-3' gives '30-3'); offsets in articles.jsonl"),
        *_provenance("event type (the cue phrase, or the title when no cue was found)"),
    ]),
    "officials": ("people named with a title, one row per person per article", [
        _ARTICLE_ID,
        Column("official_id", "string", "'<article_id>:o<n>', n in order of first mention"),
        Column("name", "string", "full name as written"),
        Column("titles", "string", "each title as written, ' | '-joined"),
        Column("surface", "string", "the first mention: name and titles as printed"),
        Column("n_mentions", "int", "mentions in the article, title-only references included"),
        *_provenance("first mention"),
    ]),
    "clusters": ("emulation clusters (Cụm / Khối thi đua)", [
        _ARTICLE_ID,
        Column("cluster_id", "string", "'<article_id>:c<n>'"),
        Column("name", "string", "cluster name as written"),
        Column("kind", "string", "cum (localities) | khoi (agencies)"),
        Column("leader", "string", "unit leading the cluster this year (cụm trưởng / khối trưởng)"),
        Column("next_leader", "string", "unit the leadership passes to"),
        Column("n_members", "int", "rows in cluster_members.csv for this cluster"),
        *_provenance("cluster name"),
    ]),
    "cluster_members": ("member units of clusters", [
        _ARTICLE_ID,
        Column("cluster_id", "string", "the cluster (clusters.cluster_id)"),
        Column("member", "string", "member unit as written; a shared unit word is copied to each"),
        *_provenance("member"),
    ]),
    "movements": ("named emulation movements (phong trào thi đua)", [
        _ARTICLE_ID,
        Column("movement_id", "string", "'<article_id>:m<n>'"),
        Column("name", "string", "movement name as written, without quotes"),
        Column("launched_by", "string", "who launched it, as written"),
        Column("launched_on", "date", "when it was launched"),
        Column("period", "string", "period such as '2021-2025'"),
        *_provenance("movement name"),
    ]),
    "awards": ("awards, one row per award and recipient", [
        _ARTICLE_ID,
        Column("award_id", "string", "'<article_id>:a<n>': the award phrase; several rows share it"),
        Column("award", "string", "award as written"),
        Column("award_type", "string", "co_thi_dua | co_don_vi_dan_dau | bang_khen | giay_khen | huan_chuong | danh_hieu | other"),
        Column("recipient", "string", "one unit or person"),
        Column("recipient_kind", "string", "unit | person"),
        Column("year", "int?", "year the award is for"),
        Column("conferred_by", "string", "the authority whose award it is, as written (not the presenter)"),
        Column("status", "string", "conferred | proposed"),
        Column("rank", "string", "rank as written ('thứ Nhất')"),
        *_provenance("award phrase"),
    ]),
    "documents": ("referenced documents (plans, directives, decisions, laws)", [
        _ARTICLE_ID,
        Column("document_id", "string", "'<article_id>:d<n>'"),
        Column("ref", "string", "number and code as written, without spaces: '348/KH-UBND'"),
        Column("kind", "string", "kind in words: Kế hoạch, Chỉ thị, Quyết định, ..."),
        Column("date", "date", "date of the document"),
        Column("issuer", "string", "issuing body as written"),
        *_provenance("document reference"),
    ]),
    "errors": ("inputs that gave no record, with the reason", [
        Column("source", "string", "input file or archive record"),
        Column("article_id", "string", "article id when known"),
        Column("stage", "string", "read | clean | nlp | extract"),
        Column("reason", "string", "short code: empty, binary, undecodable, no_body, other_file, or an exception name"),
        Column("detail", "string", "human explanation"),
    ]),
}

COLUMNS: dict[str, list[str]] = {t: [c.name for c in cols] for t, (_, cols) in TABLES.items() if t != "errors"}
ERROR_COLUMNS: list[str] = [c.name for c in TABLES["errors"][1]]
DATE_COLUMNS: dict[str, list[str]] = {
    t: [c.name for c in cols if c.type == "date"] for t, (_, cols) in TABLES.items()
}


def describe() -> list[str]:
    """The data dictionary as Markdown lines (`thidua schema`)."""
    out: list[str] = []
    for table, (meaning, columns) in TABLES.items():
        out += [f"### {table}.csv", "", meaning, "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| {c.name} | {c.type} | {c.meaning} |" for c in columns]
        out.append("")
    return out
