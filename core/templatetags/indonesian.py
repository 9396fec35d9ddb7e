"""`{% load indonesian %}`: `tanggal`, `angka`, `iso_datetime`, `rupiah_ringkas`, `persen` and
`tanggal_saja` for every app's templates."""

from django import template

from core import formatting

register = template.Library()
register.filter("tanggal", formatting.tanggal)
register.filter("angka", formatting.angka)
register.filter("iso_datetime", formatting.iso_datetime)
register.filter("rupiah_ringkas", formatting.rupiah_ringkas)
register.filter("persen", formatting.persen)
register.filter("tanggal_saja", formatting.tanggal_saja)
