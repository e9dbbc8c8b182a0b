"""Where the work runs: in this process, in a local process pool, or on a Dask cluster.

Each engine takes (key, path, named) tasks and yields (key, path, results) as files finish,
in any order; the ledger puts them back in input order.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable, Iterator

from pipeline.batch.work import Result, process_path

Task = tuple[str, str, bool]
Done = tuple[str, str, list[Result]]


def _run_task(task: Task) -> Done:
    key, path, named = task
    return key, path, process_path(path, named)


def run_serial(tasks: Iterable[Task]) -> Iterator[Done]:
    for task in tasks:
        yield _run_task(task)


def _warm_up() -> None:
    # Ctrl-C is the parent's to handle (it stops the pool and says how to resume); a worker that also
    # caught it would print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Load underthesea's models once per worker, before the first article is timed.
    from underthesea import word_tokenize

    word_tokenize("Khởi động", use_token_normalize=False)


def run_pool(tasks: Iterable[Task], workers: int) -> Iterator[Done]:
    """A local process pool; small chunks keep the workers evenly busy."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        yield from pool.imap_unordered(_run_task, tasks, chunksize=4)


def run_dask(tasks: Iterable[Task], scheduler: str | None, files_per_task: int = 16) -> Iterator[Done]:
    """The same work on a Dask cluster (dask.distributed), a partition of files per task.

    `scheduler` is the address of a running scheduler ("tcp://host:8786"); None starts a
    LocalCluster on this machine. Inputs must be readable from the workers (a shared file system).
    """
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = LocalCluster(processes=True, threads_per_worker=1) if scheduler is None else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        batches = _batches(list(tasks), files_per_task)
        futures = client.map(_run_batch, batches, pure=False)
        for future in as_completed(futures):
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _batches(tasks: list[Task], size: int) -> list[list[Task]]:
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _run_batch(batch: list[Task]) -> list[Done]:
    return [_run_task(task) for task in batch]
