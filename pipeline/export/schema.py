"""The data dictionary: every table, every column, its type and meaning, in one place.

CSV headers, Parquet types, DuckDB tables and `thidua schema` are all derived from this.
Types: string, int (never empty), int? (may be empty), float, date (YYYY-MM-DD), bool.
Coded columns name their codes (`CODES`: each code with its Vietnamese label, which notebooks and
plots show), and `FOREIGN_KEYS` says which column joins which (a test checks every one).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str
    codes: str | None = None  # the key of CODES listing the values this column takes


# Codes of the coded columns, each with the Vietnamese label a reader sees in notebooks and plots.
CODES: dict[str, dict[str, str]] = {
    "event_type": {
        "pledge_signing": "Ký kết giao ước thi đua", "review_conference": "Hội nghị sơ kết, tổng kết",
        "movement_launch": "Phát động phong trào thi đua", "award_ceremony": "Lễ trao tặng, đón nhận khen thưởng",
        "congress": "Đại hội thi đua yêu nước", "other": "Sự kiện khác"},
    "award_type": {
        "co_thi_dua": "Cờ thi đua", "co_don_vi_dan_dau": "Cờ đơn vị dẫn đầu", "bang_khen": "Bằng khen",
        "giay_khen": "Giấy khen", "huan_chuong": "Huân chương", "danh_hieu": "Danh hiệu thi đua",
        "other": "Hình thức khác"},
    "status": {"conferred": "Đã trao tặng", "proposed": "Đề nghị"},
    "cluster_kind": {"cum": "Cụm thi đua", "khoi": "Khối thi đua"},
    "recipient_kind": {"unit": "Tập thể", "person": "Cá nhân"},
    "unit_level": {"province": "Tỉnh, thành phố", "district": "Huyện, quận, thị xã, thành phố thuộc tỉnh",
                   "ward": "Xã, phường, thị trấn", "hamlet": "Thôn, xóm, ấp, tổ dân phố",
                   "agency": "Cơ quan, đơn vị"},
    "era": {"pre2025": "Trước sắp xếp 1/7/2025", "post2025": "Sau sắp xếp 1/7/2025"},
    "authority_level": {
        "state": "Nhà nước", "government": "Chính phủ", "ministry": "Bộ, ngành, đoàn thể trung ương",
        "military_region": "Quân khu, quân chủng", "province": "Cấp tỉnh", "district": "Cấp huyện",
        "commune": "Cấp xã", "agency": "Cơ quan, đơn vị", "unknown": "Không rõ"},
    "title_level": {"trung ương": "Trung ương", "tỉnh": "Tỉnh", "huyện": "Huyện", "xã": "Xã", "thôn": "Thôn"},
}


def label(domain: str, code: object) -> str:
    """The Vietnamese label of a code (the code itself when it has none): for tables and plots.

    >>> label("award_type", "co_thi_dua"), label("status", "proposed"), label("status", None)
    ('Cờ thi đua', 'Đề nghị', '')
    """
    if code is None or code != code:  # None or NaN
        return ""
    return CODES[domain].get(str(code), str(code))


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
        Column("event_type", "string", "pledge_signing | review_conference | movement_launch | award_ceremony | congress | other",
               codes="event_type"),
        Column("event_also", "string", "other event types the article reports, ' | '-joined"),
        Column("event_date", "date", "date of the event; a day-month takes the publication year, else the year the article gives it"),
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
        Column("event_type", "string", "main event type (see articles.event_type)", codes="event_type"),
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
        Column("kind", "string", "cum (localities) | khoi (agencies)", codes="cluster_kind"),
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
        Column("award_type", "string", "co_thi_dua | co_don_vi_dan_dau | bang_khen | giay_khen | huan_chuong | danh_hieu | other",
               codes="award_type"),
        Column("recipient", "string", "one unit or person"),
        Column("recipient_kind", "string", "unit | person", codes="recipient_kind"),
        Column("recipient_sentence_index", "int?", "index of the sentence the recipient is named in (a list line, "
                                                    "a later sentence); empty for an award to counted receivers"),
        Column("recipient_start", "int?", "character offset where the recipient's own span starts"),
        Column("recipient_end", "int?", "character offset where the recipient's own span ends (exclusive)"),
        Column("year", "int?", "year the award is for"),
        Column("conferred_by", "string", "the authority whose award it is, as written (not the presenter)"),
        Column("status", "string", "conferred | proposed", codes="status"),
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
        Column("reason", "string", "short code: empty, binary, undecodable, too_large, too_long, no_body, other_file, "
                                   "unsupported_type, unreadable, symlink_loop, corrupt_warc_record, truncated_warc, "
                                   "bad_archive, archive_record_missing, or the name of the exception a stage "
                                   "raised; nul_bytes_removed marks an article kept after stray NUL bytes were "
                                   "removed from its file (it is in articles.csv)"),
        Column("detail", "string", "human explanation"),
    ]),
}

# Written by the linking pass (pipeline/normalize) once every article is extracted.
LINKED_TABLES: dict[str, tuple[str, list[Column]]] = {
    "people": ("one row per person across articles", [
        Column("person_id", "string", "'p-' + hash of name key, province scope and namesake number (README: ids)"),
        Column("name", "string", "the name as most often written"),
        Column("name_key", "string", "the name's match key (case, spacing and tone placement unified)"),
        Column("province", "string", "province as first seen"),
        Column("new_province", "string", "that province after the 1 July 2025 reform"),
        Column("scope_id", "string", "unit id of the scope the person id is formed in ('trung-uong', 'x' unknown)"),
        Column("roles", "string", "each canonical title with the first and last date seen, ' | '-joined"),
        Column("first_seen", "date", "first dated mention"),
        Column("last_seen", "date", "last dated mention"),
        Column("n_mentions", "int", "official rows linked to the person"),
        Column("n_articles", "int", "distinct canonical articles (republished copies counted once)"),
        Column("article_ids", "string", "articles, ' | '-joined"),
    ]),
    "person_mentions": ("each official row and its person", [
        _ARTICLE_ID,
        Column("official_id", "string", "officials.official_id"),
        Column("person_id", "string", "people.person_id"),
        Column("name", "string", "name as written in this article"),
        Column("scope_id", "string", "scope the person id is formed in"),
    ]),
    "units": ("every administrative unit or agency named in a record, and every unit another table refers to "
              "(parents, successors, candidates of ambiguous mentions: n_mentions 0), so every unit id joins", [
        Column("unit_id", "string", "'u-' + level letter + folded names of the unit and its parents"),
        Column("name", "string", "canonical name as it was at the article's date"),
        Column("level", "string", "province | district | ward (communes and wards) | hamlet | agency",
               codes="unit_level"),
        Column("province", "string", "province it belonged to"),
        Column("new_province", "string", "province it belongs to after the 2025 reform"),
        Column("code", "string", "official statistics office code where the shipped mapping has one (provinces), "
                                 "as 'GSO-01': the prefix keeps it text, with its leading zero"),
        Column("n_mentions", "int", "mentions outside republished copies"),
        Column("era", "string", "pre2025 | post2025", codes="era"),
        Column("parent_id", "string", "unit id of the unit it belongs to"),
        Column("successor_id", "string", "unit id after the reform, when it went to one unit (every successor, "
                                         "a divided ward's several included: unit_successors.csv)"),
        Column("in_gazetteer", "bool", "found in the shipped mapping (False: named, but not in it)"),
    ]),
    "unit_successors": ("each unit the 2025 reform changed and each unit it went to, one row per pair", [
        Column("unit_id", "string", "units.unit_id of the unit as it was"),
        Column("successor_id", "string", "units.unit_id of a unit it went to"),
    ]),
    "unit_mentions": ("each unit named in a record", [
        _ARTICLE_ID,
        Column("table", "string", "export table of the record"),
        Column("record_id", "string", "the record's id in that table"),
        Column("field", "string", "field of the record naming the unit"),
        Column("item", "int", "1-based item within the field"),
        Column("surface", "string", "the unit as written"),
        Column("unit_id", "string", "units.unit_id, empty when ambiguous"),
        Column("level", "string", "level of the unit (see units.level)", codes="unit_level"),
        Column("ambiguous", "bool", "the name fits several units and the article's province does not decide"),
        Column("candidates", "string", "unit ids it could be, ' | '-joined"),
    ]),
    "titles": ("each title of each official, split", [
        _ARTICLE_ID,
        Column("official_id", "string", "officials.official_id"),
        Column("title_n", "int", "1-based position among the official's titles"),
        Column("title", "string", "title as written"),
        Column("expanded", "string", "abbreviations expanded (UBND -> Ủy ban nhân dân)"),
        Column("role", "string", "role: Phó Chủ tịch Thường trực, Giám đốc, ..."),
        Column("body", "string", "body: Ủy ban nhân dân, Sở Nội vụ, Hội đồng Thi đua - Khen thưởng, ..."),
        Column("level", "string", "trung ương | tỉnh | huyện | xã | thôn", codes="title_level"),
        Column("canonical", "string", "role, body and level in one normalized form"),
        Column("place_unit_id", "string", "unit named in the title, when one is"),
    ]),
    "movements_canonical": ("one row per movement across articles", [
        Column("movement_id", "string", "'mv-' + slug of a known national movement, or a hash of the canonical key"),
        Column("canonical_name", "string", "the name as first written"),
        Column("national", "bool", "a nationwide campaign known by name"),
        Column("variants", "string", "names as written, ' | '-joined"),
        Column("provinces", "string", "provinces of the articles mentioning it"),
        Column("n_articles", "int", "distinct canonical articles"),
        Column("n_mentions", "int", "rows of movements.csv"),
        Column("first_seen", "date", "first publication date mentioning it"),
        Column("last_seen", "date", "last publication date mentioning it"),
    ]),
    "movement_mentions": ("each movement row and its canonical movement", [
        _ARTICLE_ID,
        Column("movement_row_id", "string", "movements.movement_id"),
        Column("movement_id", "string", "movements_canonical.movement_id"),
        Column("name", "string", "name as written"),
    ]),
    "awards_normalized": ("each award with its authority and place on the ladder", [
        _ARTICLE_ID,
        Column("award_id", "string", "awards.award_id"),
        Column("award", "string", "award as written"),
        Column("award_type", "string", "type (see awards.csv)", codes="award_type"),
        Column("status", "string", "conferred | proposed", codes="status"),
        Column("year", "int?", "year the award is for"),
        Column("authority", "string", "conferring authority, normalized"),
        Column("authority_level", "string", "state | government | ministry | military_region | province | district | "
                                            "commune | agency | unknown", codes="authority_level"),
        Column("ladder_id", "string", "rung of the award ladder (patterns/awards_rank.yaml)"),
        Column("award_class", "string", "class of an order: hạng Nhất, Nhì, Ba"),
        Column("rank_order", "int", "sort key: smaller is higher"),
        Column("n_recipients", "int", "recipients of the award"),
    ]),
    "article_duplicates": ("each article and the canonical article it is a copy of", [
        _ARTICLE_ID,
        Column("canonical_article_id", "string", "the first copy of the story (itself when not a copy)"),
        Column("similarity", "float", "estimated Jaccard similarity of word 5-shingles (MinHash)"),
    ]),
}

ALL_TABLES = {**TABLES, **LINKED_TABLES}
COLUMNS: dict[str, list[str]] = {t: [c.name for c in cols] for t, (_, cols) in TABLES.items() if t != "errors"}
LINKED_COLUMNS: dict[str, list[str]] = {t: [c.name for c in cols] for t, (_, cols) in LINKED_TABLES.items()}
ERROR_COLUMNS: list[str] = [c.name for c in TABLES["errors"][1]]
DATE_COLUMNS: dict[str, list[str]] = {
    t: [c.name for c in cols if c.type == "date"] for t, (_, cols) in ALL_TABLES.items()
}

# Which column joins which: (table, column) -> (table, column). Columns in LIST_KEYS hold ' | '-joined
# ids that join one by one. errors.article_id is not one: a skipped input has no row in articles.csv.
FOREIGN_KEYS: dict[tuple[str, str], tuple[str, str]] = {
    **{(t, "article_id"): ("articles", "article_id") for t, (_, cols) in ALL_TABLES.items()
       if t not in ("articles", "errors") and any(c.name == "article_id" for c in cols)},
    ("cluster_members", "cluster_id"): ("clusters", "cluster_id"),
    ("people", "article_ids"): ("articles", "article_id"),
    ("person_mentions", "official_id"): ("officials", "official_id"),
    ("person_mentions", "person_id"): ("people", "person_id"),
    ("units", "parent_id"): ("units", "unit_id"),
    ("units", "successor_id"): ("units", "unit_id"),
    ("unit_successors", "unit_id"): ("units", "unit_id"),
    ("unit_successors", "successor_id"): ("units", "unit_id"),
    ("unit_mentions", "unit_id"): ("units", "unit_id"),
    ("unit_mentions", "candidates"): ("units", "unit_id"),
    ("titles", "official_id"): ("officials", "official_id"),
    ("titles", "place_unit_id"): ("units", "unit_id"),
    ("movement_mentions", "movement_row_id"): ("movements", "movement_id"),
    ("movement_mentions", "movement_id"): ("movements_canonical", "movement_id"),
    ("awards_normalized", "award_id"): ("awards", "award_id"),
    ("article_duplicates", "canonical_article_id"): ("articles", "article_id"),
}
LIST_KEYS = {("people", "article_ids"), ("unit_mentions", "candidates")}

_PREAMBLE = [
    "Types: `string`, `int` (never empty), `int?` (may be empty), `float`, `date` (ISO, `YYYY-MM-DD`), `bool`",
    "(`True`/`False`). Lists in a cell are joined with ` | `. Every id column joins the table it names (a test",
    "checks every key on the demo and on a generated corpus of a few hundred articles).",
    "",
    "Reading the CSVs: a bare `pd.read_csv` gives integers for `int`, `True`/`False` for `bool` and text for",
    "`string` columns, with three exceptions a CSV cannot prevent: an `int?` column with an empty cell loads",
    "as float; a `string` column with no value at all (`url` when every input is a text file) as an empty",
    "float column; and ids that are digits only (articles from files named `087.txt`) as numbers, without",
    "their leading zeros. `pipeline.read_table(OUT, NAME)` and `load_tables(OUT)` apply these types exactly",
    "(text stays text, `int?` is pandas `Int64`, dates are parsed); so do the Parquet and DuckDB exports.",
    "",
    "Plain CSV holds every value byte for byte as extracted. With `--excel` the CSVs start with a UTF-8 byte",
    "order mark, and a text cell beginning with `=`, `+`, `-`, `@`, a tab, a carriage return or `'` gets a",
    "leading `'` (OWASP's advice against CSV injection), so Excel shows it as text and never runs it as a",
    "formula; `read_table`, `load_tables`, Parquet and DuckDB remove that `'` again.",
    "",
]


def describe() -> list[str]:
    """The data dictionary as Markdown lines (`thidua schema`)."""
    out: list[str] = list(_PREAMBLE)
    for table, (meaning, columns) in ALL_TABLES.items():
        out += [f"### {table}.csv", "", meaning, "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| {c.name} | {c.type} | {c.meaning} |" for c in columns]
        out.append("")
    out += ["### Codes", "", "The values of coded columns, with the Vietnamese label notebooks and plots show.", ""]
    for domain, codes in CODES.items():
        used = ", ".join(f"{t}.{c.name}" for t, (_, cols) in ALL_TABLES.items() for c in cols if c.codes == domain)
        out += [f"{used}:", "", "| value | label |", "|---|---|"]
        out += [f"| {code} | {text} |" for code, text in codes.items()]
        out.append("")
    return out
