"""Reading WARC files and crawl archives that took damage: a bad record costs that record only."""

from __future__ import annotations

import csv
import shutil
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.batch import run_extract
from pipeline.core.archive import KIND_HEADER, LEDGER_NAME, Ledger
from pipeline.core.types import RawDocument, Skipped
from pipeline.fetch import crawl
from pipeline.read import read_file
from pipeline.read.warc import iter_archive
from tests.fetch import fixture_sites
from tests.fetch.test_sites import fast_settings

TITLES = [f"Cụm thi đua số {i} ký kết giao ước thi đua năm 2024" for i in range(1, 6)]


def article_page(title: str) -> bytes:
    paragraphs = "".join(
        f"<p>Sáng 12-3, {title.lower()} tại hội trường Ủy ban nhân dân huyện, với sự tham dự của lãnh đạo các "
        f"đơn vị thành viên và đại diện Ban Thi đua - Khen thưởng tỉnh. Đoạn {k}.</p>" for k in range(12))
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="date">12/03/2024</div><div class="detail-content">{paragraphs}</div>'
            f"</body></html>").encode()


def write_warc(path) -> list[int]:
    """Five article responses, each with its request, one gzip member per record; returns each response's offset."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.1")
        for n, title in enumerate(TITLES, 1):
            body = article_page(title)
            url = f"http://baotinh.example.vn/thi-dua/cum-thi-dua-so-{n}-ky-ket-{1000 + n}.html"
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                              protocol="HTTP/1.1"),
                warc_headers_dict={KIND_HEADER: "article"})
            request = writer.create_warc_record(
                url, "request", http_headers=StatusAndHeaders(f"GET /thi-dua/{n} HTTP/1.1", [("Host", "a")],
                                                              is_http_request=True))
            offsets.append(fh.tell())
            writer.write_record(response)
            writer.write_record(request)
    return offsets


def damage(path, start: int, length: int = 40) -> None:
    data = bytearray(path.read_bytes())
    for k in range(start, start + length):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["payload", "gzip_header"])
def test_a_corrupt_record_in_the_middle_costs_only_that_record(tmp_path, where):
    warc = tmp_path / "site.warc.gz"
    offsets = write_warc(warc)
    # The third response: damage inside its compressed payload, or its gzip header.
    damage(warc, offsets[2] + (300 if where == "payload" else 0), 40 if where == "payload" else 4)
    items = list(read_file(warc))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skips = [i for i in items if isinstance(i, Skipped)]
    assert [d.url.rsplit("-", 1)[-1] for d in docs] == ["1001.html", "1002.html", "1004.html", "1005.html"]
    (skip,) = skips
    assert skip.reason == "corrupt_warc_record"
    assert f"bytes {offsets[2]}-" in skip.detail and "the records after it were read" in skip.detail
    assert skip.detail.isprintable()  # a sentence for errors.csv, not a dump of compressed bytes
    if where == "payload":  # the record's headers decompress before the damage: its URL is named
        assert "the record of http://baotinh.example.vn/thi-dua/cum-thi-dua-so-3-ky-ket-1003.html" in skip.detail


def test_the_damage_is_an_errors_csv_row_and_the_other_articles_are_extracted(tmp_path):
    warc = tmp_path / "in" / "site.warc.gz"
    warc.parent.mkdir()
    offsets = write_warc(warc)
    damage(warc, offsets[1] + 300)
    summary = run_extract([warc.parent], tmp_path / "out", workers=1, progress=False)
    with (tmp_path / "out" / "errors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["reason"] for r in rows] == ["corrupt_warc_record"]
    assert "do not decompress" in rows[0]["detail"] and rows[0]["stage"] == "read"
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8") as fh:
        titles = sorted(r["title"] for r in csv.DictReader(fh))
    assert titles == sorted(TITLES[:1] + TITLES[2:])
    assert summary.problems


def test_a_corrupt_record_in_a_crawl_archive(tmp_path):
    site = fixture_sites.many_articles(pages=1, per_page=4)
    folder = tmp_path / "archive"
    with site.server() as server:
        crawl(site.profile, folder, start=[server.base + site.start[0]], settings=fast_settings())
    ledger = Ledger(folder / LEDGER_NAME, readonly=True)
    rows = list(ledger.articles())
    ledger.close()
    victim = rows[1]
    damage(folder / "warc" / victim["warc_file"], victim["warc_offset"] + 200)
    items = list(iter_archive(folder))
    docs = [i.url for i in items if isinstance(i, RawDocument)]
    (skip,) = [i for i in items if isinstance(i, Skipped)]
    assert docs == [r["url"] for r in rows if r["url"] != victim["url"]]
    assert skip.reason == "corrupt_warc_record" and skip.source == victim["url"]
    assert "crawl the page again" in skip.detail and skip.detail.isprintable()

    # The same WARC file on its own: the other articles, and the damage counted once.
    copy = tmp_path / "copy.warc.gz"
    shutil.copy(folder / "warc" / victim["warc_file"], copy)
    alone = list(read_file(copy))
    assert sorted(i.url for i in alone if isinstance(i, RawDocument)) == sorted(docs)
    assert [i.reason for i in alone if isinstance(i, Skipped)] == ["corrupt_warc_record"]
