"""End-to-end speed and memory of councildocs on real council PDFs, measured as a user runs it.

    python benchmarks/honest.py                      # 3 interleaved rounds, about 10 minutes
    python benchmarks/honest.py --rounds 5 --json results.json
    python benchmarks/honest.py --quick              # 1 round, no 1,000-page pack

What is measured, and why (``docs/benchmarks.md`` has the figures):

* **Files.** The real PDFs of ``../shared/corpora/council`` and
  ``../shared/corpora/wide`` that have a text layer (image-only scans are
  skipped: they are refused, not extracted), and packs built from them with
  pikepdf into a temporary directory: ``pack-distinct`` concatenates every
  page of every real PDF once (no page repeats), ``pack-100`` is its first
  100 pages. ``pack-1000`` cycles through the real pages until it has 1,000
  (there are fewer distinct pages than that): it is used only for memory.
* **Whole CLI runs.** ``councildocs extract FILES --workers N -q -o OUT`` in a
  wrapper process that reports ``getrusage(RUSAGE_CHILDREN)``: user + system
  CPU of the command *and its worker processes*, wall time, and the largest
  single process's peak RSS. Compared with the same kind of whole run of
  pdfplumber (a Python process opening each file and calling
  ``page.extract_text()`` on every page) and of pypdfium2 text-only
  (``textpage.get_text_range()`` on every page: the floor, the cheapest way to
  get the text out at all).
* **In-process runs, caches cold.** Each document is extracted in a fresh
  Python process after its imports (and spaCy's pipeline) are loaded, so no
  text-keyed cache holds anything from an earlier run of the same document;
  the time is the CPU (``time.process_time``) of ``councildocs.extract(path)``
  alone. pdfplumber and pypdfium2 are timed the same way, each document in the
  same fresh process as the other documents of that tool (they keep no
  caches between documents).
* **Rounds.** Every measurement runs once per round, all of them one after the
  other, the order reversed every other round, so that the machine's drift
  falls on all tools alike; figures are medians with min–max over rounds, and
  ratios are the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
REAL_SETS = ("council", "wide")
#: Read (untimed) before the timed files by every in-process tool: a seed fixture, not a corpus file.
WARM_PDF = ROOT / "fixtures" / "seeds" / "000_4e4b3ddf3947bfc4.pdf"

#: Runs a command and prints, as JSON, the CPU and peak RSS of everything it waited for (its workers too).
WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": wall, "cpu": use.ru_utime + use.ru_stime, "rss_mib": use.ru_maxrss / 1024}))
"""

#: A whole pdfplumber run over the files given: what a user would script instead of councildocs.
PDFPLUMBER_CLI = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
"""

#: The text-only floor: PDFium's text of every page, nothing else.
PDFIUM_CLI = """
import sys, pypdfium2
for path in sys.argv[1:]:
    pdf = pypdfium2.PdfDocument(path)
    for page in pdf:
        page.get_textpage().get_text_range()
    pdf.close()
"""


# ---------------------------------------------------------------- in-process child


def _own_peak_rss_mib() -> float:
    """This process's peak RSS (``VmHWM``: it belongs to this address space, unlike ``ru_maxrss``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _tool(name: str) -> Any:
    """The function ``name`` runs on one path, returning the page count; imports done and warm."""
    if name == "councildocs":
        from councildocs import extract
        from councildocs.nlp import get_nlp

        get_nlp()  # spaCy's pipeline is built once per process (a worker's): not a per-document cost
        return lambda path: extract(path).source.pages or 0
    if name == "loader":
        from councildocs.loaders import load

        return lambda path: len(load(path).pages)
    if name == "pdfplumber":
        import pdfplumber

        def plumber(path: str) -> int:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                return len(pdf.pages)
        return plumber
    if name == "pdfium":
        import pypdfium2

        def pdfium(path: str) -> int:
            pdf = pypdfium2.PdfDocument(path)
            try:
                for page in pdf:
                    page.get_textpage().get_text_range()
                return len(pdf)
            finally:
                pdf.close()
        return pdfium
    raise ValueError(name)


def child(tool: str, paths: list[str]) -> None:
    """Time ``tool`` on each path in this (fresh) process; one JSON line per path.

    The tool first reads a small fixture PDF, untimed, so that no file pays for the libraries' lazy
    imports and first-use set-up (pdfminer's font tables, PDFium's library) that every later one skips.
    """
    run = _tool(tool)
    run(str(WARM_PDF))
    for path in paths:
        cpu, wall = time.process_time(), time.perf_counter()
        pages = run(path)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(json.dumps({"path": path, "pages": pages, "cpu": cpu, "wall": wall, "rss_mib": _own_peak_rss_mib()}),
              flush=True)


def in_process(tool: str, paths: list[Path], *, fresh_each: bool, env: dict[str, str] | None = None
               ) -> dict[str, dict[str, float]]:
    """Per-path figures of ``tool`` in-process; ``fresh_each`` gives every path a process of its own."""
    groups = [[p] for p in paths] if fresh_each else [paths]
    out: dict[str, dict[str, float]] = {}
    for group in groups:
        done = subprocess.run([sys.executable, __file__, "--child", tool, *map(str, group)], check=True,
                              capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            row = json.loads(line)
            out[Path(row["path"]).name] = row
    return out


# ---------------------------------------------------------------- whole runs


def councildocs_cmd(paths: list[Path], workers: int, out: Path) -> list[str]:
    exe = Path(sys.executable).with_name("councildocs")
    return [str(exe), "extract", *map(str, paths), "--workers", str(workers), "-q", "-o", str(out)]


def whole(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """CPU (the command and everything it waited for), wall and peak RSS of one whole command."""
    done = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], check=True, capture_output=True, text=True,
                          env=env)
    return json.loads(done.stdout)


# ---------------------------------------------------------------- files


def real_pdfs() -> list[Path]:
    """The real council PDFs with a text layer, smallest first."""
    import pypdfium2

    found = []
    for name in REAL_SETS:
        for path in sorted((CORPORA / name).glob("*.pdf")):
            pdf = pypdfium2.PdfDocument(str(path))
            try:
                has_text = any(page.get_textpage().get_text_range().strip() for page in pdf)
                pages = len(pdf)
            finally:
                pdf.close()
            if has_text:
                found.append((pages, path))
    return [p for _, p in sorted(found)]


def build_pack(sources: list[Path], pages: int | None, out: Path, *, cycle: bool = False) -> Path:
    """Concatenate the pages of ``sources`` in order (at most ``pages``; ``cycle`` repeats them to reach it)."""
    import pikepdf

    pack = pikepdf.Pdf.new()
    opened = [pikepdf.Pdf.open(p) for p in sources]
    while True:
        for src in opened:
            for page in src.pages:
                if pages is not None and len(pack.pages) >= pages:
                    break
                pack.pages.append(page)
        if not cycle or pages is None or len(pack.pages) >= pages:
            break
    pack.save(out)
    for src in opened:
        src.close()
    return out


# ---------------------------------------------------------------- report


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """Median with min–max: ``1.23 (1.10–1.40)``."""
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one round, no 1,000-page pack")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also run every councildocs measurement on this checkout's src/ and cli/ "
                             "(e.g. a `git archive` of an older commit), in the same rounds")
    parser.add_argument("--json", type=Path, help="write every measurement here")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    rounds = 1 if args.quick else args.rounds
    real = real_pdfs()
    if not real:
        sys.exit(f"no real PDFs under {CORPORA}")
    variants: dict[str, dict[str, str] | None] = {"": None}
    if args.baseline:
        base = args.baseline.resolve()
        variants["_base"] = {**os.environ, "PYTHONPATH": f"{base / 'cli'}{os.pathsep}{base / 'src'}"}
    with tempfile.TemporaryDirectory(prefix="councildocs-bench-") as tmp:
        work = Path(tmp)
        distinct = build_pack(real, None, work / "pack-distinct.pdf")
        pack100 = build_pack(real, 100, work / "pack-100.pdf")
        pack1000 = None if args.quick else build_pack(real, 1000, work / "pack-1000.pdf", cycle=True)
        one_page = next(p for p in real if p.name.startswith("milburn") and "agenda" in p.name)
        out = work / "out.jsonl"
        steps: list[tuple[str, Any]] = [
            ("plumber_real", lambda: whole([sys.executable, "-c", PDFPLUMBER_CLI, *map(str, real)])),
            ("pdfium_real", lambda: whole([sys.executable, "-c", PDFIUM_CLI, *map(str, real)])),
            ("in_pdfplumber", lambda: in_process("pdfplumber", real, fresh_each=False)),
            ("in_pdfium", lambda: in_process("pdfium", real, fresh_each=False)),
            ("in_loader", lambda: in_process("loader", real, fresh_each=False)),
        ]
        ours = {"cli_real_w1": councildocs_cmd(real, 1, out), "cli_real_w2": councildocs_cmd(real, 2, out),
                "cli_pack_w1": councildocs_cmd([distinct], 1, out),
                "cli_one_page": councildocs_cmd([one_page], 1, work / "one.json")}
        for suffix, env in variants.items():
            steps += [(name + suffix, lambda cmd=cmd, env=env: whole(cmd, env)) for name, cmd in ours.items()]
            steps.append((f"in_councildocs{suffix}",
                          lambda env=env: in_process("councildocs", [*real, distinct], fresh_each=True, env=env)))
        results: dict[str, list[Any]] = {name: [] for name, _ in steps}
        for r in range(rounds):
            order = steps if r % 2 == 0 else steps[::-1]
            for name, step in order:
                results[name].append(step())
                print(f"round {r + 1}: {name} done", file=sys.stderr, flush=True)
            if args.json:  # each round as it ends, so a long run that is cut short still has its figures
                args.json.write_text(json.dumps({"results": results, "rounds_done": r + 1}, indent=1))
        # Memory once, not per round: peak RSS barely moves with the machine's load.
        for suffix, env in variants.items():
            for pack in (pack100, pack1000):
                if pack is not None:
                    results[f"rss_{pack.stem}{suffix}"] = [whole(councildocs_cmd([pack], 1, work / "p.json"), env)]
        pages = {p.name: n for p, n in zip([*real, distinct], _page_counts([*real, distinct]), strict=True)}
        for suffix in variants:
            print(f"\n# councildocs {'baseline (' + str(args.baseline) + ')' if suffix else 'this checkout'}")
            report(results, suffix, real, distinct, one_page, pages)
        if args.baseline:
            compare(results, real, pages)
        if args.json:
            args.json.write_text(json.dumps({"results": results, "pages": pages}, indent=1))


def _page_counts(paths: list[Path]) -> list[int]:
    import pypdfium2

    counts = []
    for path in paths:
        pdf = pypdfium2.PdfDocument(str(path))
        counts.append(len(pdf))
        pdf.close()
    return counts


def report(results: dict[str, list[Any]], suffix: str, real: list[Path], distinct: Path, one_page: Path,
           pages: dict[str, int]) -> None:
    """Markdown tables of one variant's figures, beside pdfplumber's and PDFium's from the same rounds."""
    real_pages = sum(pages[p.name] for p in real)
    pack_pages = pages[distinct.name]

    def cpu(name: str) -> list[float]:
        return [r["cpu"] for r in results[name]]

    def ratio(a: str, b: str, key: str = "cpu") -> list[float]:
        return [x[key] / y[key] for x, y in zip(results[a], results[b], strict=True)]

    print(f"\n## Whole runs ({len(real)} real PDFs, {real_pages} pages; a pack of the same {pack_pages} pages, "
          "none repeated)\n")
    print("| run | CPU s | wall s | pages per CPU-s | peak RSS MiB | pdfplumber CPU / this CPU |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, n in (("cli_real_w1" + suffix, real_pages), ("cli_real_w2" + suffix, real_pages),
                    ("cli_pack_w1" + suffix, pack_pages), ("plumber_real", real_pages), ("pdfium_real", real_pages)):
        speed = [n / c for c in cpu(name)]
        print(f"| {name} | {spread(cpu(name))} | {spread([r['wall'] for r in results[name]])} | "
              f"{spread(speed, '{:.0f}')} | {spread([r['rss_mib'] for r in results[name]], '{:.0f}')} | "
              f"{spread(ratio('plumber_real', name), '{:.1f}x')} |")
    print(f"\nOne-page document ({one_page.name}) end to end: {spread(cpu('cli_one_page' + suffix))} s CPU, "
          f"{spread([r['wall'] for r in results['cli_one_page' + suffix]])} s wall")
    print(f"--workers 2 against --workers 1 on {len(real)} documents, wall: "
          f"{spread(ratio('cli_real_w1' + suffix, 'cli_real_w2' + suffix, 'wall'), '{:.2f}x')}")
    for key in sorted(k for k in results if k.startswith("rss_") and k.endswith(suffix)
                      and (suffix or not k.endswith("_base"))):
        row = results[key][0]
        print(f"Peak RSS, {key[4:].removesuffix(suffix)} (whole run, largest process): {row['rss_mib']:.0f} MiB "
              f"({row['cpu']:.1f} s CPU)")

    print("\n## In-process, caches cold (pages per CPU-second; ratio = pdfplumber CPU / councildocs CPU)\n")
    print("| file | pages | councildocs | loader alone | pdfplumber | pypdfium2 text | "
          "councildocs vs pdfplumber | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    tools = {"councildocs": "in_councildocs" + suffix, "loader": "in_loader", "pdfplumber": "in_pdfplumber",
             "pdfium": "in_pdfium"}
    totals: dict[str, list[float]] = {t: [0.0] * rounds_of(results) for t in tools}
    for path in [*real, distinct]:
        name, n = path.name, pages[path.name]
        per = {t: [r[name]["cpu"] for r in results[key]] for t, key in tools.items() if name in results[key][0]}
        if path is not distinct:
            for t in tools:
                for i, v in enumerate(per[t]):
                    totals[t][i] += v
        rel = spread([p / c for p, c in zip(per["pdfplumber"], per["councildocs"], strict=True)], "{:.1f}x") \
            if "pdfplumber" in per else "–"
        rss = [r[name]["rss_mib"] for r in results[tools["councildocs"]]]
        short = name if len(name) < 40 else name[:37] + "…"
        print(f"| {short} | {n} | " + " | ".join(spread([n / v for v in per[t]], "{:.0f}") if t in per else "–"
                                                 for t in tools)
              + f" | {rel} | {spread(rss, '{:.0f}')} |")
    rel = [p / c for p, c in zip(totals["pdfplumber"], totals["councildocs"], strict=True)]
    print(f"| **all real** | {real_pages} | "
          + " | ".join(spread([real_pages / v for v in totals[t]], "{:.0f}") for t in tools)
          + f" | {spread(rel, '{:.1f}x')} | |")


def rounds_of(results: dict[str, list[Any]]) -> int:
    return len(results["plumber_real"])


def compare(results: dict[str, list[Any]], real: list[Path], pages: dict[str, int]) -> None:
    """This checkout against the baseline, paired round by round: baseline CPU / this CPU."""
    print("\n# This checkout against the baseline (baseline CPU / this CPU, paired by round)\n")
    print("| measurement | speed-up |\n|---|---:|")
    for name in ("cli_real_w1", "cli_real_w2", "cli_pack_w1", "cli_one_page"):
        ratios = [b["cpu"] / a["cpu"] for a, b in zip(results[name], results[name + "_base"], strict=True)]
        print(f"| {name} | {spread(ratios, '{:.2f}x')} |")
    for path in real:
        n = path.name
        ratios = [b[n]["cpu"] / a[n]["cpu"] for a, b in
                  zip(results["in_councildocs"], results["in_councildocs_base"], strict=True)]
        short = n if len(n) < 40 else n[:37] + "…"
        print(f"| in-process {short} ({pages[n]} p) | {spread(ratios, '{:.2f}x')} |")


if __name__ == "__main__":
    main()
