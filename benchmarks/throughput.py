"""Throughput and memory of the whole `thidua extract` path against underthesea's ner() baseline.

    .venv/bin/python benchmarks/throughput.py [--articles 2000] [--baseline-sample 150] [--memory]

Prints, for one process: (a) the baseline, underthesea `ner()` over every sentence of a sample
of the articles (ner runs ~30-100 sentences/s, so the whole corpus would take most of an hour;
a rate over a random sample is the same rate), (b) the whole extract path (read, clean, NLP,
all extractors, export) on the whole corpus; articles/s, characters/s (of cleaned text), the
ratio b/a and peak memory. Then the same path with two workers, and with --memory the peak
memory of runs on 500 and 5,000 articles, each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import build  # noqa: E402
from pipeline.batch import run_extract  # noqa: E402


def cleaned_texts(out: Path) -> list[str]:
    with (out / "articles.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def baseline(texts: list[str]) -> tuple[float, int]:
    """Seconds and characters for underthesea ner() over every sentence of the texts."""
    from underthesea import ner, sent_tokenize

    sentences = [s for text in texts for line in text.split("\n") if line.strip() for s in sent_tokenize(line)]
    ner("Khởi động mô hình.")  # load the model outside the timing
    started = time.perf_counter()
    for sentence in sentences:
        ner(sentence)
    return time.perf_counter() - started, sum(len(s) for s in sentences)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_run(folder: Path, out: Path, workers: int) -> tuple[float, int, int]:
    started = time.perf_counter()
    summary = run_extract([folder], out, workers=workers, force=True)
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in cleaned_texts(out))
    return seconds, summary.articles, chars


def memory_of_run(count: int, work: Path) -> float:
    """Peak resident memory (MB) of a fresh process extracting `count` articles."""
    folder = work / f"mem_{count}"
    build(folder, count)
    code = ("import resource,sys; from pipeline.batch import run_extract; "
            f"run_extract([{str(folder)!r}], {str(work / f'mem_out_{count}')!r}, workers=1); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--baseline-sample", type=int, default=150)
    parser.add_argument("--memory", action="store_true", help="also compare peak memory on 500 and 5,000 articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        build(folder, args.articles)
        print(f"corpus: {args.articles} articles in {folder}")

        seconds, articles, chars = timed_run(folder, work / "out1", workers=1)
        print(f"(b) thidua extract, 1 worker : {articles / seconds:8.1f} articles/s {chars / seconds:10.0f} chars/s "
              f"({seconds:.1f} s, peak {peak_mb():.0f} MB)")

        texts = cleaned_texts(work / "out1")
        sample = random.Random(1).sample(texts, min(args.baseline_sample, len(texts)))
        base_seconds, base_chars = baseline(sample)
        base_rate = base_chars / base_seconds
        print(f"(a) underthesea ner() baseline: {len(sample) / base_seconds:8.1f} articles/s {base_rate:10.0f} chars/s "
              f"({len(sample)} sampled articles, {base_seconds:.1f} s)")
        print(f"ratio b/a (chars/s): {chars / seconds / base_rate:.1f}")

        seconds2, articles2, chars2 = timed_run(folder, work / "out2", workers=2)
        print(f"thidua extract, 2 workers     : {articles2 / seconds2:8.1f} articles/s {chars2 / seconds2:10.0f} chars/s "
              f"speed-up x{seconds / seconds2:.2f}")

        if args.memory:
            small, large = memory_of_run(500, work), memory_of_run(5000, work)
            print(f"peak memory: 500 articles {small:.0f} MB, 5,000 articles {large:.0f} MB "
                  f"({(large / small - 1) * 100:+.0f}%)")


if __name__ == "__main__":
    main()
