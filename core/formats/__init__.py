"""Date formats the admin reads and writes, the Indonesian way: dd/mm/yyyy and 24-hour time.

Django's own Indonesian formats accept `mm/dd/yyyy` (so 05/11/2026 would be 11 May) and
times as `14.30`; these put day-first, colon times and ISO first and drop the US order.
`FORMAT_MODULE_PATH` points here; WAGTAIL_DATE_FORMAT and its siblings must be among them
(Wagtail's check wagtailadmin.E003 verifies it for every language in LANGUAGES).
"""

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y"]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H.%M"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H.%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
]
