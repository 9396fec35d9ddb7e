from .operators import AgencyOperator
from .reminders import Reminder, ReminderKind
from .reports import ProgrammeReport, ReportDocument, ReportPhoto, ReviewStatus, percent_of
from .requests import (
    DataRequest,
    DataRequestRecipient,
    RecipientStatus,
    Repeat,
    add_months,
    status_on,
)

__all__ = [
    "AgencyOperator",
    "DataRequest",
    "DataRequestRecipient",
    "ProgrammeReport",
    "RecipientStatus",
    "Reminder",
    "ReminderKind",
    "Repeat",
    "ReportDocument",
    "ReportPhoto",
    "ReviewStatus",
    "add_months",
    "percent_of",
    "status_on",
]
