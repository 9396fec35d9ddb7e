"""factory_boy factories for the desk's requests, recipients, reports and operators."""

from datetime import date
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from desk.models import AgencyOperator, DataRequest, DataRequestRecipient, ProgrammeReport
from news.factories import AgencyFactory, region


class DataRequestFactory(DjangoModelFactory):
    class Meta:
        model = DataRequest
        skip_postgeneration_save = True

    programme = factory.Sequence(lambda n: f"Realisasi program prioritas {n}")
    period_start = date(2026, 7, 1)
    period_end = date(2026, 9, 30)
    due_date = date(2026, 10, 15)

    @factory.post_generation
    def agencies(self, create, extracted, **kwargs):
        """DataRequestFactory(agencies=[dinkes, pupr]) sends it to those agencies."""
        if create and extracted:
            for agency in extracted:
                DataRequestRecipient.objects.create(request=self, agency=agency)


class ProgrammeReportFactory(DjangoModelFactory):
    class Meta:
        model = ProgrammeReport
        skip_postgeneration_save = True

    agency = factory.SubFactory(AgencyFactory)
    programme_name = factory.Sequence(lambda n: f"Program Bedah Rumah {n}")
    activity_name = "Rehabilitasi rumah tidak layak huni"
    period_start = date(2026, 7, 1)
    period_end = date(2026, 9, 30)
    region = factory.LazyFunction(region)
    budget_ceiling = 1_500_000_000
    budget_realisation = 1_177_500_000
    physical_progress = Decimal("80")
    contact_name = "Siti Rahmawati"


class OperatorFactory(DjangoModelFactory):
    """An Operator OPD: a user in the role, tied to one agency."""

    class Meta:
        model = AgencyOperator

    user = factory.SubFactory(
        "desk.factories.UserFactory", username=factory.Sequence(lambda n: f"operator{n}")
    )
    agency = factory.SubFactory(AgencyFactory)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@opd.kalteng.go.id")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dokumen {n}")
    file = factory.django.FileField(filename="laporan.pdf", data=b"%PDF-1.4 laporan")
