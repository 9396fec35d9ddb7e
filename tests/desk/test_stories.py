"""A report becomes Indonesian prose in the house style, whatever shape its data has."""

import re
from datetime import date
from decimal import Decimal

import pytest

from desk.models import ProgrammeReport
from desk.stories import write_story
from news.models import Agency, Region

KAPUAS = Region(
    name="Kabupaten Kapuas", short_name="Kapuas", kind="kabupaten", capital="KUALA KAPUAS"
)
PROVINCE = Region(
    name="Provinsi Kalimantan Tengah",
    short_name="Kalteng",
    kind="provinsi",
    capital="PALANGKA RAYA",
)
CITY = Region(
    name="Kota Palangka Raya", short_name="Palangka Raya", kind="kota", capital="PALANGKA RAYA"
)
DINKES = Agency(name="Dinas Kesehatan", short_name="Dinkes")
FULL = {
    "agency": DINKES,
    "programme_name": "Bedah Rumah",
    "activity_name": "rehabilitasi rumah tidak layak huni",
    "period_start": date(2026, 7, 1),
    "period_end": date(2026, 9, 30),
    "region": KAPUAS,
    "kecamatan": "Selat",
    "desa": "Murung Keramat",
    "budget_ceiling": 1_500_000_000,
    "budget_realisation": 1_177_500_000,
    "physical_progress": Decimal("80.00"),
    "output_target": Decimal("120.00"),
    "output_achieved": Decimal("96.00"),
    "output_unit": "unit rumah",
    "beneficiaries": 96,
    "beneficiaries_unit": "KK",
    "narrative": "Rumah warga kurang mampu diperbaiki agar layak huni.",
}
NOTHING = {
    "activity_name": "",
    "kecamatan": "",
    "desa": "",
    "budget_ceiling": None,
    "budget_realisation": None,
    "physical_progress": None,
    "output_target": None,
    "output_achieved": None,
    "output_unit": "",
    "beneficiaries": None,
    "narrative": "",
}
SHAPES = {
    "everything": {},
    "no activity": {"activity_name": ""},
    "no kecamatan or desa": {"kecamatan": "", "desa": ""},
    "the province": {"region": PROVINCE, "kecamatan": "", "desa": ""},
    "the city": {"region": CITY, "kecamatan": "Jekan Raya", "desa": "Kelurahan Bukit Tunggal"},
    "zero realisation": {"budget_realisation": 0},
    "realisation without a ceiling": {"budget_ceiling": None},
    "a zero ceiling": {"budget_ceiling": 0, "budget_realisation": 0},
    "a ceiling only": {"budget_realisation": None},
    "no budget, progress only": {"budget_ceiling": None, "budget_realisation": None},
    "no budget, finished": {
        "budget_ceiling": None,
        "budget_realisation": None,
        "physical_progress": Decimal("100"),
    },
    "no budget, not started": {
        "budget_ceiling": None,
        "budget_realisation": None,
        "physical_progress": Decimal("0"),
    },
    "nothing but the programme": NOTHING,
    "finished with a budget": {"physical_progress": Decimal("100.00")},
    "not started with a budget": {"physical_progress": Decimal("0")},
    "a budget in the trillions": {
        "budget_ceiling": 5_300_000_000_000,
        "budget_realisation": 2_650_000_000_000,
    },
    "a budget of hundreds of thousands": {"budget_ceiling": 750_000, "budget_realisation": 500_000},
    "a sliver spent": {"budget_ceiling": 1_000_000_000, "budget_realisation": 1},
    "spent above the ceiling": {
        "budget_ceiling": 1_000_000_000,
        "budget_realisation": 1_200_000_000,
    },
    "a target only": {"output_achieved": None},
    "an achievement only": {"output_target": None},
    "above target": {"output_achieved": Decimal("130")},
    "on target": {"output_achieved": Decimal("120")},
    "outputs without a unit": {"output_unit": ""},
    "fractional outputs": {
        "output_target": Decimal("12.75"),
        "output_achieved": Decimal("3.50"),
        "output_unit": "km",
    },
    "beneficiaries without a unit": {"beneficiaries": 1250, "beneficiaries_unit": ""},
    "an agency without a short name": {
        "agency": Agency(name="Sekretariat DPRD", short_name=""),
    },
    "an agency already named for the province": {
        "agency": Agency(
            name="Badan Pendapatan Daerah Provinsi Kalimantan Tengah", short_name="Bapenda"
        ),
    },
    "a narrative without a full stop": {"narrative": "Warga menyambut baik program ini"},
    "a programme named Program": {"programme_name": "Program Jalan Mantap"},
    "a very long programme name": {
        "programme_name": "Peningkatan Kualitas Pelayanan Kesehatan Dasar dan Rujukan bagi "
        "Masyarakat Miskin di Wilayah Perbatasan dan Daerah Terpencil Kalimantan Tengah",
    },
    "kecamatan written as Kec.": {"kecamatan": "Kec. Selat", "desa": "Desa Murung Keramat"},
}


def report(**changes) -> ProgrammeReport:
    return ProgrammeReport(**{**FULL, **changes})


def all_text(story) -> str:
    return "\n".join([story.title, story.lead, *story.paragraphs])


@pytest.mark.parametrize("changes", SHAPES.values(), ids=SHAPES.keys())
def test_every_shape_of_data_reads_as_clean_indonesian(changes):
    story = write_story(report(**changes))
    text = all_text(story)

    assert "None" not in text and "Decimal" not in text
    assert not re.search(r"\b0 persen dari\b|dari pagu Rp0\b|\bRp0\b", text)
    # Every number is formatted: no run of five digits without a thousands dot.
    assert not re.search(r"\d{5,}", text), text
    assert not re.search(r"\d\.\d{1,2}\b(?!\d)", text), text  # no English decimals
    assert "  " not in text and " ." not in text and " ," not in text
    assert all(paragraph.endswith((".", "”")) for paragraph in story.paragraphs)
    assert story.paragraphs[0][0].isupper()
    assert len(story.title) <= 120 and len(story.lead) <= 300
    assert story.dateline in {"KUALA KAPUAS", "PALANGKA RAYA"}


def test_the_lead_carries_the_budget_in_the_house_style():
    story = write_story(report())
    assert story.paragraphs[0] == (
        "Dinas Kesehatan Provinsi Kalimantan Tengah (Dinkes) mencatat realisasi anggaran "
        "program Bedah Rumah sebesar Rp1,2 miliar atau 78,5 persen dari pagu Rp1,5 miliar "
        "hingga 30 September 2026."
    )
    assert story.title == "Progres Fisik Program Bedah Rumah di Kapuas Capai 80 Persen"
    assert story.dateline == "KUALA KAPUAS"
    assert story.credit == "Dinkes"


def test_the_agency_is_named_in_full_first_and_by_its_short_name_after():
    text = "\n".join(write_story(report()).paragraphs)
    first_full = text.index("Dinas Kesehatan Provinsi Kalimantan Tengah (Dinkes)")
    later = [match.start() for match in re.finditer(r"\bDinkes\b", text)]
    assert later and min(later) > first_full
    assert text.count("Dinas Kesehatan") == 1


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"budget_realisation": 0}, "senilai Rp1,5 miliar belum terserap hingga 30 September 2026"),
        ({"physical_progress": Decimal("100")}, "Pekerjaan fisiknya telah rampung 100 persen."),
        (
            {"budget_ceiling": 5_300_000_000_000, "budget_realisation": 2_650_000_000_000},
            "sebesar Rp2,7 triliun atau 50 persen dari pagu Rp5,3 triliun",
        ),
        ({"budget_ceiling": 1_000_000_000, "budget_realisation": 1}, "kurang dari 0,1 persen"),
        ({"output_achieved": Decimal("96")}, "Dari target 120 unit rumah, sebanyak 96 unit rumah"),
        ({"output_achieved": Decimal("130")}, "melampaui target 120 unit rumah"),
        ({"physical_progress": Decimal("78.50")}, "pekerjaan fisiknya mencapai 78,5 persen"),
        ({"beneficiaries": 1250, "beneficiaries_unit": ""}, "menjangkau 1.250 orang penerima"),
        (
            {"region": CITY, "kecamatan": "Jekan Raya", "desa": "Kelurahan Bukit Tunggal"},
            "Kelurahan Bukit Tunggal, Kecamatan Jekan Raya, Kota Palangka Raya",
        ),
        (
            {"narrative": "Warga menyambut baik program ini"},
            "Dinkes menyampaikan, “Warga menyambut baik program ini.”",
        ),
    ],
)
def test_particular_shapes_are_said_the_way_a_reporter_would(changes, expected):
    assert expected in all_text(write_story(report(**changes)))


@pytest.mark.parametrize(
    ("region", "dateline"),
    [(KAPUAS, "KUALA KAPUAS"), (PROVINCE, "PALANGKA RAYA"), (CITY, "PALANGKA RAYA")],
)
def test_the_dateline_is_the_place_of_the_programme(region, dateline):
    assert write_story(report(region=region)).dateline == dateline


def test_a_finished_programme_with_no_budget_leads_with_its_completion():
    story = write_story(
        report(budget_ceiling=None, budget_realisation=None, physical_progress=Decimal("100"))
    )
    assert story.title == "Program Bedah Rumah di Kapuas Rampung 100 Persen"
    assert "telah rampung 100 persen" in story.paragraphs[0]
