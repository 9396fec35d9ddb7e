"""Demo newsroom corpus: taxonomy, generated Indonesian articles and their illustrations.

Plain data and Python (Django's slugify aside) with no models or Wagtail, so the seed command
and the tests can use it on its own.
"""

from demo.content.corpus import ArticleSpec, Quote, generate_articles
from demo.content.images import make_article_image, make_logo, make_portrait
from demo.content.taxonomy import AGENCIES, EDITORS, REGIONS, REPORTERS, RUBRIKS, UPLOADERS

__all__ = [
    "AGENCIES",
    "EDITORS",
    "REGIONS",
    "REPORTERS",
    "RUBRIKS",
    "UPLOADERS",
    "ArticleSpec",
    "Quote",
    "generate_articles",
    "make_article_image",
    "make_logo",
    "make_portrait",
]
