"""How often a post's metrics are read: often while it is fresh, then less, then never."""

from datetime import timedelta

from django.conf import settings

# (age up to, interval): hourly for 48 h, every 6 h to day 7, daily to day 90, then stop.
DEFAULT_CADENCE = (
    (timedelta(hours=48), timedelta(hours=1)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=90), timedelta(days=1)),
)
# A reading a few minutes early still counts, so an hourly beat never skips a slot.
SLACK = timedelta(minutes=5)


def cadence() -> tuple[tuple[timedelta, timedelta], ...]:
    return tuple(getattr(settings, "ANALYTICS_COLLECTION_CADENCE", DEFAULT_CADENCE))


def interval_for(age: timedelta, steps=None) -> timedelta | None:
    """The wait between readings for a post of this age, or None once it is too old."""
    for max_age, interval in steps or cadence():
        if age <= max_age:
            return interval
    return None


def is_due(posted_at, last_collected_at, now, steps=None) -> bool:
    interval = interval_for(now - posted_at, steps)
    if interval is None:
        return False
    return last_collected_at is None or now - last_collected_at >= interval - SLACK


def oldest_collected_age(steps=None):
    return (steps or cadence())[-1][0]


def reading_ages(steps=None, tick=timedelta(hours=1)) -> list[timedelta]:
    """The ages at which an hourly collector reads a post, from the first reading to the last."""
    ages, last = [], timedelta(0)
    age = tick
    while interval_for(age, steps) is not None:
        if age - last >= interval_for(age, steps):
            ages.append(age)
            last = age
        age += tick
    return ages
