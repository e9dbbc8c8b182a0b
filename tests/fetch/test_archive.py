"""The archive: WARC records as fetched, a ledger that knows them, reading back each article once."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.core.types import RawDocument, Skipped
from pipeline.fetch import ArchiveBusy, LedgerError, crawl
from pipeline.fetch.archive import Archive
from pipeline.core.archive import LEDGER_NAME, Ledger
from pipeline.fetch.lock import ArchiveLock
from pipeline.read import iter_documents, read_file
from pipeline.read.warc import doc_id, iter_archive
from tests.fetch import fixture_sites
from tests.fetch.server import Route
from tests.fetch.test_sites import fast_settings


@pytest.fixture(scope="module")
def newspaper(tmp_path_factory):
    """The newspaper fixture site crawled once: two articles, one of them also under a second URL."""
    site = fixture_sites.provincial_newspaper()
    folder = tmp_path_factory.mktemp("crawl") / "archive"
    with site.server() as server:
        crawl(site.profile, folder, start=[server.base + site.start[0]], settings=fast_settings())
    return folder, server.base, site


def warc_files(folder):
    return sorted((folder / "warc").glob("*.warc.gz"))


def test_every_response_is_stored_as_fetched(newspaper):
    folder, base, _ = newspaper
    statuses = []
    with warc_files(folder)[0].open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                statuses.append(record.http_headers.get_statuscode())
            elif record.rec_type == "revisit":
                assert record.rec_headers.get_header("WARC-Refers-To-Target-URI").startswith(base + "/channel/5085/")
    # The 503 and 429 answers and the offsite redirect are kept too; the PDF body is not.
    assert {"200", "302", "429", "503"} <= set(statuses)


def test_the_ledger_links_the_duplicate_to_the_first_copy(newspaper):
    folder, base, _ = newspaper
    db = sqlite3.connect(folder / LEDGER_NAME)
    rows = dict(db.execute("SELECT url, duplicate_of FROM pages WHERE state = 'duplicate'").fetchall())
    db.close()
    ((dup, first),) = rows.items()
    assert "/channel/5091/" in dup and first.startswith(base + "/channel/5085/")


def test_reading_the_archive_gives_each_article_once(newspaper):
    folder, base, site = newspaper
    docs = [d for d in iter_archive(folder) if isinstance(d, RawDocument)]
    assert sorted(d.url for d in docs) == sorted(base + p for p in site.articles)
    assert all(d.media_type == "html" and d.headers["profile"] == "provincial_newspaper" for d in docs)
    via_folder = [d for d in iter_documents([folder]) if isinstance(d, RawDocument)]
    assert sorted(d.url for d in via_folder) == sorted(d.url for d in docs)


def test_a_warc_file_on_its_own_is_read_without_the_ledger(newspaper, tmp_path):
    folder, base, site = newspaper
    copy = tmp_path / "copy.warc.gz"
    shutil.copy(warc_files(folder)[0], copy)
    docs = [d for d in read_file(copy) if isinstance(d, RawDocument)]
    # Listings and robots.txt are marked as such; the duplicate is a revisit record: each article once.
    assert sorted(d.url for d in docs) == sorted(base + p for p in site.articles)


def test_a_truncated_warc_file_gives_what_it_holds_and_says_so(newspaper, tmp_path):
    folder, _, _ = newspaper
    data = warc_files(folder)[0].read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 700])
    items = list(read_file(cut))
    assert isinstance(items[-1], Skipped) and items[-1].reason == "truncated_warc"


def test_uncommitted_tail_is_rolled_back(tmp_path):
    ledger = Ledger(tmp_path / LEDGER_NAME)
    archive = Archive(tmp_path, ledger)
    archive.open(1, {"isPartOf": "test"})
    name, committed = archive.sync()
    ledger.set_committed(name, committed)
    archive._fh.write(b"\x1f\x8b half a record from a killed crawl")
    archive.close()
    assert Archive(tmp_path, ledger).rollback_uncommitted() > 0
    assert (tmp_path / "warc" / name).stat().st_size == committed
    ledger.close()


def test_one_crawl_per_archive(tmp_path):
    with ArchiveLock(tmp_path), pytest.raises(ArchiveBusy):
        crawl("generic", tmp_path, start=["http://127.0.0.1:9/"], settings=fast_settings())


def test_an_archive_belongs_to_one_profile(newspaper, tmp_path):
    folder, base, _ = newspaper
    copy = tmp_path / "archive"
    shutil.copytree(folder, copy)
    with pytest.raises(LedgerError, match="provincial_newspaper"):
        crawl("joomla_k2", copy, start=[base + "/index.php/tin-tuc"], settings=fast_settings())


def test_article_ids_are_readable_and_unique():
    a = doc_id("http://a.vn/Trang/ChiTietTinTuc.aspx?nid=3512")
    b = doc_id("http://a.vn/Trang/ChiTietTinTuc.aspx?nid=3513")
    assert a.startswith("chitiettintuc-nid-3512_") and a != b


def test_a_redirect_to_a_stored_article_is_linked_not_fetched_again(tmp_path):
    site = fixture_sites.many_articles(pages=1, per_page=2)
    first = next(iter(site.articles))
    old_url = "/channel/7000/202401/bai-cu-da-chuyen-dia-chi-3000001/"
    site.routes[old_url] = Route(redirect=first)
    listing = site.routes["/channel/7000/"]
    listing.body = listing.body.replace(b"</ul>", f'<li><a href="{old_url}">Bài cũ</a></li></ul>'.encode())
    with site.server() as server:
        summary = crawl(site.profile, tmp_path / "a", start=[server.base + site.start[0]], settings=fast_settings())
        fetched = server.paths()
    assert fetched.count(first) == 1 and summary.duplicates == 1 and summary.articles == 2
    ledger = Ledger(tmp_path / "a" / LEDGER_NAME, readonly=True)
    assert ledger.page(server.base + old_url)["duplicate_of"] == server.base + first
    ledger.close()
