"""Throughput and memory of the whole `thidua extract` path against underthesea's ner() baseline.

    .venv/bin/python benchmarks/throughput.py [--articles 2000] [--baseline-sample 150] [--repeat 1] [--memory]

Prints, for each repeat: (b) the whole extract path (start-up, read, clean, NLP, all extractors,
export, linking) on the whole corpus, one worker, each run in a fresh process as `thidua extract`
runs; (a) the baseline, underthesea `ner()` over every sentence of a sample of the articles, in
this process right after (b), so both see the same load on the machine (ner runs ~30-100
sentences/s, so the whole corpus would take most of an hour; a rate over a random sample is the
same rate). Then articles/s, characters/s (of cleaned text), the ratio b/a, and the same path with
two workers with its speed-up over the one-worker run of the same repeat; then the best of the
repeats and where the time of the best one-worker run went, stage by stage (benchmarks/stages.py);
with --memory the peak memory of one-worker runs on 500 and 5,000 articles.

The machine may be shared: figures of one repeat are only compared with each other.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import build  # noqa: E402


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


def child_run(folder: str, out: str, workers: int) -> None:
    """In a fresh process: one run_extract, then its figures as one JSON line on stdout."""
    from benchmarks.stages import StageClock
    from pipeline.batch import run_extract

    clock = StageClock().install() if workers == 1 else None
    summary = run_extract([folder], out, workers=workers, force=True)
    if clock:
        clock.uninstall()
    print(json.dumps({"articles": summary.articles, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "stages": dict(clock.seconds) if clock else {}}))


def timed_run(folder: Path, out: Path, workers: int) -> dict:
    """One `thidua extract` in a fresh process, timed from its start (imports and model loading included)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--child", str(folder), str(out), str(workers)],
                          capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"benchmark run failed:\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["seconds"] = seconds
    figures["chars"] = sum(len(t) for t in cleaned_texts(out))
    return figures


def memory_of_run(count: int, work: Path) -> float:
    """Peak resident memory (MB) of a fresh process extracting `count` articles with one worker."""
    folder = work / f"mem_{count}"
    build(folder, count)
    return timed_run(folder, work / f"mem_out_{count}", workers=1)["peak_mb"]


def stage_table(run: dict) -> list[str]:
    from benchmarks.stages import STAGES

    total = run["seconds"]
    seconds = {stage: run["stages"].get(stage, 0.0) for stage in STAGES[:-1]}
    seconds[STAGES[-1]] = max(0.0, total - sum(seconds.values()))
    lines = [f"  {'stage':38} {'seconds':>8} {'share':>6} {'ms/article':>10}"]
    for stage, s in seconds.items():
        lines.append(f"  {stage:38} {s:8.2f} {s / total:6.1%} {1000 * s / max(run['articles'], 1):10.2f}")
    lines.append(f"  {'total (wall, fresh process)':38} {total:8.2f} {1:6.0%} {1000 * total / run['articles']:10.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--baseline-sample", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of (b), (a) and two workers; the best of each is kept")
    parser.add_argument("--memory", action="store_true", help="also compare peak memory on 500 and 5,000 articles")
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(args.child[0], args.child[1], int(args.child[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        build(folder, args.articles)
        print(f"corpus: {args.articles} articles in {folder}")
        best, best_speedup = None, 0.0
        sample: list[str] = []
        for n in range(1, args.repeat + 1):
            run = timed_run(folder, work / "out1", workers=1)
            rate = run["chars"] / run["seconds"]
            if not sample:
                texts = cleaned_texts(work / "out1")
                sample = random.Random(1).sample(texts, min(args.baseline_sample, len(texts)))
            base_seconds, base_chars = baseline(sample)
            base_rate = base_chars / base_seconds
            run["ratio"] = rate / base_rate
            print(f"[{n}] (b) thidua extract, 1 worker : {run['articles'] / run['seconds']:8.1f} articles/s "
                  f"{rate:10.0f} chars/s ({run['seconds']:.1f} s, peak {run['peak_mb']:.0f} MB)")
            print(f"[{n}] (a) underthesea ner() baseline: {len(sample) / base_seconds:8.1f} articles/s "
                  f"{base_rate:10.0f} chars/s ({len(sample)} sampled articles, {base_seconds:.1f} s)")
            print(f"[{n}] ratio b/a (chars/s): {run['ratio']:.1f}")
            two = timed_run(folder, work / "out2", workers=2)
            run["speedup"] = run["seconds"] / two["seconds"]
            print(f"[{n}] thidua extract, 2 workers : {two['articles'] / two['seconds']:8.1f} articles/s "
                  f"{two['chars'] / two['seconds']:10.0f} chars/s, x{run['speedup']:.2f} the 1-worker run")
            if best is None or run["ratio"] > best["ratio"]:
                best = run
            best_speedup = max(best_speedup, run["speedup"])
        print(f"best of {args.repeat}: ratio b/a {best['ratio']:.1f}, 2 workers x{best_speedup:.2f} one")
        print("where the time of the best 1-worker run went:")
        print("\n".join(stage_table(best)))

        if args.memory:
            small, large = memory_of_run(500, work), memory_of_run(5000, work)
            print(f"peak memory: 500 articles {small:.0f} MB, 5,000 articles {large:.0f} MB "
                  f"({(large / small - 1) * 100:+.0f}%)")


if __name__ == "__main__":
    main()
