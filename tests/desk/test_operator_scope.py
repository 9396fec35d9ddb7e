"""An Operator OPD sees only their own agency's data, through every admin URL (tested by URL)."""

import pytest
from django.urls import reverse

from desk.factories import DataRequestFactory, DocumentFactory, ProgrammeReportFactory
from desk.models import ProgrammeReport
from desk.models.operators import agency_collection
from news.factories import ImageFactory
from tests.support.desk_forms import report_form

pytestmark = pytest.mark.django_db

REPORTS = "wagtailsnippets_desk_programmereport"
REPORT_CHOOSER = "wagtailsnippetchoosers_desk_programmereport"
REQUESTS = "wagtailsnippets_desk_datarequest"
REQUEST_CHOOSER = "wagtailsnippetchoosers_desk_datarequest"


@pytest.fixture
def two_agencies(dinkes, pupr, operator_of, login):
    """The Dinkes operator's client, and each agency's report, request, photo and document."""
    own = {"agency": dinkes}
    other = {"agency": pupr}
    for data in (own, other):
        agency = data["agency"]
        data["report"] = ProgrammeReportFactory(
            agency=agency, programme_name=f"Program Rahasia {agency.short_name}"
        )
        data["request"] = DataRequestFactory(
            programme=f"Permintaan Khusus {agency.short_name}", agencies=[agency]
        )
        data["image"] = ImageFactory(
            title=f"Foto Kegiatan {agency.short_name}", collection=agency_collection(agency)
        )
        data["document"] = DocumentFactory(
            title=f"Dokumen Anggaran {agency.short_name}", collection=agency_collection(agency)
        )
    return login(operator_of(dinkes)), own, other


def object_urls(data):
    report, request = data["report"].pk, data["request"].pk
    return [
        reverse(f"{REPORTS}:edit", args=[report]),
        reverse(f"{REPORTS}:inspect", args=[report]),
        reverse(f"{REPORTS}:history", args=[report]),
        reverse(f"{REPORTS}:usage", args=[report]),
        reverse(f"{REPORTS}:delete", args=[report]),
        reverse(f"{REPORT_CHOOSER}:chosen", args=[report]),
        reverse(f"{REQUESTS}:inspect", args=[request]),
        reverse(f"{REQUESTS}:edit", args=[request]),
        reverse(f"{REQUESTS}:history", args=[request]),
        reverse(f"{REQUEST_CHOOSER}:chosen", args=[request]),
        reverse("wagtailimages:edit", args=[data["image"].pk]),
        reverse("wagtaildocs:edit", args=[data["document"].pk]),
    ]


def test_an_operator_opens_none_of_another_agencys_objects(two_agencies):
    client, _own, other = two_agencies
    opened = [url for url in object_urls(other) if client.get(url).status_code == 200]
    assert opened == []


def test_an_operator_opens_their_own_agencys_objects(two_agencies):
    client, own, _other = two_agencies
    # Deleting reports and changing requests are not an operator's rights, even their own.
    urls = [
        url
        for url in object_urls(own)
        if "/delete/" not in url
        and not url.startswith(reverse(f"{REQUESTS}:list") + "edit")
        and not url.startswith(reverse(f"{REQUESTS}:list") + "history")
    ]
    refused = [url for url in urls if client.get(url).status_code != 200]
    assert refused == []


@pytest.mark.parametrize(
    "url",
    [
        reverse(f"{REPORTS}:list"),
        reverse(f"{REPORTS}:list") + "?q=Program+Rahasia",
        reverse(f"{REPORTS}:list") + "?export=csv",
        reverse(f"{REPORT_CHOOSER}:choose"),
        reverse(f"{REPORT_CHOOSER}:choose_results") + "?q=Rahasia",
        reverse(f"{REQUESTS}:list"),
        reverse(f"{REQUESTS}:list") + "?export=csv",
        reverse(f"{REQUEST_CHOOSER}:choose"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:index") + "?q=Foto",
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs_chooser:choose"),
        reverse(f"{REPORTS}:add"),
    ],
)
def test_lists_searches_exports_and_choosers_show_only_the_operators_agency(two_agencies, url):
    client, _own, _other = two_agencies
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode()
    assert response.status_code == 200
    secrets = ["Rahasia PUPR", "Khusus PUPR", "Kegiatan PUPR", "Anggaran PUPR"]
    assert [secret for secret in secrets if secret in text] == []


def test_the_operator_finds_their_own_report_in_the_list_and_the_export(two_agencies):
    client, _own, _other = two_agencies
    listing = client.get(reverse(f"{REPORTS}:list")).content.decode()
    export = b"".join(client.get(reverse(f"{REPORTS}:list") + "?export=csv").streaming_content)
    assert "Program Rahasia Dinkes" in listing
    assert "Program Rahasia Dinkes" in export.decode()


def test_the_site_history_report_is_closed_to_operators(two_agencies):
    client, _own, _other = two_agencies
    assert client.get(reverse("wagtailadmin_reports:site_history")).status_code == 403


def test_an_operators_report_is_their_agencys_whatever_the_form_says(two_agencies):
    client, own, other = two_agencies
    client.post(
        reverse(f"{REPORTS}:add"),
        report_form(
            agency=other["agency"],
            region=own["report"].region,
            programme_name="Posyandu Keliling",
            budget_ceiling="0",
            budget_realisation="0",
        ),
    )
    assert ProgrammeReport.objects.get(programme_name="Posyandu Keliling").agency == own["agency"]


def test_an_operator_cannot_answer_a_request_sent_to_another_agency(two_agencies):
    client, own, other = two_agencies
    response = client.post(
        reverse(f"{REPORTS}:add"),
        report_form(
            region=own["report"].region,
            request=other["request"].pk,
            budget_ceiling="0",
            budget_realisation="0",
        ),
    )
    assert response.status_code == 200
    assert "request" in response.context["form"].errors


def test_an_operator_not_yet_tied_to_an_agency_sees_nothing(people, login, two_agencies):
    from django.contrib.auth.models import Group

    stray = people["Pewarta"]
    stray.groups.set([Group.objects.get(name="Operator OPD")])
    client = login(stray)
    listing = client.get(reverse(f"{REPORTS}:list")).content.decode()
    assert "Program Rahasia" not in listing
