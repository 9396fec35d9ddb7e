"""`make chaos` fails on the outcomes it exists to catch (bench/chaos.py's counting)."""

from collections import Counter

from bench.chaos import Run


def settled_run(**on_platform) -> Run:
    return Run(
        statuses=Counter(posted=4),
        row_ids={"facebook": {"1", "2"}, "x": {"3", "4"}},
        on_platform={platform: Counter(markers) for platform, markers in on_platform.items()},
        settled=True,
    )


def test_one_post_per_row_passes():
    run = settled_run(facebook={"1": 1, "2": 1}, x={"3": 1, "4": 1})
    assert (run.duplicates(), run.missing(), run.strays()) == (0, 0, 0)
    assert run.passed()


def test_a_marker_posted_twice_is_a_duplicate_and_fails_the_run():
    run = settled_run(facebook={"1": 2, "2": 1}, x={"3": 1, "4": 1})
    assert run.duplicates() == 1
    assert not run.passed()


def test_a_row_without_its_post_is_missing_and_fails_the_run():
    run = settled_run(facebook={"1": 1}, x={"3": 1, "4": 1})
    assert run.missing() == 1
    assert not run.passed()


def test_a_post_on_the_wrong_platform_or_of_no_row_is_a_stray():
    run = settled_run(facebook={"1": 1, "2": 1, "3": 1}, x={"3": 1, "4": 1, "?": 1})
    assert run.strays() == 2
    assert not run.passed()


def test_rows_left_unended_or_a_survivor_that_exited_fail_the_run():
    unended = settled_run(facebook={"1": 1, "2": 1}, x={"3": 1, "4": 1})
    unended.statuses = Counter(posted=3, unknown=1)
    assert unended.unended() == 1
    assert not unended.passed()
    dead = settled_run(facebook={"1": 1, "2": 1}, x={"3": 1, "4": 1})
    dead.dead = ["chaos2"]
    assert not dead.passed()
