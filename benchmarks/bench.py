"""Speed and memory of councildocs extraction against plain pdfplumber text extraction.

    python benchmarks/bench.py                 # 100- and 400-page packs + ../shared council PDFs
    python benchmarks/bench.py a.pdf b.pdf     # these files
    python benchmarks/bench.py --rounds 5 --json results.json

For every file, ``councildocs.extract`` (the whole pipeline: load, segment,
extract records), pdfplumber's ``page.extract_text()`` on every page, and the
councildocs PDF loader alone run one after the other in each round, so all
see the same machine state; a speed-up is the median of the per-round ratios. Pages with and without
ruled tables are also timed apart: each file's pages are split into two PDFs
by whether councildocs finds a table on them. Peak RSS is measured once per
tool and file, each in a fresh child process (its ``VmHWM``, see ``_own_peak_rss_mb``).
The packs are built into a temporary directory with ``fixtures/make_pdfs.py``
and deleted afterwards.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNCIL = ROOT.parent / "shared" / "corpora" / "council"
PACK_SIZES = (100, 400)


def run_councildocs(path: str) -> int:
    """Full pipeline on one file; returns its page count."""
    from councildocs.api import extract  # the facade's name (councildocs.extract), imported from its module

    return extract(path).source.pages or 0


def run_pdfplumber(path: str) -> int:
    """pdfplumber's plain text extraction of every page, pages closed as it goes."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return n


def run_loader(path: str) -> int:
    """The PDF loader alone (document model, no extractors), to show where the pipeline's time goes."""
    from councildocs.loaders import load

    return len(load(path).pages)


TOOLS: dict[str, Callable[[str], int]] = {"councildocs": run_councildocs, "pdfplumber": run_pdfplumber,
                                          "loader": run_loader}


@dataclass
class FileResult:
    name: str
    pages: int
    seconds: dict[str, list[float]] = field(default_factory=dict)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    def median(self, tool: str) -> float:
        return statistics.median(self.seconds[tool])

    def ratio(self, tool: str = "councildocs") -> float:
        """pdfplumber time over ``tool``'s time, median of the paired rounds."""
        return statistics.median(p / c for p, c in zip(self.seconds["pdfplumber"], self.seconds[tool], strict=True))


def time_files(paths: list[Path], rounds: int) -> list[FileResult]:
    """Interleaved timing: in every round each file is read by each tool in turn."""
    results = [FileResult(name=p.name, pages=0, seconds={t: [] for t in TOOLS}) for p in paths]
    for _ in range(rounds):
        for path, result in zip(paths, results, strict=True):
            for tool, run in TOOLS.items():
                start = time.perf_counter()
                result.pages = run(str(path))
                result.seconds[tool].append(time.perf_counter() - start)
    return results


def peak_rss_mb(tool: str, path: Path) -> float:
    """Peak resident memory of a fresh process that runs ``tool`` on ``path``, in MB."""
    out = subprocess.run([sys.executable, __file__, "--child", tool, str(path)], check=True, capture_output=True,
                         text=True)
    return float(out.stdout.strip().splitlines()[-1])


def child(tool: str, path: str) -> None:
    TOOLS[tool](path)
    print(_own_peak_rss_mb())


def _own_peak_rss_mb() -> float:
    """This process's peak RSS. Linux's ``ru_maxrss`` survives ``execve`` and so would report the
    forking benchmark's own peak; ``VmHWM`` belongs to the new address space and does not."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def help_seconds(runs: int = 5) -> float:
    """Median wall time of ``councildocs --help`` (the cost of starting the CLI)."""
    exe = Path(sys.executable).with_name("councildocs")
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "councildocs_cli.main", "--help"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _make_pdfs() -> object:
    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "fixtures" / "make_pdfs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_files(workdir: Path) -> list[Path]:
    """The benchmark packs, built fresh, and the real council PDFs when ../shared is there."""
    make_pdfs = _make_pdfs()
    packs = [make_pdfs.build_pack(n, workdir / f"pack-{n}.pdf") for n in PACK_SIZES]  # type: ignore[attr-defined]
    council = sorted(COUNCIL.glob("*.pdf")) if COUNCIL.is_dir() else []
    return [*packs, *council]


def split_by_tables(paths: list[Path], workdir: Path) -> tuple[Path | None, Path | None]:
    """Two PDFs: every page on which councildocs finds a ruled table, and every other page."""
    import pypdfium2 as pdfium

    from councildocs.loaders import load

    with_tables, without = pdfium.PdfDocument.new(), pdfium.PdfDocument.new()
    for path in paths:
        doc = load(path)
        source = pdfium.PdfDocument(str(path))
        table_pages = [p.number - 1 for p in doc.pages if p.tables]
        plain_pages = [p.number - 1 for p in doc.pages if not p.tables]
        if table_pages:
            with_tables.import_pages(source, pages=table_pages)
        if plain_pages:
            without.import_pages(source, pages=plain_pages)
        source.close()
    out: list[Path | None] = []
    for name, pdf in (("pages-with-tables.pdf", with_tables), ("pages-without-tables.pdf", without)):
        if len(pdf):
            with open(workdir / name, "wb") as fh:
                pdf.save(fh)
            out.append(workdir / name)
        else:
            out.append(None)
        pdf.close()
    return out[0], out[1]


def report(results: list[FileResult], classes: list[FileResult], help_time: float) -> str:
    """The figures as a Markdown table, with the aggregate and per-class lines."""
    lines = ["| file | pages | councildocs pages/s | pdfplumber pages/s | speed-up (median of pairs) | "
             "loader alone: pages/s, speed-up | peak RSS councildocs MB | peak RSS pdfplumber MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in [*results, *classes]:
        lines.append(
            f"| {r.name} | {r.pages} | {r.pages / r.median('councildocs'):.1f} | {r.pages / r.median('pdfplumber'):.1f} "
            f"| {r.ratio():.1f}x | {r.pages / r.median('loader'):.1f}, {r.ratio('loader'):.1f}x "
            f"| {r.peak_rss_mb.get('councildocs', float('nan')):.0f} "
            f"| {r.peak_rss_mb.get('pdfplumber', float('nan')):.0f} |")
    pages = sum(r.pages for r in results)
    cd, pl, ld = (sum(r.median(tool) for r in results) for tool in ("councildocs", "pdfplumber", "loader"))
    lines += [
        "",
        f"Aggregate over {len(results)} files, {pages} pages: councildocs {pages / cd:.1f} pages/s "
        f"({len(results) / cd:.2f} documents/s), pdfplumber extract_text {pages / pl:.1f} pages/s "
        f"({len(results) / pl:.2f} documents/s); speed-up {pl / cd:.1f}x (total time), "
        f"{statistics.median(r.ratio() for r in results):.1f}x (median of per-file ratios); "
        f"loader alone {pages / ld:.1f} pages/s, {pl / ld:.1f}x.",
        f"`councildocs --help`: {help_time * 1000:.0f} ms (median of 5).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per file and tool (default 3)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--child", nargs=2, metavar=("TOOL", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="councildocs-bench-") as tmp:
        workdir = Path(tmp)
        files = args.files or default_files(workdir)
        # Pages with and without tables, from every file but the 400-page pack (the 100-page one has the same pages).
        sample = [f for f in files if f.name != f"pack-{PACK_SIZES[-1]}.pdf"]
        with_tables, without = split_by_tables(sample, workdir)
        class_files = [p for p in (with_tables, without) if p is not None]
        run_councildocs(str(files[0]))  # warm up: imports, spaCy model, term lists
        results = time_files(files, args.rounds)
        classes = time_files(class_files, args.rounds)
        for r, path in [*zip(results, files, strict=True), *zip(classes, class_files, strict=True)]:
            r.peak_rss_mb = {tool: peak_rss_mb(tool, path) for tool in ("councildocs", "pdfplumber")}
        help_time = help_seconds()
    print(report(results, classes, help_time))
    if args.json:
        args.json.write_text(json.dumps({"files": [asdict(r) for r in results], "classes": [asdict(r) for r in classes],
                                         "help_seconds": help_time}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
