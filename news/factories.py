"""factory_boy factories for tests and benchmarks."""

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from news.models import (
    Agency,
    ArticlePage,
    ArticleReporter,
    NewsIndexPage,
    Region,
    Reporter,
    Rubrik,
)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Foto {n}")
    file = factory.django.ImageField(width=1600, height=900, color="green", format="JPEG")


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    short_name = factory.Sequence(lambda n: f"DC{n}")
    slug = factory.Sequence(lambda n: f"dinas-contoh-{n}")


class ReporterFactory(DjangoModelFactory):
    class Meta:
        model = Reporter
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Pewarta {n}")
    slug = factory.Sequence(lambda n: f"pewarta-{n}")
    bio = "Pewarta MMC Kalteng."


def region(slug="kapuas"):
    return Region.objects.get(slug=slug)


def rubrik(slug="pemerintahan"):
    return Rubrik.objects.get(slug=slug)


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Pemprov Kalteng Gelar Rapat Koordinasi ke-{n}")
    slug = factory.Sequence(lambda n: f"berita-{n}")
    ringkasan = "Pemerintah Provinsi Kalimantan Tengah menggelar rapat koordinasi."
    dateline = "PALANGKA RAYA"
    hero_image = factory.SubFactory(ImageFactory)
    hero_caption = "Suasana rapat koordinasi"
    region = factory.LazyFunction(region)
    rubrik = factory.LazyFunction(rubrik)
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Rapat berlangsung di Aula Jayang Tingang.</p>")]
    )
    first_published_at = factory.LazyFunction(timezone.now)
    live = True
    parent = factory.LazyFunction(lambda: NewsIndexPage.objects.get())

    @factory.post_generation
    def reporters(self, create, extracted, **kwargs):
        if not create:
            return
        for order, reporter in enumerate(extracted or [ReporterFactory()]):
            ArticleReporter.objects.create(page=self, reporter=reporter, sort_order=order)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()

    @factory.post_generation
    def agencies(self, create, extracted, **kwargs):
        if create and extracted:
            self.agencies.set(extracted)
            self.save()
