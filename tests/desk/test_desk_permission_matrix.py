"""Every role against the desk's actions, through the admin's own URLs."""

import pytest
from django.urls import reverse

from desk.factories import ProgrammeReportFactory
from desk.models import AgencyOperator, DataRequest, ProgrammeReport, ReviewStatus
from tests.support.desk_forms import report_form, request_form

pytestmark = pytest.mark.django_db

ROLES = ["Pewarta", "Redaktur", "Analis", "Administrator", "Pengelola Data", "Operator OPD"]
ALLOWED = {
    # action:                      Pewarta, Redaktur, Analis, Admin, Pengelola Data, Operator
    "open_reports": (True, True, False, True, True, True),
    "send_request": (False, False, False, True, True, False),
    "create_report": (False, False, False, True, True, True),
    "open_another_agencys_draft": (False, True, False, True, True, False),
    "open_an_accepted_report": (True, True, False, True, True, False),
    "tie_an_operator_to_an_agency": (False, False, False, True, True, False),
    "accept_own_agencys_report": (False, True, False, True, True, False),
    "open_the_board": (False, True, True, True, True, True),
    "download_the_board_csv": (False, True, True, True, True, True),
    "see_another_agency_on_the_board": (False, True, True, True, True, False),
}
CASES = [
    (action, role, allowed[position])
    for action, allowed in ALLOWED.items()
    for position, role in enumerate(ROLES)
]


def opens(client, url) -> bool:
    return client.get(url).status_code == 200


def attempt(action, client, *, dinkes, pupr, people):
    reports = "wagtailsnippets_desk_programmereport"
    if action == "open_reports":
        return opens(client, reverse(f"{reports}:list"))
    if action == "send_request":
        client.post(reverse("wagtailsnippets_desk_datarequest:add"), request_form(agencies=[pupr]))
        return DataRequest.objects.exists()
    if action == "create_report":
        client.post(
            reverse(f"{reports}:add"),
            report_form(
                agency=dinkes,
                region=ProgrammeReportFactory.build().region,
                programme_name="Laporan Baru",
            ),
        )
        return ProgrammeReport.objects.filter(programme_name="Laporan Baru").exists()
    if action == "open_another_agencys_draft":
        report = ProgrammeReportFactory(agency=pupr)
        return opens(client, reverse(f"{reports}:inspect", args=[report.pk]))
    if action == "open_an_accepted_report":
        report = ProgrammeReportFactory(agency=pupr, review_status=ReviewStatus.ACCEPTED)
        return opens(client, reverse(f"{reports}:inspect", args=[report.pk]))
    if action == "tie_an_operator_to_an_agency":
        client.post(
            reverse("wagtailsnippets_desk_agencyoperator:add"),
            {"user": people["Analis"].pk, "agency": pupr.pk},
        )
        return AgencyOperator.objects.filter(user=people["Analis"]).exists()
    if action == "accept_own_agencys_report":
        report = ProgrammeReportFactory(agency=dinkes, review_status=ReviewStatus.SUBMITTED)
        client.post(reverse("desk_report_review", args=[report.pk]), {"decision": "accept"})
        report.refresh_from_db()
        return report.review_status == ReviewStatus.ACCEPTED
    if action == "open_the_board":
        return opens(client, reverse("desk_board"))
    if action == "download_the_board_csv":
        response = client.get(reverse("desk_board_export"))
        return response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    if action == "see_another_agency_on_the_board":
        return pupr.name in client.get(reverse("desk_board"), {"opd": pupr.pk}).content.decode()
    raise AssertionError(action)


@pytest.mark.parametrize(
    ("action", "role", "allowed"), CASES, ids=[f"{a}-{r}" for a, r, _ in CASES]
)
def test_each_role_can_do_on_the_desk_what_it_is_allowed_and_nothing_more(
    action, role, allowed, people, login, dinkes, pupr, operator_of
):
    user = operator_of(dinkes) if role == "Operator OPD" else people[role]
    outcome = attempt(action, login(user), dinkes=dinkes, pupr=pupr, people=people)
    assert outcome is allowed
