"""The desk's admin screens: sending a request, and filling a report."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from desk.factories import ProgrammeReportFactory
from desk.models import DataRequest, ProgrammeReport
from news.factories import AgencyFactory, region
from tests.support.desk_forms import report_form, request_form
from tests.support.two_factor import enrolled_device, mark_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, django_user_model):
    superuser = django_user_model.objects.create_superuser("kepala", "k@x.id", "x")
    client.force_login(superuser)
    mark_verified(client, enrolled_device(superuser))  # the admin asks a superuser's code too
    return client


def test_a_request_goes_to_the_agencies_ticked(superuser_client):
    dinkes, pupr, _other = AgencyFactory.create_batch(3)

    response = superuser_client.post(
        reverse("wagtailsnippets_desk_datarequest:add"), request_form(agencies=[dinkes, pupr])
    )

    assert response.status_code == 302
    sent = DataRequest.objects.get()
    assert set(sent.recipients.values_list("agency", flat=True)) == {dinkes.pk, pupr.pk}
    assert sent.created_by.username == "kepala"


def test_a_request_to_all_agencies_reaches_every_one(superuser_client):
    agencies = AgencyFactory.create_batch(4)

    superuser_client.post(
        reverse("wagtailsnippets_desk_datarequest:add"), request_form(all_agencies=True)
    )

    assert DataRequest.objects.get().recipients.count() == len(agencies)


def test_a_request_to_nobody_is_refused_in_indonesian(superuser_client):
    response = superuser_client.post(
        reverse("wagtailsnippets_desk_datarequest:add"),
        request_form(due_date="2026-06-01"),
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Pilih sekurang-kurangnya satu OPD" in page
    assert "Batas waktu tidak boleh sebelum periode mulai." in page
    assert not DataRequest.objects.exists()


def test_a_report_is_saved_with_its_figures(superuser_client):
    dinkes = AgencyFactory()

    response = superuser_client.post(
        reverse("wagtailsnippets_desk_programmereport:add"),
        report_form(
            agency=dinkes,
            region=region("kapuas"),
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    report = ProgrammeReport.objects.get()
    assert (report.agency, report.budget_ceiling, report.budget_realisation) == (
        dinkes,
        1_500_000_000,
        1_177_500_000,
    )
    assert str(report.realisation_percent) == "78.5"


def test_a_report_reads_the_indonesian_way_on_its_inspect_screen(superuser_client):
    report = ProgrammeReportFactory(
        budget_ceiling=1_500_000_000,
        budget_realisation=180_000_000,
        physical_progress=Decimal("12.5"),
        beneficiaries=None,
        desa="",
    )

    response = superuser_client.get(
        reverse("wagtailsnippets_desk_programmereport:inspect", args=[report.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    for shown in ("Rp1.500.000.000", "Rp180.000.000", "12 persen", "12,5 persen"):
        assert shown in html
    assert "1500000000" not in html
    assert not re.search(r">\s*None\s*<", html)
    assert "Realisasi anggaran (%)" in html
