"""The seeds' review pages in headless Chromium: each page loads, every record's span is in the DOM,
and a screenshot of each page is kept in tests/artifacts/review/ for a human to look at.

Chromium is Debian's `chromium` package; `scripts/ensure-chromium.sh` (run by `make test`) installs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import lxml.html
import pytest

from pipeline.review import load_articles, review_rows, write_reviews
from tests.helpers import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts" / "review"
# One Chromium start is 1-2 s; two at a time keeps the two cores busy without starving them.
PARALLEL = 2
# A cold Chromium start on a loaded machine can take several seconds; a minute means it hangs.
TIMEOUT_S = 60
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,2000"]


def chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not path:
        pytest.fail("chromium is not installed: run scripts/ensure-chromium.sh "
                    "(as root: apt-get update -qq && apt-get install -y -qq chromium); `make test` does it")
    return path


def run_chromium(args: list[str], profile: Path) -> str:
    sized = [f for f in FLAGS if not (f.startswith("--window-size") and any(a.startswith("--window-size") for a in args))]
    done = subprocess.run([chromium(), *sized, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=TIMEOUT_S)
    assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def pages(seeds_out, tmp_path_factory):
    return write_reviews(seeds_out, tmp_path_factory.mktemp("review-pages"))


def test_pages_load_with_every_span_and_are_screenshot(pages, seeds_out, tmp_path):
    """One Chromium run per page both dumps the DOM after load and saves the screenshot."""
    articles = load_articles(seeds_out)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = {page: ARTIFACTS / f"{page.stem}.png" for page in pages}
    for shot in shots.values():
        shot.unlink(missing_ok=True)
    jobs = [([f"--screenshot={shots[page]}", "--dump-dom", page.as_uri()], tmp_path / f"profile-{i}")
            for i, page in enumerate(pages)]
    with ThreadPoolExecutor(PARALLEL) as pool:
        doms = dict(zip(pages, pool.map(lambda job: run_chromium(*job), jobs)))

    index = lxml.html.fromstring(doms[pages[0]])
    links = {a.text_content(): a.get("href") for a in index.xpath("//tbody//a")}
    assert sorted(links) == sorted(articles), "the index must link every article once"
    by_name = {p.name: p for p in pages[1:]}
    for aid, article in articles.items():
        page = by_name[links[aid]]
        dom = lxml.html.fromstring(doms[page])
        assert dom.xpath("//article[@class='text']//div[@class='spans']"), f"{aid}: no displaCy text in the DOM"
        ids = set(dom.xpath("//@id"))
        for row in review_rows(article):
            for mark in row.marks:
                if mark.placed:
                    assert f"span-{mark.key}" in ids, f"{aid}: span {mark.key} ({mark.label}) missing in the DOM"
                    assert dom.get_element_by_id(f"span-{mark.key}").getparent().get("data-label") == mark.label
                assert f"rec-{mark.key}" in ids, f"{aid}: table entry {mark.key} missing in the DOM"
    for page, shot in shots.items():
        assert shot.exists(), f"no screenshot of {page.name}"
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


WIDTH_PROBE = ("<script>document.body.dataset.scrollWidth = document.documentElement.scrollWidth;"
               "document.body.dataset.innerWidth = window.innerWidth;</script></body>")


@pytest.mark.parametrize("width", [1400, 1100])
def test_the_index_fits_the_window(seeds_out, tmp_path, width):
    """Crawled pages have long ids and titles; the index wraps them instead of running off the screen."""
    articles = list(load_articles(seeds_out).values())
    long_id = "thi-dua-cum-cac-huyen-thi-xa-thanh-pho-ky-ket-giao-uoc-thi-dua-nam-2024-2618591_bbdd31c4d1"
    articles.append({**articles[0], "id": long_id, "title": "Cụm thi đua các huyện, thị xã, thành phố " * 4})
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                        encoding="utf-8")
    index = write_reviews(out, tmp_path / "pages")[0]
    index.write_text(index.read_text(encoding="utf-8").replace("</body>", WIDTH_PROBE), encoding="utf-8")
    flags = [f"--window-size={width},1000"]
    body = lxml.html.fromstring(run_chromium([*flags, "--dump-dom", index.as_uri()], tmp_path / "profile")).body
    assert int(body.get("data-inner-width")) == width
    assert int(body.get("data-scroll-width")) <= width, "the index is wider than the window"
