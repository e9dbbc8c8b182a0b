"""Where the time of one `run_extract` goes: read, clean, NLP, NER, each extractor, export, linking.

A benchmark-only timing hook. `StageClock.install()` wraps the functions the batch runner calls by
name (the wrapped names are looked up at call time, so nothing in the pipeline knows about it) and
`uninstall()` puts them back. Times are exclusive: when an extractor asks for underthesea NER, those
seconds count as "nlp: ner (on demand)", not as the extractor's; so the stages add up to the run.
Only calls made in this process are timed: use it with one worker.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

# (module, attribute, stage) in the order the table prints them.
_FUNCTIONS = [
    ("pipeline.batch.work", "read_file", "read"),
    ("pipeline.batch.work", "clean", "clean"),
    ("pipeline.batch.work", "analyse", "nlp: sentences and words"),
    ("pipeline.nlp.analysis", "Analysis.entities", "nlp: ner (on demand)"),
    ("pipeline.extract.article", "infer_province", "extract: province"),
    ("pipeline.extract.article", "extract_event", "extract: event"),
    ("pipeline.extract.article", "extract_officials", "extract: officials"),
    ("pipeline.extract.article", "extract_clusters", "extract: clusters"),
    ("pipeline.extract.article", "extract_movements", "extract: movements"),
    ("pipeline.extract.article", "extract_awards", "extract: awards"),
    ("pipeline.extract.article", "extract_documents", "extract: documents"),
    ("pipeline.batch.work", "to_json", "export: records to JSON and rows"),
    ("pipeline.batch.work", "rows", "export: records to JSON and rows"),
    ("pipeline.batch.ledger", "Ledger.record", "export: run ledger"),
    ("pipeline.batch.runner", "_export", "export: files"),  # runners that export after the last input
    ("pipeline.batch.runner", "_InOrder._write", "export: files"),  # runners that export as inputs finish
    ("pipeline.batch.runner", "link_outputs", "linking"),  # runners that link by reading the output back
    ("pipeline.normalize.link", "Linker.add", "linking"),  # runners that link articles as they export them
    ("pipeline.normalize.link", "Linker.finish", "linking"),
]
STAGES = list(dict.fromkeys(stage for *_, stage in _FUNCTIONS)) + ["other (start-up, imports, planning)"]


class StageClock:
    """`clock` is time.perf_counter (wall time, what a user waits) or time.process_time (CPU time of
    this process, steadier on a shared machine)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self.seconds: Counter[str] = Counter()
        self._inner: list[float] = []  # time spent in timed callees, per open call
        self._saved: list[tuple[Any, str, Any]] = []

    def _timed(self, stage: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            started = self.clock()
            self._inner.append(0.0)
            try:
                result = fn(*args, **kwargs)
            finally:
                self._close(stage, started)
            if hasattr(result, "__next__"):  # a generator (read_file): time each item it yields
                return self._timed_items(stage, result)
            return result

        return timed

    def _close(self, stage: str, started: float) -> None:
        elapsed = self.clock() - started
        self.seconds[stage] += elapsed - self._inner.pop()
        if self._inner:
            self._inner[-1] += elapsed

    def _timed_items(self, stage: str, items: Iterator) -> Iterator:
        while True:
            started = self.clock()
            self._inner.append(0.0)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self._close(stage, started)
            yield item

    def install(self) -> StageClock:
        import importlib

        for module_name, attribute, stage in _FUNCTIONS:
            owner: Any = importlib.import_module(module_name)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part, None)
            if owner is None or not hasattr(owner, name):
                continue  # a call site this version of the pipeline does not have
            original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
            self._saved.append((owner, name, original))
            setattr(owner, name, self._timed(stage, original))
        return self

    def uninstall(self) -> None:
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)
        self._saved.clear()

    def table(self, total: float) -> dict[str, float]:
        """Seconds per stage, the rest of `total` as start-up and other work."""
        out = {stage: self.seconds.get(stage, 0.0) for stage in STAGES[:-1]}
        out[STAGES[-1]] = max(0.0, total - sum(out.values()))
        return out
