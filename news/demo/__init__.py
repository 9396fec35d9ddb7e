"""Demo newsroom corpus: taxonomy, generated Indonesian articles and their illustrations.

Plain Python with no Django or Wagtail imports, so the seed command and the tests can use it
on its own.
"""

from news.demo.corpus import ArticleSpec, Quote, generate_articles
from news.demo.images import make_article_image, make_logo, make_portrait
from news.demo.taxonomy import AGENCIES, EDITORS, REGIONS, REPORTERS, RUBRIKS, UPLOADERS

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
