from django.urls import path, re_path

from desk import public_views

app_name = "desk"

urlpatterns = [
    path("data/", public_views.data_index, name="data"),
    path("data/skema/", public_views.data_schema, name="schema"),
    re_path(r"^data/laporan\.(?P<fmt>csv|json)$", public_views.data_download, name="download"),
    re_path(
        r"^opd/(?P<slug>[-a-zA-Z0-9_]+)/data\.(?P<fmt>csv|json)$",
        public_views.agency_download,
        name="agency_download",
    ),
]
