"""Settings for `make chaos` (bench/chaos.py): production's, with the waits shortened so a
run that kills a worker and the broker ends within a few minutes.

Only durations change; every rule (claiming, reconciling, the sweeper's) is production's.
"""

from bench.settings import *  # noqa: F403
from bench.settings import CELERY_BEAT_SCHEDULE

# Beat runs the sweeper every 10 s instead of every minute, so a lost message or a dead
# worker's row is recovered within the run.
CELERY_BEAT_SCHEDULE = {
    **CELERY_BEAT_SCHEDULE,
    "sweep-syndications": {
        "task": "syndication.sweep",
        "schedule": 10.0,
        "options": {"expires": 9},
    },
}
# A row that no worker claimed for a minute lost its message (the default is 5 minutes).
SYNDICATION_UNCLAIMED_MINUTES = 1
# The in-flight deadline is the hard time limit plus a minute: 80 s instead of 4 minutes.
# A sandbox post takes well under a second, so these limits never cut an attempt short.
SYNDICATION_TASK_SOFT_TIME_LIMIT = 15
SYNDICATION_TASK_TIME_LIMIT = 20
SYNDICATION_BASE_BACKOFF_SECONDS = 0.5
# Token buckets fast enough for a burst of 60+ articles in a minute or two, slow enough
# that Instagram and YouTube still wait for their turn (the real ones allow 0.2 posts/s).
SYNDICATION_RATE_BUCKETS = {
    "facebook": (10.0, 20),
    "instagram": (2.0, 10),
    "x": (5.0, 10),
    "youtube": (2.0, 10),
}
