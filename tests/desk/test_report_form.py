"""A report form a person can get right: Indonesian numbers, clear refusals, nothing half-saved."""

from decimal import Decimal

import pytest
from django.urls import reverse

from desk.factories import ProgrammeReportFactory
from desk.models import ProgrammeReport, ReportPhoto
from desk.models.operators import agency_collection
from news.factories import ImageFactory, region
from tests.support.desk_forms import report_form

pytestmark = pytest.mark.django_db
ADD = reverse("wagtailsnippets_desk_programmereport:add")


@pytest.fixture
def operator(dinkes, operator_of, login):
    return login(operator_of(dinkes))


def post_report(client, **fields):
    return client.post(ADD, report_form(region=region("kapuas"), **fields))


def field_errors(response):
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


@pytest.mark.parametrize("ceiling", ["1.250.000.000", "1250000000", "Rp1.250.000.000"])
def test_a_ceiling_is_read_with_or_without_thousands_dots(operator, ceiling):
    response = post_report(operator, budget_ceiling=ceiling, budget_realisation="980.500.000")
    assert response.status_code == 302
    report = ProgrammeReport.objects.get()
    assert (report.budget_ceiling, report.budget_realisation) == (1_250_000_000, 980_500_000)


def test_a_decimal_comma_is_read_as_a_decimal(operator):
    post_report(operator, physical_progress="78,5", output_target="12,75", output_achieved="3")
    report = ProgrammeReport.objects.get()
    assert report.physical_progress == Decimal("78.5")
    assert report.output_target == Decimal("12.75")


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("physical_progress", "101", "Persentase harus antara 0 dan 100"),
        ("physical_progress", "-5", "Persentase harus antara 0 dan 100"),
        ("physical_progress", "78.5", "Gunakan koma untuk desimal"),
        ("physical_progress", "78,555", "Paling banyak 2 angka di belakang koma."),
        ("budget_ceiling", "1.500.000,50", "tanpa sen"),
        ("budget_ceiling", "-1.000", "Angka tidak boleh negatif."),
        ("budget_ceiling", "99.999.999.999.999.999.999", "Angka terlalu besar"),
        ("budget_ceiling", "satu miliar", "titik sebagai pemisah ribuan"),
        ("beneficiaries", "1.250,5", "bilangan bulat"),
        ("output_target", "1.000.000.000.000.000", "Angka terlalu besar"),
    ],
)
def test_each_refusal_is_an_indonesian_message_on_its_field(operator, field, typed, message):
    response = post_report(operator, **{field: typed})
    assert response.status_code == 200
    errors = field_errors(response)
    assert list(errors) == [field]
    assert message in errors[field][0]
    assert message in response.content.decode()
    assert not ProgrammeReport.objects.exists()


def test_a_realisation_above_the_ceiling_is_saved_only_once_confirmed(operator):
    over = {"budget_ceiling": "1.000.000.000", "budget_realisation": "1.200.000.000"}

    warned = post_report(operator, **over)
    assert "melebihi pagu Rp1.000.000.000" in field_errors(warned)["budget_realisation"][0]
    assert not ProgrammeReport.objects.exists()

    confirmed = post_report(operator, confirm_over_ceiling="on", **over)
    assert confirmed.status_code == 302
    assert ProgrammeReport.objects.get().realisation_percent == Decimal("120.0")


def test_a_refused_report_leaves_nothing_half_saved(operator, dinkes):
    photo = ImageFactory(collection=agency_collection(dinkes))
    response = post_report(operator, photos=[photo], physical_progress="150")
    assert response.status_code == 200
    assert not ProgrammeReport.objects.exists()
    assert not ReportPhoto.objects.exists()


def test_the_edit_form_shows_numbers_as_they_would_be_typed(dinkes, operator):
    report = ProgrammeReportFactory(
        agency=dinkes, budget_ceiling=1_500_000_000, physical_progress=Decimal("78.50")
    )
    page = operator.get(
        reverse("wagtailsnippets_desk_programmereport:edit", args=[report.pk])
    ).content.decode()
    assert 'value="1.500.000.000"' in page
    assert 'value="78,5"' in page
    assert 'data-angka="rupiah"' in page and "js/desk-numbers.js" in page
