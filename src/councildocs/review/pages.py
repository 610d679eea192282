"""Pages as small images, and documents as numbered text lines: what a review page shows beside the records.

A council pack is mostly black text on white, which a 16-level grey PNG holds
at about a fifth of a JPEG's size with sharper letters; pages with colour
(logos, maps, photos) or whose PNG comes out large (scans) are JPEG instead.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Rendered page width in pixels: letters of 10-point text stay legible at 100 % zoom.
DEFAULT_WIDTH = 1000
#: JPEG quality for pages with colour or scanned pages.
DEFAULT_JPEG_QUALITY = 60
#: A grey PNG larger than this (bytes) is a scan or a picture: JPEG is smaller.
PNG_LIMIT = 160_000
#: Width in pixels of the thumbnail a page's colour is judged on.
THUMB_WIDTH = 64
#: Mean saturation (0-255) of a page thumbnail above which the page counts as coloured.
COLOUR_SATURATION = 6

#: Grey levels of the text PNG and its palette.
_GREY_LEVELS = 16
_STEP = 255 // (_GREY_LEVELS - 1)
_QUANTISE = [round(v / _STEP) for v in range(256)]
_PALETTE = [channel for level in range(_GREY_LEVELS) for channel in (level * _STEP,) * 3]


@dataclass(frozen=True, slots=True)
class PageImage:
    """One rendered page: its number, its size in PDF points (as the records' boxes measure it) and the image."""

    number: int
    width: float
    height: float
    mime: str
    data: bytes

    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def pdf_to_page_images(path: str | Path, *, width: int = DEFAULT_WIDTH,
                       jpeg_quality: int = DEFAULT_JPEG_QUALITY) -> Iterator[PageImage]:
    """Render every page of a PDF at ``width`` pixels, one :class:`PageImage` at a time.

    The whole media box is drawn (pdfplumber measures boxes from the media box's
    top-left corner, after the page's rotation), so a record's box lands where its
    words are even on pages with a smaller crop box.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                yield _page_to_image(page, index + 1, width, jpeg_quality)
            finally:
                page.close()
    finally:
        pdf.close()


def _page_to_image(page: object, number: int, width: int, jpeg_quality: int) -> PageImage:
    x0, y0, x1, y1 = page.get_mediabox()  # type: ignore[attr-defined]
    page.set_cropbox(x0, y0, x1, y1)  # type: ignore[attr-defined]
    w, h = x1 - x0, y1 - y0
    if page.get_rotation() in (90, 270):  # type: ignore[attr-defined]
        w, h = h, w
    scale = width / w if w else 1.0
    # Colour is judged on a thumbnail: drawing it costs a tenth of judging the full page.
    thumb = page.render(scale=scale * THUMB_WIDTH / width).to_pil()  # type: ignore[attr-defined]
    if not _coloured(thumb):
        png = grey_to_png(page.render(scale=scale, grayscale=True).to_pil())  # type: ignore[attr-defined]
        if png is not None:
            return PageImage(number, round(w, 2), round(h, 2), "image/png", png)
    image = page.render(scale=scale).to_pil()  # type: ignore[attr-defined]
    return PageImage(number, round(w, 2), round(h, 2), "image/jpeg", rgb_to_jpeg(image, jpeg_quality))


def image_to_bytes(image: object, jpeg_quality: int = DEFAULT_JPEG_QUALITY) -> tuple[str, bytes]:
    """The smaller fitting encoding of a rendered page: a 16-grey PNG for text, JPEG for colour and scans."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    if not _coloured(image.resize((THUMB_WIDTH, max(1, THUMB_WIDTH * image.height // image.width)))):
        png = grey_to_png(image.convert("L"))
        if png is not None:
            return "image/png", png
    return "image/jpeg", rgb_to_jpeg(image, jpeg_quality)


def grey_to_png(grey: object) -> bytes | None:
    """A grey page as a 4-bit PNG of 16 grey levels, or None when that is larger than ``PNG_LIMIT``."""
    from PIL import Image

    levels = grey.point(_QUANTISE)  # type: ignore[attr-defined]
    indexed = Image.frombytes("P", levels.size, levels.tobytes())
    indexed.putpalette(_PALETTE)
    out = io.BytesIO()
    indexed.save(out, "PNG", bits=4, compress_level=1)
    return out.getvalue() if out.tell() <= PNG_LIMIT else None


def rgb_to_jpeg(image: object, jpeg_quality: int = DEFAULT_JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=jpeg_quality)  # type: ignore[attr-defined]
    return out.getvalue()


def _coloured(thumb: object) -> bool:
    from PIL import ImageStat

    return ImageStat.Stat(thumb.convert("RGB").convert("HSV")).mean[1] > COLOUR_SATURATION  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of a text or HTML document, under the source lines (1-based) the records' ``lines`` count."""

    first: int
    last: int
    text: str


def text_to_lines(path: str | Path) -> list[TextLine]:
    """The lines of a text or Markdown file, numbered from 1 as the text loader numbers them."""
    from ..loaders import decode_text

    text = decode_text(Path(path).read_bytes())
    return [TextLine(i, i, line) for i, line in enumerate(text.splitlines(), start=1)]


def document_to_lines(doc: object) -> list[TextLine]:
    """The text of a loaded HTML document, each line and table row under the source line it came from.

    HTML's own lines are markup; the loaded document's lines are what a reader sees, and each
    keeps the source line number that evidence refers to.
    """
    from ..document import Line, Table

    out: list[TextLine] = []
    for block in doc.blocks():  # type: ignore[attr-defined]
        if isinstance(block, Line) and block.source_line is not None:
            out.append(TextLine(block.source_line, block.source_line, block.text))
        elif isinstance(block, Table) and block.source_lines is not None:
            # A row's own line is not kept: every row answers to the whole table's lines.
            first, last = block.source_lines
            out += [TextLine(first, last, " | ".join(row)) for row in block.texts()]
    return out
