"""Read scanned pages with Tesseract OCR, into the same words the PDF text layer gives.

A page that has no text layer (a scan: an image and nothing else, or a stamped page
number over an image) is rendered with PDFium at :data:`OCR_DPI` and read by
Tesseract through ``pytesseract`` (``pip install 'councildocs[ocr]'`` and Debian's
``tesseract-ocr tesseract-ocr-eng``). The stages, each inspectable:

``page_to_image`` → ``deskew`` → ``image_to_hocr`` (Tesseract) → ``hocr_to_lines``
(words with boxes in pixels, confidence, grouped into Tesseract's lines) →
``lines_to_words`` (PDF points, the line's height as the font size, the
unambiguous OCR misreadings corrected), and ``image_to_edges`` (the ruling lines
drawn on the scan). The word and edge dicts then go through the PDF loader's own
``words_to_lines`` and table finder, so the outline and the extractors read a
scan as they read a born-digital page.

Only misreadings that cannot mean anything else are corrected (see
``models/ocr.json``): ``l``/``I`` for ``1`` and ``O``/``o`` for ``0`` inside an item number
that also holds a real digit, an ordinal's superscript read as a quote beside a
month name (``26"`` May), a word hyphenated at a line's end and continued in
lower case on the next line of the same paragraph, and a table's rule read as
``|``. The first two are also applied to every loaded document
(:func:`correct_misreadings`): text that reached us already OCR'd has them too.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ..errors import OcrUnavailable
from ..vocab import lookup

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")
#: Resolution pages are rendered at for Tesseract: 200 dpi reads 9-point print; 300 gains little on council papers.
OCR_DPI = 200
#: Tesseract's language pack.
OCR_LANG = "eng"
#: Words Tesseract is less sure of than this (0-100) are noise from logos, stamps and rules, not text.
MIN_WORD_CONFIDENCE = 30
#: A page whose text layer holds fewer characters than this, under an image covering most of it,
#: is a scan with a stamped page number or reference: it is read by OCR in ``auto`` mode.
STAMP_CHARS = 40
#: Share of the page an image must cover for the page to count as a scan.
SCAN_COVER = 0.5
#: Tesseract's line height (ascender to descender) per point of font size, measured on print at 200 dpi.
LINE_HEIGHT_PER_POINT = 1.0
#: Grey level below which a pixel is ink.
INK_LEVEL = 128
#: The largest skew looked for, and the step it is looked for in (degrees).
MAX_SKEW = 2.0
SKEW_STEP = 0.1
#: A straight run of ink at least this long (points) is a ruling line, not a letter.
MIN_RULE_POINTS = 24.0
#: Line sizes within this ratio of each other are one print size read with Tesseract's measuring noise.
SIZE_TOLERANCE = 1.08
#: Seconds of extra time limit an isolated worker is granted for each page it OCRs (see README).
OCR_SECONDS_PER_PAGE = 30.0

#: Called with 1 before each page is OCR'd; the isolated worker uses it to extend its time limit.
_page_hook: Callable[[int], None] | None = None


def set_page_hook(hook: Callable[[int], None] | None) -> None:
    """Register the function told of each page about to be OCR'd (the worker's time-limit extension)."""
    global _page_hook
    _page_hook = hook


def check_mode(mode: str) -> None:
    """Refuse an unknown OCR mode with the list of known ones."""
    if mode not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {mode!r}: use one of {', '.join(OCR_MODES)}")


@cache
def missing_ocr_engine() -> str | None:
    """What is missing for OCR (a one-line install hint), or None when Tesseract can be used."""
    try:
        import pytesseract
    except ImportError:
        return "the Python package 'pytesseract' is not installed (pip install 'councildocs[ocr]')"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return "the 'tesseract' program is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)"
    try:
        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # a broken install: say what it said
        return f"'tesseract' does not run ({type(exc).__name__}: {str(exc)[:100]})"
    if OCR_LANG not in languages:
        return f"Tesseract's '{OCR_LANG}' language data is not installed (apt-get install tesseract-ocr-{OCR_LANG})"
    return None


def require_ocr(name: str) -> None:
    """Raise :class:`OcrUnavailable` naming what is missing, when OCR cannot run."""
    missing = missing_ocr_engine()
    if missing:
        raise OcrUnavailable(name, f"OCR is needed but {missing}")


# -- which pages -------------------------------------------------------------------------------------------


def image_cover(page: Any) -> float:
    """The share of a PDFium page covered by its largest image object (0 without images)."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    area = max(width * height, 1.0)
    best = 0.0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, (right - left) * (top - bottom) / area)
    return min(best, 1.0)


def page_needs_ocr(page: Any, words: list[dict], mode: str) -> bool:
    """Whether a page is read by OCR: every page for ``always``; for ``auto``, a page without a text
    layer that shows an image, or an image covering most of it under a few stamped characters."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    chars = sum(len(w["text"]) for w in words)
    if chars >= STAMP_CHARS:
        return False
    cover = image_cover(page)
    return cover >= SCAN_COVER or (chars == 0 and cover > 0)


# -- the image ---------------------------------------------------------------------------------------------


def page_to_image(page: Any, dpi: int) -> Any:
    """A PDFium page rendered to a greyscale PIL image at ``dpi``."""
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _ink(image: Any) -> Any:
    """The dark pixels of a greyscale image, as a boolean array."""
    import numpy as np

    return np.asarray(image) < INK_LEVEL


def image_to_skew(image: Any) -> float:
    """The angle (degrees) a scan was fed crooked by: the turn that makes its text rows sharpest.

    Rows of print turned straight give the row-darkness profile its greatest
    variance; tried on a quarter-size copy, every :data:`SKEW_STEP` within
    :data:`MAX_SKEW` degrees.
    """
    import numpy as np
    from PIL import Image

    small = image.reduce(4)
    best, best_angle = -1.0, 0.0
    steps = int(MAX_SKEW / SKEW_STEP)
    for k in range(-steps, steps + 1):
        angle = k * SKEW_STEP
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255) if k else small
        profile = _ink(turned).sum(axis=1).astype(np.float64)
        score = float(profile.var())
        if score > best:
            best, best_angle = score, angle
    return best_angle


def deskew(image: Any) -> Any:
    """The image turned straight (see :func:`image_to_skew`); unchanged when it is already."""
    from PIL import Image

    angle = image_to_skew(image)
    if not angle:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def _runs(ink: Any, min_length: int) -> list[tuple[int, int, int]]:
    """Runs of at least ``min_length`` dark pixels along each row: (row, first column, last column)."""
    import numpy as np

    padded = np.zeros((ink.shape[0], ink.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    change = np.diff(padded, axis=1)
    rows, starts = np.nonzero(change == 1)
    _, stops = np.nonzero(change == -1)  # same row order: every run that starts also stops
    keep = stops - starts >= min_length
    return list(zip(rows[keep].tolist(), starts[keep].tolist(), (stops[keep] - 1).tolist(), strict=True))


def image_to_edges(image: Any, dpi: int) -> list[dict]:
    """Ruling lines drawn on a scan, as the PDF loader's edge dicts (points): long straight dark runs.

    A run of ink at least :data:`MIN_RULE_POINTS` long along a row is part of a
    horizontal rule (letters are far shorter); along a column, of a vertical one.
    The runs of a rule several pixels thick are merged by the table finder's
    snapping, as a PDF's own lines are.
    """
    from .pdf import _edge

    ink = _ink(image)
    scale = 72 / dpi
    length = max(int(MIN_RULE_POINTS / scale), 1)
    edges = [_edge("h", a * scale, row * scale, (b + 1) * scale, row * scale) for row, a, b in _runs(ink, length)]
    edges += [_edge("v", col * scale, a * scale, col * scale, (b + 1) * scale) for col, a, b in _runs(ink.T, length)]
    return edges


# -- Tesseract ---------------------------------------------------------------------------------------------


def image_to_hocr(image: Any) -> bytes:
    """Tesseract's hOCR for an image: its blocks, paragraphs, lines and words with boxes and confidences."""
    import pytesseract

    # One thread per Tesseract: documents run in parallel workers, and OpenMP threads fight over the cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    return pytesseract.image_to_pdf_or_hocr(image, lang=OCR_LANG, extension="hocr")


@dataclass(slots=True)
class OcrWord:
    """A word as Tesseract read it: pixel box and confidence (0-100)."""

    text: str
    box: tuple[float, float, float, float]
    conf: float


@dataclass(slots=True)
class OcrLine:
    """One of Tesseract's lines: its box, its estimated text height (``x_size``) and its paragraph."""

    words: list[OcrWord]
    box: tuple[float, float, float, float]
    x_size: float
    paragraph: int


_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_WCONF = re.compile(r"x_wconf (-?\d+(?:\.\d+)?)")
_XSIZE = re.compile(r"x_size (\d+(?:\.\d+)?)")


def _title_box(title: str) -> tuple[float, float, float, float] | None:
    match = _BBOX.search(title)
    return tuple(float(v) for v in match.groups()) if match else None  # type: ignore[return-value]


def hocr_to_lines(hocr: bytes) -> list[OcrLine]:
    """Tesseract's lines in reading order, each with its words (empty words dropped)."""
    root = ET.fromstring(hocr)
    lines: list[OcrLine] = []
    for paragraph, par in enumerate(e for e in root.iter() if "ocr_par" in (e.get("class") or "")):
        for line in par.iter():
            classes = line.get("class") or ""
            if not classes.startswith(("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")):
                continue
            title = line.get("title") or ""
            box = _title_box(title)
            words = []
            for span in line.iter():
                if (span.get("class") or "") != "ocrx_word":
                    continue
                text = "".join(span.itertext()).strip()
                word_box = _title_box(span.get("title") or "")
                conf = _WCONF.search(span.get("title") or "")
                if text and word_box:
                    words.append(OcrWord(text, word_box, float(conf.group(1)) if conf else 0.0))
            size = _XSIZE.search(title)
            if words and box:
                lines.append(OcrLine(words, box, float(size.group(1)) if size else box[3] - box[1], paragraph))
    return lines


# -- misreadings -------------------------------------------------------------------------------------------


@cache
def _item_number() -> re.Pattern[str]:
    return re.compile(lookup("ocr_item_number")[0])


def fix_item_number(token: str) -> str:
    """``l2.`` → ``12.``, ``1O.`` → ``10.``: letters read for digits inside an item number holding a digit.

    Only a token shaped like an item number (digits and separators, as ``10.2`` or ``7)``)
    that has at least one true digit is changed: ``I.`` alone may be a Roman numeral
    and ``l.`` a lettered item, so they stay.
    """
    if not _item_number().fullmatch(token) or not any(c.isdigit() for c in token):
        return token
    return token.translate(_DIGIT_FOR)


#: ``5.I.``, ``5.IV.``: an item's roman sub-number (CivicPlus agendas), not a misread ``5.1.``.
_ROMAN_SUB_ITEM = re.compile(r"\d{1,3}\.[IVX]{1,5}\.?")


def _prints_roman_sub_items(first_words: Any) -> bool:
    """Whether a paper numbers sub-items in roman numerals after the item's number: it prints one with a V or
    an X (``5.IV.``), which no digit is misread as, or both ``N.I.`` and ``N.II.``, a run that misread digits
    (``5.1.``, ``5.11.``, with no ``5.2.`` between) would not make. Its ``5.I.`` is then roman, left as printed."""
    seen = {w.rstrip(".") for w in first_words if _ROMAN_SUB_ITEM.fullmatch(w)}
    return any(set(w.partition(".")[2]) & {"V", "X"} for w in seen) or any(
        f"{w.partition('.')[0]}.II" in seen for w in seen if w.endswith(".I"))


_DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})


@cache
def _months() -> frozenset[str]:
    return frozenset(m.lower() for m in lookup("ocr_month_names"))


@cache
def _superscript() -> re.Pattern[str]:
    return re.compile(r"^(\d{1,2})[" + re.escape("".join(lookup("ocr_superscript_marks"))) + r"](,?)$")


def ordinal(day: int) -> str:
    """``1`` → ``1st``, ``22`` → ``22nd``, ``13`` → ``13th``."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fix_ordinals(texts: list[str]) -> list[str]:
    """``26"`` beside a month name → ``26th``: a day's superscript ordinal read as a quote mark."""
    out = list(texts)
    months = _months()
    for i, text in enumerate(texts):
        match = _superscript().match(text)
        if not match or not 1 <= int(match.group(1)) <= 31:
            continue
        before = texts[i - 1].strip(",.").lower() if i else ""
        after = [t.strip(",.").lower() for t in texts[i + 1:i + 4]]
        # "May 26"", "26" May" and "the 16" day of April": a month beside it, or after "day of".
        if before in months or after[:1] and after[0] in months or after[:2] == ["day", "of"] and after[2:] \
                and after[2] in months:
            out[i] = ordinal(int(match.group(1))) + match.group(2)
    return out


#: What a vertical rule beside a word is read as.
_RULE_MARKS = "|"
_HYPHENATED = re.compile(r"^.*[a-z]-$")


def join_hyphenated(lines: list[OcrLine]) -> None:
    """A word split at a line's end (``recom-`` / ``mendation``) joined onto the first line, in place.

    Only within one paragraph and when the next line goes on in lower case: ``Mid-`` /
    ``Suffolk`` keeps its hyphen and stays apart.
    """
    for line, nxt in zip(lines, lines[1:], strict=False):
        if nxt.paragraph != line.paragraph or not nxt.words or not line.words:
            continue
        last, first = line.words[-1], nxt.words[0]
        if _HYPHENATED.match(last.text) and first.text[:1].islower():
            rest = re.match(r"^[a-z]+", first.text)
            assert rest is not None
            last.text = last.text[:-1] + rest.group()
            first.text = first.text[rest.end():]
            if not first.text:
                nxt.words.pop(0)


def lines_to_words(lines: list[OcrLine], dpi: int) -> list[dict]:
    """Word dicts as the PDF loader makes them, in points from the page's top-left.

    Every word of a Tesseract line takes the line's top and bottom, so the loader's
    row grouping keeps Tesseract's lines even on a slightly skewed scan; the font
    size comes from the line's text height.
    """
    join_hyphenated(lines)
    scale = 72 / dpi
    words: list[dict] = []
    for line in lines:
        kept = [w for w in line.words if w.conf >= MIN_WORD_CONFIDENCE and w.text.strip(_RULE_MARKS)]
        for w in kept:  # a table's rule read as a bar stuck to a word: "|South"
            w.text = w.text.strip(_RULE_MARKS)
        if not kept:
            continue
        texts = fix_ordinals([w.text for w in kept])
        texts[0] = fix_item_number(texts[0])
        # Half-point steps: the same print size reads as the same size on every line.
        size = round(line.x_size * scale / LINE_HEIGHT_PER_POINT * 2) / 2
        top, bottom = line.box[1] * scale, line.box[3] * scale
        for word, text in zip(kept, texts, strict=True):
            words.append({"text": text, "x0": word.box[0] * scale, "x1": word.box[2] * scale, "top": top,
                          "bottom": bottom, "size": max(size, 1.0), "fontname": "ocr", "bold": False,
                          "conf": word.conf})
    snap_sizes(words)
    return words


def snap_sizes(words: list[dict]) -> None:
    """Sizes within :data:`SIZE_TOLERANCE` of a commoner one take it, in place.

    Tesseract measures each line's height afresh, so one print size reads as 9.5,
    10 and 10.5 on different lines; snapped to the commonest, the body is one size
    and a title printed on two lines is one heading.
    """
    chars: dict[float, int] = {}
    for w in words:
        chars[w["size"]] = chars.get(w["size"], 0) + len(w["text"])
    anchors: list[float] = []
    to: dict[float, float] = {}
    for size in sorted(chars, key=lambda s: (-chars[s], s)):
        anchor = next((a for a in anchors if max(a, size) / min(a, size) <= SIZE_TOLERANCE), None)
        if anchor is None:
            anchors.append(size)
        to[size] = anchor if anchor is not None else size
    for w in words:
        w["size"] = to[w["size"]]


@dataclass(slots=True)
class ScannedPage:
    """What OCR found on a page: its words and ruling lines (PDF points) and the words' mean confidence."""

    words: list[dict]
    edges: list[dict]
    confidence: float


def ocr_page(page: Any, dpi: int = OCR_DPI) -> ScannedPage:
    """OCR one PDFium page, turned straight first: words as :func:`lines_to_words` gives them, rules
    as :func:`image_to_edges` finds them."""
    if _page_hook is not None:
        _page_hook(1)
    image = deskew(page_to_image(page, dpi))
    words = lines_to_words(hocr_to_lines(image_to_hocr(image)), dpi)
    confidence = statistics.fmean(w["conf"] for w in words) if words else 0.0
    return ScannedPage(words, image_to_edges(image, dpi), round(confidence, 1))


def ocr_warning(confidences: dict[int, float]) -> str:
    """The document warning naming the OCR'd pages and their mean word confidence."""
    pages = sorted(confidences)
    mean = statistics.fmean(confidences.values()) if confidences else 0.0
    return f"read by OCR: pages {_ranges(pages)} (mean word confidence {mean:.0f}%)"


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


class OcrPass:
    """OCR over one document's pages: decides page by page, keeps the confidences, reports at the end."""

    def __init__(self, name: str, mode: str, dpi: int = OCR_DPI) -> None:
        check_mode(mode)
        self.name, self.mode, self.dpi = name, mode, dpi
        self.confidences: dict[int, float] = {}
        #: Pages that needed OCR in ``auto`` mode when no OCR engine was installed.
        self.unread: list[int] = []
        if mode == "always":
            require_ocr(name)

    def read(self, page: Any, words: list[dict], index: int) -> ScannedPage | None:
        """The page as OCR reads it, or None when its text layer is kept."""
        if not page_needs_ocr(page, words, self.mode):
            return None
        if missing_ocr_engine():
            self.unread.append(index)
            return None
        scanned = ocr_page(page, self.dpi)
        self.confidences[index] = scanned.confidence
        return scanned

    def finish(self, pages: list[Any], warnings: list[str], has_text: bool) -> None:
        """Mark the OCR'd pages with their confidence and warn; a scan that could not be read at all
        raises :class:`OcrUnavailable` naming what to install."""
        for page in pages:
            if page.number in self.confidences:
                page.ocr_confidence = self.confidences[page.number]
        if self.confidences:
            warnings.append(ocr_warning(self.confidences))
        if self.unread:
            if not has_text:
                require_ocr(self.name)
            warnings.append(f"pages {_ranges(self.unread)} are scans without a text layer and were not read: "
                            f"OCR is not available ({missing_ocr_engine()})")


def correct_misreadings(doc: Any) -> None:
    """The same unambiguous corrections on every line of a loaded document, in place.

    Text that reached us already OCR'd (a council's scanner's text layer, a Markdown
    export of a scan) carries the same misreadings as our own OCR; on born-digital
    text these shapes never occur, so nothing changes there.
    """
    lines = list(doc.lines(body_only=False))
    roman = _prints_roman_sub_items(line.text.split(" ", 1)[0] for line in lines)
    for line in lines:
        words = line.text.split(" ")
        fixed = fix_ordinals(words)
        if not (roman and _ROMAN_SUB_ITEM.fullmatch(fixed[0])):
            fixed[0] = fix_item_number(fixed[0])
        if fixed != words:
            line.text = " ".join(fixed)
