"""`{% load indonesian %}`: the `tanggal` and `angka` filters for every app's templates."""

from django import template

from core import formatting

register = template.Library()
register.filter("tanggal", formatting.tanggal)
register.filter("angka", formatting.angka)
