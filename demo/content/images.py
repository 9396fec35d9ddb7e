"""Illustrations for the demo corpus, drawn with Pillow alone (no files, no network)."""

import colorsys
import io
import random
import zlib
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from demo.content.corpus import ArticleSpec
from demo.content.taxonomy import REGIONS, RUBRIKS

BOLD_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
REGULAR_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BRAND_BLUE = (14, 58, 112)
BRAND_GOLD = (244, 180, 0)

# (top colour, bottom colour, motif) per image theme; the seed then shifts the hue a little.
THEMES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int], str]] = {
    "rapat": ((32, 76, 140), (12, 34, 74), "blocks"),
    "paripurna": ((120, 30, 40), (52, 14, 22), "blocks"),
    "pelantikan": ((140, 28, 36), (36, 28, 78), "rings"),
    "layanan": ((0, 122, 140), (8, 54, 92), "rings"),
    "digital": ((40, 20, 120), (0, 150, 170), "blocks"),
    "keuangan": ((10, 110, 80), (8, 48, 60), "bars"),
    "investasi": ((0, 96, 120), (22, 40, 90), "bars"),
    "pasar": ((230, 120, 30), (150, 40, 40), "bars"),
    "umkm": ((200, 90, 50), (110, 40, 90), "rings"),
    "ketertiban": ((60, 70, 90), (20, 26, 40), "blocks"),
    "reses": ((150, 60, 30), (60, 30, 20), "hills"),
    "kunjungan": ((20, 100, 160), (10, 60, 60), "hills"),
    "budaya": ((190, 40, 40), (240, 160, 20), "rings"),
    "rumah": ((170, 100, 50), (80, 60, 40), "blocks"),
    "energi": ((250, 170, 20), (200, 70, 20), "rings"),
    "sawah": ((120, 170, 40), (30, 100, 40), "hills"),
    "jalan": ((90, 90, 100), (30, 30, 40), "hills"),
    "jembatan": ((40, 110, 170), (40, 50, 70), "waves"),
    "sungai": ((30, 140, 180), (10, 60, 100), "waves"),
    "air": ((60, 170, 220), (20, 80, 150), "waves"),
    "banjir": ((70, 110, 140), (30, 50, 70), "waves"),
    "kesehatan": ((20, 160, 130), (10, 90, 110), "rings"),
    "rumahsakit": ((40, 150, 190), (16, 80, 120), "rings"),
    "pendidikan": ((40, 90, 180), (110, 50, 150), "blocks"),
    "sosial": ((220, 110, 90), (140, 50, 80), "rings"),
    "keluarga": ((230, 120, 150), (120, 60, 140), "rings"),
    "wisata": ((20, 150, 140), (240, 150, 60), "hills"),
    "olahraga": ((230, 60, 40), (30, 40, 120), "bars"),
    "karhutla": ((240, 110, 30), (90, 30, 20), "hills"),
    "hutan": ((40, 130, 60), (14, 60, 40), "hills"),
}


def make_article_image(
    spec_or_theme: ArticleSpec | str,
    *,
    width: int = 1600,
    height: int = 900,
    seed: int | None = None,
) -> bytes:
    """A JPEG banner in the theme's colours, labelled with the rubrik and region."""
    if isinstance(spec_or_theme, ArticleSpec):
        spec = spec_or_theme
        theme = spec.image_theme
        heading = _rubrik_name(spec.rubrik_slug)
        subheading = _region_name(spec.region_slug)
        seed = spec.image_seed if seed is None else seed
    else:
        theme = spec_or_theme
        heading = theme.capitalize()
        subheading = "Kalimantan Tengah"
        seed = zlib.crc32(theme.encode()) if seed is None else seed
    rng = random.Random(seed)
    top, bottom, motif = THEMES.get(theme, ((30, 80, 140), (10, 30, 60), "rings"))
    shift = rng.uniform(-0.04, 0.04)
    top, bottom = _shift_hue(top, shift), _shift_hue(bottom, shift)

    image = _vertical_gradient(width, height, top, bottom)
    draw = ImageDraw.Draw(image)
    _MOTIFS[motif](draw, rng, width, height, top, bottom)
    _draw_labels(draw, width, height, heading.upper(), subheading)
    return _encode(image, "JPEG")


def make_portrait(name: str, seed: int = 0, *, size: int = 400) -> bytes:
    """A JPEG head-shot placeholder: the person's initials on a coloured disc."""
    rng = random.Random(zlib.crc32(name.encode()) ^ seed)
    hue = rng.random()
    disc = _hsv(hue, 0.55, 0.75)
    image = Image.new("RGB", (size, size), _hsv(hue, 0.12, 0.97))
    draw = ImageDraw.Draw(image)
    margin = size // 10
    draw.ellipse((margin, margin, size - margin, size - margin), fill=disc)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    font = _font(size // 3)
    draw.text((size / 2, size / 2), initials, font=font, fill=(255, 255, 255), anchor="mm")
    return _encode(image, "JPEG")


def make_logo(*, width: int = 600, height: int = 60) -> bytes:
    """The publisher logo for JSON-LD: a PNG reading "MMC Kalteng"."""
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    badge_width = int(height * 2.2)
    draw.rounded_rectangle((0, 0, badge_width, height - 1), radius=height // 5, fill=BRAND_BLUE)
    font = _font(int(height * 0.55))
    draw.text((badge_width / 2, height / 2), "MMC", font=font, fill=BRAND_GOLD, anchor="mm")
    draw.text(
        (badge_width + height // 4, height / 2), "Kalteng", font=font, fill=BRAND_BLUE, anchor="lm"
    )
    return _encode(image, "PNG")


def _rubrik_name(slug: str) -> str:
    return next((rubrik.name for rubrik in RUBRIKS if rubrik.slug == slug), slug)


def _region_name(slug: str) -> str:
    return next((region.name for region in REGIONS if region.slug == slug), slug)


@lru_cache(maxsize=32)
def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = BOLD_FONT if bold else REGULAR_FONT
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _hsv(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hsv_to_rgb(hue % 1.0, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def _shift_hue(colour: tuple[int, int, int], shift: float) -> tuple[int, int, int]:
    hue, saturation, value = colorsys.rgb_to_hsv(*(channel / 255 for channel in colour))
    return _hsv(hue + shift, saturation, value)


def _mix(first: tuple[int, int, int], second: tuple[int, int, int], amount: float):
    return tuple(round(a + (b - a) * amount) for a, b in zip(first, second, strict=True))


def _vertical_gradient(width: int, height: int, top, bottom) -> Image.Image:
    # Colour a one-pixel column, then stretch it sideways: much faster than a full composite.
    ramp = Image.linear_gradient("L").crop((0, 0, 1, 256)).resize((1, height))
    channels = [
        ramp.point(lambda value, start=start, end=end: start + (end - start) * value / 255)
        for start, end in zip(top, bottom, strict=True)
    ]
    return Image.merge("RGB", channels).resize((width, height), Image.Resampling.NEAREST)


def _rings(draw, rng, width, height, top, bottom):
    for _ in range(5):
        radius = rng.randint(height // 6, height // 2)
        x, y = rng.randint(width // 3, width), rng.randint(-radius // 2, height)
        shade = _mix(top, (255, 255, 255), rng.uniform(0.08, 0.22))
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            outline=shade,
            width=rng.randint(10, 36),
        )


def _blocks(draw, rng, width, height, top, bottom):
    for _ in range(9):
        x, y = rng.randint(width // 3, width), rng.randint(0, height)
        size = rng.randint(height // 10, height // 3)
        shade = _mix(bottom, (255, 255, 255), rng.uniform(0.06, 0.2))
        draw.rounded_rectangle((x, y, x + size, y + size), radius=size // 6, fill=shade)


def _bars(draw, rng, width, height, top, bottom):
    count = rng.randint(6, 10)
    bar_width = width // (2 * count + 2)
    for index in range(count):
        x = width // 2 + index * bar_width * 11 // 10 - width // 12
        bar_height = rng.randint(height // 8, height * 2 // 3)
        shade = _mix(top, (255, 255, 255), 0.12 + 0.02 * index)
        draw.rectangle((x, height - bar_height, x + bar_width, height), fill=shade)


def _hills(draw, rng, width, height, top, bottom):
    for layer in range(3):
        base = height * (0.55 + 0.15 * layer)
        points = [(0, height)]
        for step in range(9):
            points.append((width * step / 8, base - rng.uniform(0, height * 0.18)))
        points.append((width, height))
        draw.polygon(points, fill=_mix(bottom, (0, 0, 0), 0.1 + 0.12 * layer))


def _waves(draw, rng, width, height, top, bottom):
    for layer in range(4):
        base = height * (0.5 + 0.12 * layer)
        amplitude = rng.uniform(height * 0.02, height * 0.06)
        points = [(0, height)]
        for step in range(17):
            offset = amplitude if step % 2 else -amplitude
            points.append((width * step / 16, base + offset))
        points.append((width, height))
        draw.polygon(points, fill=_mix(top, (255, 255, 255), 0.08 + 0.06 * layer))


_MOTIFS = {"rings": _rings, "blocks": _blocks, "bars": _bars, "hills": _hills, "waves": _waves}


def _draw_labels(draw, width: int, height: int, heading: str, subheading: str) -> None:
    margin = width // 20
    heading_font = _fit_font(draw, heading, max_width=width - 2 * margin, size=height // 6)
    sub_font = _font(height // 18, bold=False)
    baseline = height * 0.62
    shadow = max(2, height // 200)
    draw.text(
        (margin + shadow, baseline + shadow),
        heading,
        font=heading_font,
        fill=(0, 0, 0),
        anchor="ls",
    )
    draw.text((margin, baseline), heading, font=heading_font, fill=(255, 255, 255), anchor="ls")
    draw.rectangle(
        (margin, baseline + height // 40, margin + width // 8, baseline + height // 40 + 8),
        fill=BRAND_GOLD,
    )
    draw.text(
        (margin, baseline + height // 8),
        subheading,
        font=sub_font,
        fill=(255, 255, 255),
        anchor="ls",
    )
    tag_font = _font(height // 28)
    draw.text(
        (width - margin, height - margin // 2),
        "MMC KALTENG",
        font=tag_font,
        fill=BRAND_GOLD,
        anchor="rs",
    )


def _fit_font(draw, text: str, *, max_width: int, size: int):
    font = _font(size)
    while size > 12 and draw.textlength(text, font=font) > max_width:
        size = size * 9 // 10
        font = _font(size)
    return font


def _encode(image: Image.Image, image_format: str) -> bytes:
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.save(buffer, "JPEG", quality=82)
    else:
        image.save(buffer, image_format, optimize=True)
    return buffer.getvalue()
