import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from analytics.collection import hour_bucket
from analytics.models import MetricSnapshot
from syndication.factories import SyndicationFactory


class MetricSnapshotFactory(DjangoModelFactory):
    """One reading of a posted row's counters; its day and growth are filled on save."""

    class Meta:
        model = MetricSnapshot

    syndication = factory.SubFactory(SyndicationFactory, posted=True)
    collected_at = factory.LazyFunction(timezone.now)
    bucket = factory.LazyAttribute(lambda snapshot: hour_bucket(snapshot.collected_at))
