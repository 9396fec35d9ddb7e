"""Django's English formats; the admin's fields still read day-first (see core/formats)."""

from django.conf.locale.en.formats import *  # noqa: F403

from core.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS  # noqa: F401
