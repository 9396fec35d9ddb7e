"""`{% load indonesian %}`: `tanggal`, `angka` and `iso_datetime` for every app's templates."""

from django import template

from core import formatting

register = template.Library()
register.filter("tanggal", formatting.tanggal)
register.filter("angka", formatting.angka)
register.filter("iso_datetime", formatting.iso_datetime)
