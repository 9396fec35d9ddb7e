from .pages import (
    ArticleCorrection,
    ArticlePage,
    ArticleRelatedLink,
    ArticleReporter,
    ArticleTag,
    NewsIndexPage,
)
from .taxonomy import Agency, Region, Reporter, Rubrik
from .views import DailyArticleViews, FlushedViewBatch

__all__ = [
    "Agency",
    "ArticleCorrection",
    "ArticlePage",
    "ArticleRelatedLink",
    "ArticleReporter",
    "ArticleTag",
    "DailyArticleViews",
    "FlushedViewBatch",
    "NewsIndexPage",
    "Region",
    "Reporter",
    "Rubrik",
]
