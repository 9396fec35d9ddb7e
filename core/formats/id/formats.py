"""Django's Indonesian formats, with the newsroom's input formats (see core/formats)."""

from django.conf.locale.id.formats import *  # noqa: F403

from core.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS  # noqa: F401
