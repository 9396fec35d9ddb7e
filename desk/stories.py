"""From a programme report to a story: deterministic Indonesian prose in the house style.

Plain functions of the report's data, so every shape of data can be tested: missing
fields are left out of the prose (never "None"), zeros are said in words, money reads
"Rp1,2 miliar" and percentages "78,5 persen", and the agency is named in full first,
by its short name after.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from core.formatting import angka_isian, persen, rupiah_ringkas, tanggal_saja

TITLE_LIMIT = 120
LEAD_LIMIT = 300
PROVINCE = "Provinsi Kalimantan Tengah"


@dataclass
class Story:
    title: str
    dateline: str
    lead: str
    paragraphs: list[str] = field(default_factory=list)
    credit: str = ""


def agency_first_mention(agency) -> str:
    """ "Dinas Kesehatan Provinsi Kalimantan Tengah (Dinkes)"."""
    name = agency.name
    if "Provinsi" not in name and "Kalimantan Tengah" not in name:
        name = f"{name} {PROVINCE}"
    return f"{name} ({agency.short_name})" if agency.short_name else name


def agency_later(agency) -> str:
    return agency.short_name or agency.name


def programme_phrase(report) -> str:
    """ "program Bedah Rumah", or the name as written when it already says "Program"."""
    name = report.programme_name.strip()
    if name.lower().startswith("program"):
        return name[0].lower() + name[1:]
    return f"program {name}"


def programme_title(report) -> str:
    name = report.programme_name.strip()
    return name if name.lower().startswith("program") else f"Program {name}"


def region_phrase(region) -> str:
    if region.kind == "provinsi":
        return "Kalimantan Tengah"
    return region.name


def place_phrase(report) -> str:
    """ "Desa Murung Keramat, Kecamatan Selat, Kabupaten Kapuas"."""
    parts = []
    if report.desa.strip():
        desa = report.desa.strip()
        parts.append(desa if re.match(r"(desa|kelurahan)\b", desa, re.I) else f"Desa {desa}")
    if report.kecamatan.strip():
        kecamatan = report.kecamatan.strip()
        parts.append(
            kecamatan
            if re.match(r"(kecamatan|kec\.)", kecamatan, re.I)
            else f"Kecamatan {kecamatan}"
        )
    parts.append(region_phrase(report.region))
    return ", ".join(parts)


def quantity(number, unit: str) -> str:
    text = angka_isian(Decimal(number))
    return f"{text} {unit.strip()}" if unit.strip() else text


def share(percent: Decimal) -> str:
    """A share of the ceiling; a sliver is not "0 persen"."""
    if percent < Decimal("0.05"):
        return "kurang dari 0,1 persen"
    return persen(percent)


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "”", '"')) else f"{text}."


def budget_lead(report, who: str, programme: str, until: str) -> str | None:
    ceiling, realisation = report.budget_ceiling or 0, report.budget_realisation
    if ceiling and realisation:
        return (
            f"{who} mencatat realisasi anggaran {programme} sebesar "
            f"{rupiah_ringkas(realisation)} atau {share(report.realisation_percent)} dari pagu "
            f"{rupiah_ringkas(ceiling)} hingga {until}."
        )
    if ceiling and realisation == 0:
        return (
            f"{who} melaporkan anggaran {programme} senilai {rupiah_ringkas(ceiling)} "
            f"belum terserap hingga {until}."
        )
    if ceiling:
        return f"{who} mengalokasikan pagu anggaran {rupiah_ringkas(ceiling)} untuk {programme}."
    if realisation:
        return (
            f"{who} mencatat realisasi anggaran {programme} sebesar "
            f"{rupiah_ringkas(realisation)} hingga {until}."
        )
    return None


def progress_sentence(progress, until: str, *, subject: str) -> str:
    if progress >= 100:
        return f"{subject} telah rampung 100 persen."
    if progress == 0:
        return f"Hingga {until}, {subject.lower()} belum dimulai."
    return f"Hingga {until}, {subject.lower()} mencapai {persen(progress)}."


def output_sentence(report) -> str | None:
    target, achieved, unit = report.output_target, report.output_achieved, report.output_unit
    if target and achieved:
        if achieved > target:
            return (
                f"Capaian keluarannya sebanyak {quantity(achieved, unit)}, melampaui target "
                f"{quantity(target, unit)}."
            )
        if achieved == target:
            return f"Seluruh target sebanyak {quantity(target, unit)} telah tercapai."
        return (
            f"Dari target {quantity(target, unit)}, sebanyak {quantity(achieved, unit)} "
            f"telah terealisasi."
        )
    if target:
        return f"Program ini menargetkan keluaran sebanyak {quantity(target, unit)}."
    if achieved:
        return f"Capaian keluarannya sejauh ini sebanyak {quantity(achieved, unit)}."
    return None


def headline(report) -> str:
    """The proposed title, the strongest figure first, within the title limit."""
    programme, place = programme_title(report), report.region.short_name
    progress, percent = report.physical_progress, report.realisation_percent
    if progress is not None and progress >= 100:
        options = [f"{programme} di {place} Rampung 100 Persen", f"{programme} Rampung"]
    elif progress:
        figure = persen(progress).replace("persen", "Persen")
        options = [
            f"Progres Fisik {programme} di {place} Capai {figure}",
            f"Progres Fisik {programme} Capai {figure}",
        ]
    elif percent:
        figure = share(percent).replace("persen", "Persen").replace("kurang dari", "Kurang dari")
        options = [
            f"Realisasi Anggaran {programme} di {place} Capai {figure}",
            f"Realisasi Anggaran {programme} Capai {figure}",
        ]
    else:
        who = agency_later(report.agency)
        options = [
            f"{who} Laporkan Perkembangan {programme} di {place}",
            f"{who} Laporkan Perkembangan {programme}",
        ]
    for option in options:
        if len(option) <= TITLE_LIMIT:
            return option
    return options[-1][: TITLE_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def progress_lead(who: str, programme: str, place: str, progress, until: str) -> str:
    if progress >= 100:
        return f"{who} melaporkan pekerjaan fisik {programme} di {place} telah rampung 100 persen."
    if progress == 0:
        return (
            f"{who} melaporkan pekerjaan fisik {programme} di {place} belum dimulai hingga {until}."
        )
    return (
        f"{who} melaporkan progres fisik {programme} di {place} telah mencapai "
        f"{persen(progress)} hingga {until}."
    )


def write_story(report) -> Story:
    agency = report.agency
    who, short = agency_first_mention(agency), agency_later(agency)
    programme, until = programme_phrase(report), tanggal_saja(report.period_end)
    place, progress = place_phrase(report), report.physical_progress

    lead = budget_lead(report, who, programme, until)
    place_in_lead = lead is None
    progress_in_lead = lead is None and progress is not None
    if progress_in_lead:
        lead = progress_lead(who, programme, place, progress, until)
    elif lead is None:
        lead = f"{who} melaporkan perkembangan {programme} di {place} hingga {until}."

    paragraphs = [lead]
    second = []
    activity = report.activity_name.strip()
    if activity and place_in_lead:
        second.append(f"Kegiatan yang dilaksanakan berupa {activity}.")
    elif activity:
        second.append(f"Kegiatan {activity} dilaksanakan di {place}.")
    elif not place_in_lead:
        second.append(f"Program tersebut dilaksanakan di {place}.")
    if progress is not None and not progress_in_lead:
        second.append(progress_sentence(progress, until, subject="Pekerjaan fisiknya"))
    if second:
        paragraphs.append(" ".join(second))
    details = [text for text in (output_sentence(report), beneficiaries_sentence(report)) if text]
    if details:
        paragraphs.append(" ".join(details))
    if report.narrative.strip():
        paragraphs.append(f"Dalam laporannya, {short} menyampaikan, “{sentence(report.narrative)}”")
    paragraphs.append(f"Data tersebut disampaikan {short} melalui Meja Data OPD MMC Kalteng.")
    return Story(
        title=headline(report),
        dateline=report.region.capital,
        lead=summary(lead),
        paragraphs=paragraphs,
        credit=short,
    )


def beneficiaries_sentence(report) -> str | None:
    if not report.beneficiaries:
        return None
    unit = report.beneficiaries_unit.strip() or "orang"
    return f"Program ini menjangkau {angka_isian(report.beneficiaries)} {unit} penerima manfaat."


def summary(lead: str) -> str:
    """The article's ringkasan: the lead, cut on a word within the limit."""
    if len(lead) <= LEAD_LIMIT:
        return lead
    return lead[: LEAD_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",") + "…"
