"""Form bodies of the desk's admin screens, as the Wagtail admin sends them."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data


def request_form(*, agencies=(), all_agencies=False, **overrides):
    data = {
        "programme": "Realisasi program bedah rumah triwulan III",
        "details": "Mohon sertakan foto kegiatan.",
        "period_start": "2026-07-01",
        "period_end": "2026-09-30",
        "due_date": "2026-10-15",
        "repeat": "",
        "agencies": [agency.pk for agency in agencies],
    }
    if all_agencies:
        data["all_agencies"] = "on"
    data.update(overrides)
    return data


def report_form(*, agency=None, region, photos=(), documents=(), **overrides):
    """The POST body of the Laporan Program form; numbers as a person would type them."""
    data = {
        "request": "",
        "programme_name": "Program Bedah Rumah",
        "activity_name": "Rehabilitasi rumah tidak layak huni",
        "period_start": "2026-07-01",
        "period_end": "2026-09-30",
        "region": region.pk,
        "kecamatan": "Selat",
        "desa": "Murung Keramat",
        "budget_ceiling": "1.500.000.000",
        "budget_realisation": "1.177.500.000",
        "physical_progress": "80",
        "output_target": "120",
        "output_achieved": "96",
        "output_unit": "unit rumah",
        "beneficiaries": "96",
        "beneficiaries_unit": "KK",
        "narrative": "Rumah warga kurang mampu diperbaiki agar layak huni.",
        "photos": inline_formset([{"image": image.pk, "caption": ""} for image in photos]),
        "documents": inline_formset([{"document": document.pk} for document in documents]),
        "contact_name": "Siti Rahmawati",
        "contact_phone": "0812 5000 1234",
    }
    if agency is not None:
        data["agency"] = agency.pk
    data.update(overrides)
    return nested_form_data(data)
