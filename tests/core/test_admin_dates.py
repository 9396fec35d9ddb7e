"""Dates in the admin are shown and typed the Indonesian way: dd/mm/yyyy and 24-hour WIB."""

from datetime import date, datetime

from django import forms
from django.core import checks
from django.utils import timezone, translation
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from analytics.filters import ReachFilterForm, ReachFilters


def test_the_date_time_picker_shows_day_first_and_24_hour_wib():
    scheduled = timezone.make_aware(datetime(2026, 11, 5, 14, 30))
    with translation.override("id"):
        html = AdminDateTimeInput().render("go_live_at", scheduled)
    assert 'value="05/11/2026 14:30"' in html
    assert '"format": "d/m/Y H:i"' in html  # the picker writes what the server reads


def test_a_typed_date_is_read_day_first_in_wib_whatever_the_admin_language():
    field = forms.DateTimeField(widget=AdminDateTimeInput())
    for language in ("id", "en"):
        with translation.override(language):
            assert field.clean("05/11/2026 14:30") == timezone.make_aware(
                datetime(2026, 11, 5, 14, 30)
            )
            assert forms.DateField(widget=AdminDateInput()).clean("05/11/2026") == date(2026, 11, 5)


def test_wagtail_finds_its_date_formats_among_the_accepted_ones():
    errors = [error.id for error in checks.run_checks() if error.id == "wagtailadmin.E003"]
    assert errors == []


def test_the_reach_filters_take_day_first_dates_from_wagtails_picker_not_a_native_input():
    with translation.override("id"):
        form = ReachFilterForm({"rentang": "custom", "dari": "05/11/2026", "sampai": "20/11/2026"})
        html = str(form["dari"])
    assert 'type="date"' not in html
    assert "initDateChooser" in html
    assert 'placeholder="hh/bb/tttt"' in html
    filters = ReachFilters.from_form(form)
    assert (filters.start, filters.end) == (date(2026, 11, 5), date(2026, 11, 20))
