"""Small broken and hostile documents, made on the fly for the tests that must always run.

Each maker writes one file the way it turns up in real downloads (an empty
file, an HTML error page saved as .pdf, an interrupted download, a
password-protected or scanned PDF, a decompression bomb) and returns its path.
"""

from __future__ import annotations

import io
import zlib
from pathlib import Path

AGENDA_LINES = [
    "Planning Committee",
    "Date: Tuesday, 12 March 2019 at 7.00 pm",
    "Venue: Council Chamber, Town Hall",
    "AGENDA",
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Minutes of the meeting held on 5 February 2019",
]


def pdf_bytes(lines: list[str] = AGENDA_LINES, pages: int = 1) -> bytes:
    """A small text PDF made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for _ in range(pages):
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 18
        c.showPage()
    c.save()
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def empty_pdf(folder: Path) -> Path:
    return write(folder / "empty.pdf", b"")


def html_as_pdf(folder: Path) -> Path:
    return write(folder / "error-page.pdf", b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                 b"<body><h1>Not Found</h1><p>The requested URL was not found.</p></body></html>\n")


def good_pdf(folder: Path) -> Path:
    return write(folder / "agenda.pdf", pdf_bytes(pages=2))


def truncated_pdf(folder: Path) -> Path:
    data = pdf_bytes(pages=2)
    return write(folder / "truncated.pdf", data[: len(data) * 55 // 100])


def encrypted_pdf(folder: Path, user_password: str = "secret") -> Path:
    """A PDF needing a password (or, with an empty user password, only an owner password)."""
    import pikepdf

    name = "encrypted.pdf" if user_password else "owner-only.pdf"
    with pikepdf.open(io.BytesIO(pdf_bytes())) as pdf:
        pdf.save(folder / name, encryption=pikepdf.Encryption(user=user_password, owner="clerk", R=6))
    return folder / name


def image_only_pdf(folder: Path, text: str = "") -> Path:
    """A 'scanned' page: one image, no text layer. Without ``text`` the image is a plain gradient
    (a photograph, say) that OCR finds nothing in either; with it, the text is printed on the image."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    image = Image.new("L", (400, 200), 255) if text else Image.linear_gradient("L").resize((400, 200))
    if text:
        ImageDraw.Draw(image).text((20, 80), text, fill=0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.drawInlineImage(image, 72, 500, width=400, height=200)
    c.showPage()
    c.save()
    return write(folder / "scan.pdf", out.getvalue())


def zero_page_pdf(folder: Path) -> Path:
    import pikepdf

    pdf = pikepdf.new()
    pdf.save(folder / "zero-pages.pdf")
    return folder / "zero-pages.pdf"


def no_mediabox_pdf(folder: Path) -> Path:
    """A page whose /MediaBox was lost (pdfplumber raises a bare TypeError on it)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes())) as pdf:
        for page in pdf.pages:
            del page.obj["/MediaBox"]
        if "/MediaBox" in pdf.Root.Pages:
            del pdf.Root.Pages["/MediaBox"]
        pdf.save(folder / "no-mediabox.pdf")
    return folder / "no-mediabox.pdf"


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def one_page_pdf(content: bytes, *, kids: bytes = b"[3 0 R]", count: int = 1, extra: tuple[bytes, ...] = ()
                 ) -> bytes:
    """A one-page PDF (Helvetica as /F1) whose page draws ``content``, compressed; ``extra`` objects from 6 on."""
    body = zlib.compress(content, 9)
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids %s /Count %d >>" % (kids, count),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
        *extra,
    ])


def tj_runs_pdf(runs: int) -> bytes:
    """A kilobyte-sized page whose one ``TJ`` array prints ``runs`` words, each a column gap from the last."""
    return one_page_pdf(b"BT /F1 10 Tf 10 700 Td [" + b" ".join(b"(a) -4000" for _ in range(runs)) + b"] TJ ET")


def pages_kid_loop_pdf() -> bytes:
    """A page tree that loops: the root /Pages lists a /Pages kid whose own kid is the root, then one real page."""
    return one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Minutes of the Planning Committee) Tj ET",
                        kids=b"[6 0 R 3 0 R]", count=2,
                        extra=(b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",))


def bomb_pdf(folder: Path, mib: int = 200) -> Path:
    """A one-page PDF of a few hundred KB whose content stream inflates to ``mib`` MiB."""
    comp = zlib.compressobj(9)
    body = comp.compress(b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET\n")
    block = b"\x00" * (1 << 20)
    body += b"".join(comp.compress(block) for _ in range(mib)) + comp.flush()
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ])
    return write(folder / "bomb.pdf", data)


def big_text(folder: Path, mib: int = 50) -> Path:
    """A plain-text 'minutes' file of ``mib`` MiB: too much to extract within a short timeout."""
    line = b"4. Minutes of the meeting held on 12 March 2019 were agreed as a correct record.\n"
    return write(folder / "huge.txt", line * (mib * (1 << 20) // len(line)))


#: Each always-run broken file and the failure code it must get.
BROKEN: dict[str, tuple[object, str]] = {
    "empty": (empty_pdf, "not_pdf"),
    "html-saved-as-pdf": (html_as_pdf, "not_pdf"),
    "truncated": (truncated_pdf, "malformed"),
    "encrypted": (encrypted_pdf, "encrypted"),
    "image-only": (image_only_pdf, "no_text_layer"),
    "zero-pages": (zero_page_pdf, "empty_document"),
}
