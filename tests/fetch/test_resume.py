"""A crawl killed mid-way resumes without losing or refetching pages; a later crawl fetches only what changed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.batch import run_extract
from pipeline.fetch import crawl
from pipeline.core.archive import KIND_HEADER
from tests.fetch import fixture_sites
from tests.fetch.server import Route
from tests.fetch.test_sites import records, fast_settings

ROOT = Path(__file__).resolve().parents[2]


def done_urls(archive: Path) -> set[str]:
    db = sqlite3.connect(f"{(archive / 'ledger.sqlite3').as_uri()}?mode=ro", uri=True)
    try:
        return {u for (u,) in db.execute("SELECT url FROM pages WHERE state IN ('done', 'duplicate', 'skipped')")}
    finally:
        db.close()


def stored_responses(archive: Path) -> Counter[str]:
    """Article response records in all WARC files, by URL."""
    found: Counter[str] = Counter()
    for file in sorted((archive / "warc").glob("*.warc.gz")):
        with file.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response" and record.rec_headers.get_header(KIND_HEADER) == "article":
                    found[record.rec_headers.get_header("WARC-Target-URI")] += 1
    return found


def test_killed_crawl_resumes_without_loss_or_refetch(tmp_path):
    site = fixture_sites.many_articles()
    archive = tmp_path / "archive"
    # Each answer takes 50 ms, so the crawl of 28 pages is still running when it is killed.
    with site.server(delay=0.05) as server:
        start = server.base + site.start[0]
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "crawl", site.profile, "--start", start, "--archive", str(archive),
             "--delay", "0", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while len(server.log) < 12 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        before_kill = len(server.log)
        finished = done_urls(archive)
        assert 0 < len(finished) < len(site.articles), "the kill must land in the middle of the crawl"

        summary = crawl(site.profile, archive, start=[start], settings=fast_settings())
        after = [server.base + p for p in server.paths()[before_kill:] if p != "/robots.txt"]

    assert summary.mode == "resume" and summary.outcome == "complete"
    assert not finished & set(after), "a page finished before the kill was fetched again"
    stored = stored_responses(archive)
    assert set(stored) == {server.base + p for p in site.articles}, "an article is missing from the archive"
    assert max(stored.values()) == 1, "an article is stored twice"
    run_extract([archive], tmp_path / "out")
    assert len(records(tmp_path / "out")) == len(site.articles)


def test_recrawl_fetches_only_new_and_changed_pages(tmp_path):
    site = fixture_sites.many_articles(pages=2, per_page=3)
    archive = tmp_path / "archive"
    with site.server() as server:
        start = [server.base + site.start[0]]
        first = crawl(site.profile, archive, start=start, settings=fast_settings())
        assert first.articles == 6 and first.mode == "first"
        seen = len(server.log)

        again = crawl(site.profile, archive, start=start, settings=fast_settings())
        second = server.log[seen:]
        # Nothing new: the start page answers 304 to the conditional request, nothing else is fetched.
        assert [(e.path, e.status) for e in second if e.path != "/robots.txt"] == [("/channel/7000/", 304)]
        assert again.mode == "recrawl" and again.not_modified == 1 and again.articles == 0

        # A new article appears at the top of the first page.
        new_path = "/channel/7000/202402/xa-so-99-so-ket-thi-dua-quy-i-3000099/"
        server.routes[new_path] = Route(fixture_sites._own_article(99, "Xã số 99 sơ kết thi đua quý I").encode())
        listing = server.routes["/channel/7000/"]
        listing.body = listing.body.replace(
            b'<ul class="list-news">', f'<ul class="list-news"><li><a href="{new_path}">Xã số 99</a></li>'.encode())
        seen = len(server.log)
        third = crawl(site.profile, archive, start=start, settings=fast_settings())
        fetched = [e.path for e in server.log[seen:] if e.path != "/robots.txt"]

    assert third.articles == 1
    assert fetched[:2] == ["/channel/7000/", new_path]
    assert not set(fetched) & set(site.articles), "a known article was fetched again"
    assert "If-None-Match" in server.log[-1].headers  # the next listing page was asked for conditionally
    run_extract([archive], tmp_path / "out")
    assert len(records(tmp_path / "out")) == 7
