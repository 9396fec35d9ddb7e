from django.urls import path

from news import beacon, feeds, sitemaps, views

app_name = "news"

urlpatterns = [
    path("wilayah/<slug:slug>/", views.region_articles, name="region"),
    path("wilayah/<slug:slug>/feed/", feeds.RegionFeed(), name="region_feed"),
    path("opd/<slug:slug>/", views.agency_articles, name="agency"),
    path("rubrik/<slug:slug>/", views.rubrik_articles, name="rubrik"),
    path("rubrik/<slug:slug>/feed/", feeds.RubrikFeed(), name="rubrik_feed"),
    path("topik/<str:slug>/", views.topic_articles, name="topic"),
    path("pewarta/<slug:slug>/", views.reporter_articles, name="reporter"),
    path("cari/", views.search, name="search"),
    path("dibaca/<int:page_id>/", beacon.view_beacon, name="view_beacon"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("sitemap-news.xml", sitemaps.news_sitemap, name="news_sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]
