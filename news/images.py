"""Renditions that a damaged stored image cannot turn into a 500: the page goes without it."""

import logging

from PIL import Image as PillowImage

logger = logging.getLogger(__name__)
# What decoding a bad file raises: Pillow's OSError (truncated, unidentified) and its
# cousins, Wagtail's SourceImageIOError (a missing file) and a decompression bomb.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, PillowImage.DecompressionBombError)


def log_broken(image) -> None:
    logger.warning("Image %s cannot be read; shown without it", image.pk, exc_info=True)


def rendition_or_none(image, spec: str):
    try:
        return image.get_rendition(spec)
    except DECODE_ERRORS:
        log_broken(image)
        return None
