"""Review pages of the seeds: every record of articles.jsonl has its highlighted span, with its label."""

from __future__ import annotations

import json

import lxml.html
import pytest

from pipeline.cli import main
from pipeline.review import load_articles, render_index, render_review, review_doc, review_rows, write_reviews
from pipeline.review.marks import locate

# Where each record of articles.jsonl keeps its evidence, and the label its span must have.
EVENT_EVIDENCE = {"evidence": "EVENT", "date_evidence": "DATE", "location_evidence": "LOCATION"}
RECORDS = {"officials": "OFFICIAL", "clusters": "CLUSTER", "movements": "MOVEMENT", "awards": "AWARD",
           "documents": "DOCUMENT"}


def expected_spans(article: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, label, span_text) of every evidence in one article, read from the JSON directly."""
    out = []

    def add(ev, label):
        if ev:
            out.append((ev["start"], ev["end"], label, ev["span_text"]))

    for key, label in EVENT_EVIDENCE.items():
        add(article["event"].get(key), label)
    add(article["provenance"].get("province_evidence"), "PROVINCE")
    for table, label in RECORDS.items():
        for record in article[table]:
            add(record["evidence"], label)
            for ev in record.get("mentions") or []:
                add(ev, "OFFICIAL")
            for ev in record.get("member_evidence") or []:
                add(ev, "MEMBER")
    return out


@pytest.fixture(scope="module")
def articles(seeds_out):
    return load_articles(seeds_out)


def test_seeds_have_records_of_every_main_kind(articles):
    labels = {label for a in articles.values() for _, _, label, _ in expected_spans(a)}
    assert {"OFFICIAL", "MOVEMENT", "AWARD", "DOCUMENT", "DATE"} <= labels


def test_every_record_has_its_span_in_the_doc(articles):
    for aid, article in articles.items():
        doc = review_doc(article["text"], review_rows(article))
        assert doc.text == article["text"]
        spans = {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]}
        for start, end, label, span_text in expected_spans(article):
            assert (start, end, label) in spans, f"{aid}: no {label} span for {span_text!r}"
            assert doc.text[start:end] == span_text


def test_every_record_has_its_linked_span_in_the_page(articles, seeds_out):
    for aid, article in articles.items():
        page = lxml.html.fromstring(render_review(seeds_out, aid))
        doc = review_doc(article["text"], review_rows(article))
        by_offsets = {(s.start_char, s.end_char, s.label_): s.kb_id_ for s in doc.spans["sc"]}
        for start, end, label, span_text in expected_spans(article):
            key = by_offsets[(start, end, label)]
            anchor = page.get_element_by_id(f"span-{key}")
            assert anchor.getparent().get("data-label") == label, (aid, key, span_text)
            entry = page.get_element_by_id(f"rec-{key}")
            assert entry.xpath(f'.//a[@href="#span-{key}"]'), f"{aid}: table entry {key} does not link its span"
            assert anchor.get("href") == f"#rec-{key}"


def test_titles_and_recipients_are_found_in_the_text(articles):
    """Parts without offsets of their own (titles, recipients) are placed by search, inside their line."""
    for aid, article in articles.items():
        rows = review_rows(article)
        for row in rows:
            for mark in row.marks[1:]:
                assert mark.placed, f"{aid}: {mark.label} {mark.text!r} of record {row.key} not found"
        titles = [m for r in rows for m in r.marks if m.label == "TITLE"]
        assert len(titles) == sum(len(o["titles"]) for o in article["officials"])
        recipients = [m for r in rows for m in r.marks if m.label == "RECIPIENT"]
        assert len(recipients) == sum(len(w["recipients"]) for w in article["awards"])


def test_every_text_value_is_escaped(tmp_path):
    evil = '<script>alert("x")</script> & "quotes"'
    text = f"Tiêu đề {evil}\nĐồng chí Hà Lan Anh, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho {evil}."
    start = text.index("Hà Lan Anh")
    article = {"id": "a<b>\"'", "title": evil, "published": None, "author": evil, "province": evil,
               "event": {"type": evil, "also": [], "date": None, "location": None, "evidence": None},
               "officials": [{"name": "Hà Lan Anh", "titles": ["Phó Chủ tịch UBND tỉnh", "Bí thư <b>Tỉnh ủy</b>"],
                              "surface": "",
                              "evidence": {"start": start, "end": start + 34, "span_text": text[start:start + 34],
                                           "rule": evil}, "mentions": []}],
               "clusters": [], "movements": [], "awards": [], "documents": [],
               "provenance": {"source": evil, "url": evil}, "text": text}
    (tmp_path / "articles.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    for html in (render_review(tmp_path, article["id"]), render_index(tmp_path)):
        assert "<script" not in html and "alert(\"x\")" not in html
        assert "&lt;script&gt;" in html and "<b>" not in html
    page = lxml.html.fromstring(render_review(tmp_path, article["id"]))
    assert page.get_element_by_id("span-1").getparent().get("data-label") == "OFFICIAL"
    assert "not found in the text" in page.get_element_by_id("rec-1-2").text_content()


def test_cli_writes_one_page_and_all_pages(seeds_out, articles, tmp_path):
    aid = next(iter(articles))
    assert main(["review", aid, "--from", str(seeds_out), "--out", str(tmp_path / "one.html")]) == 0
    assert "span-1" in (tmp_path / "one.html").read_text(encoding="utf-8")
    assert main(["review", "--all", "--from", str(seeds_out), "--out", str(tmp_path / "all")]) == 0
    index = lxml.html.fromstring((tmp_path / "all" / "index.html").read_text(encoding="utf-8"))
    links = index.xpath("//tbody//a/@href")
    assert sorted(links) == sorted(p.name for p in (tmp_path / "all").glob("*.html") if p.name != "index.html")
    assert len(links) == len(articles)


@pytest.mark.parametrize("argv", [
    ["review", "--out", "x.html"],                              # neither an id nor --all
    ["review", "some-id", "--all", "--out", "x"],               # both
    ["review", "no-such-article", "--out", "x.html"],           # unknown id (checked against --from)
])
def test_cli_usage_errors(argv, seeds_out, tmp_path, capsys):
    assert main([*argv[:1], "--from", str(seeds_out), *argv[1:-1], str(tmp_path / argv[-1])]) == 2
    assert "thidua: error:" in capsys.readouterr().err


def test_missing_output_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["review", "--all", "--from", str(tmp_path / "nothing"), "--out", str(tmp_path / "r")]) == 2
    assert "run `thidua extract" in capsys.readouterr().err


def test_write_reviews_names_every_page(seeds_out, tmp_path, articles):
    written = write_reviews(seeds_out, tmp_path)
    assert written[0].name == "index.html" and len(written) == len(articles) + 1


@pytest.mark.parametrize("text, value, expected", [
    ("Hà Lan Anh, TUV, Phó Chủ tịch UBND tỉnh", "TUV", "TUV"),                   # inside the official's span
    ("trao Cờ cho các huyện Vụ Bản và Nam Trực", "huyện Nam Trực", "Nam Trực"),   # shared unit word
    ("Huyện Đông Hưng và Vũ Thư xếp thứ Ba", "Huyện Vũ Thư", "Vũ Thư"),
    ("đề nghị UBND Tỉnh tặng Bằng khen", "UBND tỉnh", "UBND Tỉnh"),               # case as printed is kept
    ("Ông HTUV phát biểu", "TUV", None),                                          # never inside a word
    ("các huyện Vụ Bản và Nam Trực", "huyện Trực Ninh", None),                    # one word alone is not enough
])
def test_locate_finds_parts_as_printed(text, value, expected):
    found = locate(text, value, [(0, len(text))], 0)
    assert (found[2] if found else None) == expected
    if found:
        assert text[found[0]:found[1]] == found[2]


def test_wrong_offsets_are_reported_not_highlighted(tmp_path):
    text = "Đồng chí Hà Lan Anh trao Cờ thi đua."
    article = {"id": "x", "text": text, "event": {}, "provenance": {}, "officials": [], "clusters": [],
               "movements": [], "documents": [],
               "awards": [{"award": "Cờ thi đua", "recipients": [], "evidence": {"start": 3, "end": 13,
                                                                                  "span_text": "Cờ thi đua"}}]}
    rows = review_rows(article)
    assert rows[0].main.how == "bad offsets" and not rows[0].main.placed
    assert not list(review_doc(text, rows).spans["sc"])
    (tmp_path / "articles.jsonl").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    page = lxml.html.fromstring(render_review(tmp_path, "x"))
    assert "bad offsets" in page.get_element_by_id("rec-1").text_content()


def test_recipients_listed_below_an_award_are_placed_on_their_lines():
    from pipeline.clean.article import build_article
    from pipeline.export.records import to_json
    from pipeline.extract import extract
    from pipeline.nlp import analyse
    from pipeline.review.marks import review_rows

    text = ("Tin khen thưởng\n08:00, 15/03/2024\n"
            "Theo đó, UBND tỉnh có Quyết định tặng Cờ thi đua của UBND tỉnh cho 02 tập thể đã có thành tích xuất "
            "sắc năm 2023, gồm:\n1.\nVăn phòng HĐND và UBND huyện Nam Trà My; dẫn đầu Khối 01;\n"
            "2.\nHội Nông dân huyện Nam Trà My; dẫn đầu Khối 02.")
    record = to_json(extract(analyse(build_article("t", "t", text))))
    award_rows = [row for row in review_rows(record) if row.table == "awards"]
    recipients = [m for row in award_rows for m in row.marks if m.label == "RECIPIENT"]
    assert [(m.text, m.how) for m in recipients] == [
        ("Văn phòng HĐND và UBND huyện Nam Trà My", "evidence"), ("Hội Nông dân huyện Nam Trà My", "evidence")]
