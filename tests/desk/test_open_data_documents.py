"""A report's documents reach the public only while the report is accepted and public:
/dokumen/<id>/<name> would otherwise serve a draft's file to anyone who counts ids."""

import pytest
from django.test import Client

from desk.factories import DocumentFactory, ProgrammeReportFactory
from desk.models import ReportDocument, ReviewStatus
from desk.models.operators import agency_collection

pytestmark = pytest.mark.django_db


def report_with_document(agency, **fields):
    report = ProgrammeReportFactory(agency=agency, **fields)
    document = DocumentFactory(
        title=f"Lampiran {report.programme_name}", collection=agency_collection(agency)
    )
    ReportDocument.objects.create(report=report, document=document)
    return report, document


def test_a_published_reports_document_is_listed_and_downloadable(reader, dinkes):
    _, document = report_with_document(
        dinkes, programme_name="Posyandu", review_status=ReviewStatus.ACCEPTED, is_public=True
    )

    page = reader.get("/opd/dinkes/").content.decode()
    listed = reader.get("/data/laporan.json").json()["reports"][0]["documents"]

    assert f'href="{document.url}"' in page and "Lampiran Posyandu" in page
    assert listed == [{"title": "Lampiran Posyandu", "url": f"http://testserver{document.url}"}]
    assert reader.get(document.url).status_code == 200


@pytest.mark.parametrize(
    "state",
    [
        {"review_status": ReviewStatus.DRAFT},
        {"review_status": ReviewStatus.SUBMITTED, "is_public": True},
        {"review_status": ReviewStatus.RETURNED, "is_public": True},
        {"review_status": ReviewStatus.ACCEPTED, "is_public": False},
    ],
)
def test_an_unpublished_reports_document_is_neither_listed_nor_served_to_the_public(
    reader, dinkes, state
):
    _, document = report_with_document(dinkes, programme_name="Rahasia", **state)

    assert "Lampiran Rahasia" not in reader.get("/opd/dinkes/").content.decode()
    assert "Lampiran Rahasia" not in reader.get("/data/laporan.json").content.decode()
    assert reader.get(document.url).status_code == 404
    assert Client().get(f"/media/{document.file.name}").status_code == 404


def test_the_agencys_operator_and_the_newsroom_still_open_a_drafts_document(
    dinkes, pupr, operator_of, login
):
    _, document = report_with_document(dinkes, review_status=ReviewStatus.DRAFT)

    assert login(operator_of(dinkes)).get(document.url).status_code == 200
    assert login("Redaktur").get(document.url).status_code == 200
    assert login(operator_of(pupr)).get(document.url).status_code == 404


def test_a_file_uploaded_to_an_agencys_collection_but_not_yet_attached_stays_private(
    reader, dinkes
):
    document = DocumentFactory(collection=agency_collection(dinkes))

    assert reader.get(document.url).status_code == 404


def test_the_newsrooms_own_documents_are_served_as_before(reader):
    document = DocumentFactory()

    assert reader.get(document.url).status_code == 200
