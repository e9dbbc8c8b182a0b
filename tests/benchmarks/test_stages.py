"""The benchmark's per-stage clock finds every stage of a run (a renamed call site would leave a stage at 0)."""

from benchmarks.stages import STAGES, StageClock
from pipeline.batch import run_extract
from tests.helpers import SEEDS


def test_every_stage_of_a_run_is_timed_and_the_clock_comes_off(tmp_path):
    import pipeline.batch.work as work

    clean = work.clean
    clock = StageClock().install()
    try:
        summary = run_extract([SEEDS], tmp_path)
    finally:
        clock.uninstall()
    assert work.clean is clean
    assert summary.articles == 5
    table = clock.table(total=sum(clock.seconds.values()) + 1.0)
    untimed = {stage for stage, seconds in table.items() if seconds <= 0}
    assert untimed <= {"nlp: ner (on demand)"}, untimed  # the seeds need no NER
    assert list(table) == STAGES
