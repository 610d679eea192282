"""OCR speed and accuracy: scanned copies of the fixture PDFs against their text layer.

    python benchmarks/ocr.py                      # the fixture seeds, scanned (tests/scans.py)
    python benchmarks/ocr.py --pack PACK.pdf      # also time one real scanned pack, whole
    python benchmarks/ocr.py --json out.json

Each fixture PDF (or the pages of it given in ``FIXTURES``) is scanned as the
test scans it (200 dpi, slight skew, mild noise, image-only PDF), then extracted
twice with ``councildocs.extract``: the text-layer PDF and the scan (read by
OCR). It prints pages per second of both and the macro F1 of both against the
seed's gold. Run it on an idle machine: Tesseract uses one core per page.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
sys.path.insert(0, str(ROOT))

#: The fixtures scanned, and their pages (0-based; None: every page). The two long ones are cut to the
#: pages before their forward-plan tables, as in tests/test_ocr.py.
FIXTURES: dict[str, range | None] = {
    "000_4e4b3ddf3947bfc4": range(0, 8),
    "001_36f2328d2f3f11ea": None,
    "002_2139ad1a0fcb7a16": range(0, 8),
    "003_641aa39020d36c36": None,
    "004_8a4d8c94fefb7c1c": None,
}


def _cut(source: Path, pages: range | None, target: Path) -> Path:
    import pypdfium2 as pdfium

    if pages is None:
        return source
    pdf, out = pdfium.PdfDocument(str(source)), pdfium.PdfDocument.new()
    out.import_pages(pdf, list(pages))
    out.save(str(target))
    return target


def _timed(path: Path) -> tuple[dict, float]:
    from councildocs import extract

    start = time.perf_counter()
    record = extract(path)
    return record.model_dump(mode="json"), time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    from tests.scans import scan_pdf

    from councildocs import extract
    from councildocs.evaluate import evaluate_pairs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", type=Path, default=None, help="a scanned PDF to time whole")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    extract(SEEDS / "001_36f2328d2f3f11ea.txt")  # load spaCy before any clock starts
    rows: list[dict] = []
    golds_text, golds_scan = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for stem, pages in FIXTURES.items():
            source = SEEDS / f"{stem}.pdf"
            gold = json.loads((SEEDS / f"{stem}.json").read_text(encoding="utf-8"))
            cut = _cut(source, pages, Path(tmp) / f"{stem}-cut.pdf")
            scan = scan_pdf(source, Path(tmp) / f"{stem}-scan.pdf", pages=pages)
            text_record, text_s = _timed(cut)
            scan_record, scan_s = _timed(scan)
            n = text_record["source"]["pages"]
            golds_text.append((gold, text_record))
            golds_scan.append((gold, scan_record))
            rows.append({"file": stem, "pages": n, "text_pages_per_s": round(n / text_s, 2),
                         "ocr_pages_per_s": round(n / scan_s, 3),
                         "text_f1": round(evaluate_pairs([(gold, text_record)]).macro_f1, 3),
                         "ocr_f1": round(evaluate_pairs([(gold, scan_record)]).macro_f1, 3)})
            print(json.dumps(rows[-1]), flush=True)
    pages = sum(r["pages"] for r in rows)
    text_s = sum(r["pages"] / r["text_pages_per_s"] for r in rows)
    scan_s = sum(r["pages"] / r["ocr_pages_per_s"] for r in rows)
    total = {"pages": pages, "text_pages_per_s": round(pages / text_s, 2), "ocr_pages_per_s": round(pages / scan_s, 3),
             "text_f1": round(evaluate_pairs(golds_text).macro_f1, 3),
             "ocr_f1": round(evaluate_pairs(golds_scan).macro_f1, 3)}
    total["ocr_share_of_text_f1"] = round(total["ocr_f1"] / total["text_f1"], 3) if total["text_f1"] else None
    print("all", json.dumps(total))
    out: dict = {"files": rows, "total": total}
    if args.pack:
        record, seconds = _timed(args.pack)
        out["pack"] = {"file": args.pack.name, "pages": record["source"]["pages"], "seconds": round(seconds, 1),
                       "ocr_pages_per_s": round(record["source"]["pages"] / seconds, 3),
                       "warnings": record["warnings"]}
        print("pack", json.dumps(out["pack"]))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
