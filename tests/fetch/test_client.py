"""HTTP behaviour against a loopback server: retries, Retry-After, timeouts, redirects, size and type limits."""

from __future__ import annotations

import gzip
import time

import pytest

from pipeline.fetch.client import HttpClient
from pipeline.fetch.pacing import Pacer
from pipeline.fetch.robots import Robots
from pipeline.fetch.settings import USER_AGENT, CrawlSettings
from tests.fetch.server import FixtureServer, Route

PAGE = "<html><body><p>Cụm thi đua ký kết giao ước thi đua năm 2024</p></body></html>".encode()


def client(**changes) -> HttpClient:
    settings = CrawlSettings(**{**dict(delay=0, timeout=0.5, retries=2, backoff=0.05, progress=False), **changes})
    return HttpClient(settings, Pacer(settings.delay))


def test_polite_defaults():
    s = CrawlSettings()
    assert s.delay >= 1 and s.retries >= 1 and s.max_redirects <= 10 and s.max_bytes <= 10 * 1024 * 1024
    assert "thidua" in USER_AGENT and "contact" in USER_AGENT


def test_503_then_success_keeps_both_responses():
    with FixtureServer({"/a": Route(PAGE, fail_first=1)}) as server:
        result = client().fetch(server.base + "/a")
        agent = server.log[0].headers["User-Agent"]
    assert result.ok and [e.status for e in result.exchanges] == [503, 200]
    assert agent == USER_AGENT


def test_429_waits_as_long_as_retry_after_says():
    with FixtureServer({"/a": Route(PAGE, fail_first=1, fail_status=429, retry_after="1")}) as server:
        started = time.monotonic()
        result = client().fetch(server.base + "/a")
        waited = time.monotonic() - started
    assert result.ok and waited >= 0.95


def test_a_retry_after_of_hours_fails_the_page_not_the_crawl():
    with FixtureServer({"/a": Route(PAGE, fail_first=5, fail_status=503, retry_after="7200")}) as server:
        result = client().fetch(server.base + "/a")
    assert result.error == "retry_after_too_long" and len(server.log) == 1


def test_persistent_errors_back_off_exponentially_then_fail():
    with FixtureServer({"/a": Route(PAGE, fail_first=10, fail_status=500)}) as server:
        result = client(retries=2, backoff=0.1).fetch(server.base + "/a")
        times = [e.at for e in server.log]
    assert result.error == "http_500" and len(times) == 3
    first, second = times[1] - times[0], times[2] - times[1]
    assert first >= 0.09 and second >= 0.19  # 0.1 s, then twice that


def test_slow_answer_times_out_after_retries():
    with FixtureServer({"/slow": Route(PAGE, delay=1.0)}) as server:
        started = time.monotonic()
        result = client(retries=1).fetch(server.base + "/slow")
        elapsed = time.monotonic() - started
    assert result.error == "timeout" and result.final is None
    assert elapsed < 2.5


def test_redirect_loop_and_chain_limits():
    routes = {"/a": Route(redirect="/b"), "/b": Route(redirect="/a"), "/c": Route(PAGE)}
    routes.update({f"/r{i}": Route(redirect=f"/r{i + 1}") for i in range(10)})
    with FixtureServer(routes) as server:
        loop = client().fetch(server.base + "/a")
        chain = client(max_redirects=3).fetch(server.base + "/r0")
    assert loop.error == "redirect_loop" and [e.status for e in loop.exchanges] == [302, 302]
    assert chain.error == "too_many_redirects"


def test_redirect_to_another_host_is_refused_by_permit():
    with FixtureServer({"/a": Route(redirect="{other}/b")}) as server:
        result = client().fetch(server.base + "/a", permit=lambda url: None if "127.0.0.1" in url else "offsite_redirect")
    assert result.error == "offsite_redirect" and len(server.log) == 1


def test_huge_and_non_html_bodies_are_not_read():
    routes = {"/huge": Route(stream_bytes=20 * 1024 * 1024), "/big": Route(b"x" * 3000),
              "/doc.pdf": Route(b"%PDF-1.4 ...", "application/pdf")}
    with FixtureServer(routes) as server:
        huge = client().fetch(server.base + "/huge")
        big = client(max_bytes=2048).fetch(server.base + "/big")  # refused by its Content-Length
        pdf = client().fetch(server.base + "/doc.pdf")
    assert huge.error == "too_large" and huge.final.body == b""
    assert big.error == "too_large"
    assert pdf.error == "not_html" and not pdf.final.complete


def test_gzip_bodies_are_kept_as_sent_and_decoded_on_demand():
    body = gzip.compress(PAGE)
    with FixtureServer({"/z": Route(body, headers={"Content-Encoding": "gzip"})}) as server:
        result = client().fetch(server.base + "/z")
    assert result.final.body == body and result.final.content(10_000) == PAGE


def test_conditional_request_gets_304():
    with FixtureServer({"/a": Route(PAGE)}) as server:
        first = client().fetch(server.base + "/a")
        again = client().fetch(server.base + "/a", etag=first.final.header("ETag"))
    assert again.final.status == 304 and server.log[1].headers["If-None-Match"] == first.final.header("ETag")


def test_pacer_spaces_requests_to_one_host():
    now = [0.0]
    slept = []
    pacer = Pacer(1.5, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)))
    pacer.wait("a.vn")
    pacer.done("a.vn")
    pacer.wait("b.vn")  # another host does not wait
    now[0] += 0.5
    pacer.wait("a.vn")
    pacer.defer("a.vn", 10)  # Retry-After
    pacer.wait("a.vn")
    assert slept == [pytest.approx(1.0), pytest.approx(10.0)]


def test_robots_rules_and_crawl_delay():
    robots = b"User-agent: *\nDisallow: /noi-bo/\nCrawl-delay: 120\n\nUser-agent: thidua\nDisallow: /tim-kiem/\nCrawl-delay: 3\n"
    with FixtureServer({"/robots.txt": Route(robots, "text/plain")}) as server:
        c = client(max_crawl_delay=60)
        rules = Robots(c)
        assert not rules.allowed(server.base + "/tim-kiem/?q=x")  # our own group applies
        assert rules.allowed(server.base + "/noi-bo/a")
        assert c.pacer.host_delay(f"127.0.0.1:{server.port}") == 3


@pytest.mark.parametrize("status, allowed", [(404, True), (500, False)])
def test_missing_robots_allows_and_broken_robots_forbids(status, allowed):
    with FixtureServer({"/robots.txt": Route(b"", status=status)}) as server:
        assert Robots(client(retries=0)).allowed(server.base + "/tin-tuc/") is allowed


@pytest.mark.parametrize("drip_from", ["status", "body"])
def test_a_server_dripping_bytes_cannot_hold_a_page_past_its_deadline(drip_from):
    # One byte every 0.3 s never trips the 1 s read timeout; only the page deadline ends it.
    body = PAGE * 2
    with FixtureServer({"/drip": Route(body, drip=0.3, drip_from=drip_from)}) as server:
        started = time.monotonic()
        result = client(timeout=1.0, page_deadline=1.5, retries=2).fetch(server.base + "/drip")
        elapsed = time.monotonic() - started
    assert result.error == "timeout" and "more than 1.5 s in all" in result.detail
    # Retries do not get a fresh deadline: the page's transfer time in all is bounded.
    assert elapsed < 1.5 + 0.5
    assert len(server.log) == 1


def test_the_deadline_counts_every_try_of_a_page():
    with FixtureServer({"/slow": Route(PAGE, delay=0.8, fail_first=5, fail_status=500)}) as server:
        started = time.monotonic()
        result = client(timeout=2.0, page_deadline=2.0, retries=5, backoff=0.01).fetch(server.base + "/slow")
        elapsed = time.monotonic() - started
    # Two tries of 0.8 s, then the third is cut at 2 s of transfer for the page in all.
    assert result.error == "timeout" and elapsed < 2.0 + 0.5
