"""``councildocs``: extract records from council papers on the command line.

Every command parses its options and calls the library; library errors become
one ``Error:`` line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from councildocs._version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="councildocs")
def cli() -> None:
    """Turn council agenda packs and minutes into typed records (JSON)."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "sqlite"]), default=None,
              help="json: one document (default for one file); jsonl: one line per document (default for "
                   "several); sqlite: tables of records (needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output ('-' is standard output).")
@click.option("--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one JSON file per input, named by its stem, into this folder (what 'evaluate' reads).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Documents extracted at once, each in its own process (default: number of CPUs).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one document may take before it is stopped (code 'timeout').")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Read at most this many pages.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse files larger than this (code 'memory').")
@click.option("--memory-mb", type=click.IntRange(min=64), default=2048, show_default=True,
              help="Address-space cap of each worker process, in MiB (code 'memory').")
@click.option("--password", default=None, envvar="COUNCILDOCS_PDF_PASSWORD",
              help="Password of encrypted PDFs (or set COUNCILDOCS_PDF_PASSWORD).")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Read PDF pages with Tesseract OCR: auto reads scanned pages (no text layer), always every "
                   "page, never none (a scan fails with no_text_layer). Needs councildocs[ocr].")
@click.option("--resume", is_flag=True, help="Skip inputs whose path and sha256 are already in the output.")
@click.option("--datasette-metadata", is_flag=True,
              help="With SQLite output, write metadata.json beside it for 'datasette OUT.db -m metadata.json'.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Send the work to an existing Dask cluster (needs councildocs[dask]).")
@click.option("--dask-local", type=click.IntRange(min=1), default=None, metavar="N",
              help="Start a local Dask cluster of N worker processes (needs councildocs[dask]).")
def extract(files: tuple[str, ...], fmt: str | None, output: str | None, output_dir: str | None,
            workers: int | None, timeout: float, max_pages: int | None, max_bytes: int | None, memory_mb: int,
            password: str | None, ocr: str, resume: bool, datasette_metadata: bool, quiet: bool,
            scheduler: str | None,
            dask_local: int | None) -> None:
    """Extract records from FILES: PDF, text or HTML files, folders (searched recursively; files are
    chosen by content, not by name), globs, or '-' for standard input.

    Every input gives one result; a document that fails gets one 'Error:' line on stderr with its
    code (not_found, not_pdf, malformed, encrypted, empty_document, no_text_layer, ocr_unavailable,
    timeout, memory, internal) and, in jsonl and sqlite output, an error record. The format follows -o's suffix
    (.json, .jsonl, .db or .sqlite) unless --format says it. A JSON or JSON Lines file is written
    beside -o and renamed over it when the run ends, so an earlier output is replaced only by a
    complete run; SQLite replaces each input's rows as it finishes. Exit status: 0 when every
    document was extracted, 1 when some failed, 2 for a usage error (or Dask could not start),
    3 when the output could not be written (or another run is writing it), 130 when interrupted.
    """
    from councildocs import batch
    from councildocs.errors import printable
    from councildocs.sinks import open_sink

    output = None if output == "-" else output  # '-o -' is standard output
    skipped: list[str] = []
    inputs = batch.expand_inputs(files, on_skipped=lambda path, why: skipped.append(f"{path}: {why}"))
    for line in skipped:
        click.echo(printable(f"Skipped: {line}"), err=True)
    if skipped:
        click.echo(f"Skipped {len(skipped)} entries in the folders given (listed above)", err=True)
    if not inputs:
        raise click.UsageError(printable(f"no documents (PDF, HTML or text files) found in {' '.join(files)}"))
    fmt = _output_format(fmt, output, output_dir, inputs, single=len(files) == 1 and inputs == list(files))
    if resume and (fmt == "json" or not (output or output_dir)):
        raise click.UsageError("--resume needs -o OUT with --format jsonl or sqlite, or --output-dir")
    if datasette_metadata and fmt != "sqlite":
        raise click.UsageError("--datasette-metadata goes with SQLite output (-o OUT.db)")
    if scheduler and dask_local:
        raise click.UsageError("use either --scheduler or --dask-local, not both")
    if inputs.count("-") and sys.stdin.isatty():
        raise click.UsageError("'-' reads a document from standard input, but it is a terminal")
    # Standard input is read with the limit: a gigabyte piped in must not fill memory before it is refused.
    stdin = sys.stdin.buffer.read(max_bytes + 1) if max_bytes and "-" in inputs else None
    sources = [("<stdin>", stdin if stdin is not None else sys.stdin.buffer.read()) if name == "-" else name
               for name in inputs]
    options: dict[str, Any] = dict(workers=workers, timeout=timeout, max_pages=max_pages, max_bytes=max_bytes,
                                   memory_mb=memory_mb, password=password or "", ocr=ocr)
    target = output_dir if fmt == "dir" else output
    progress: batch.Progress | None = None
    sink: Any = None
    try:
        with contextlib.ExitStack() as stack:
            if scheduler or dask_local:  # before the output is opened: a run that cannot start changes nothing
                try:
                    options["executor"] = stack.enter_context(batch.dask_executor(scheduler, dask_local))
                except Exception as exc:  # a missing extra, an unreachable scheduler: one line, no traceback
                    raise click.UsageError(printable(f"cannot start Dask: {exc}")) from None
            try:
                sink = open_sink(fmt, target, append=resume)
                # A run that stops part-way tells the sink, which then keeps an earlier output as it was.
                stack.push(lambda kind, *_: sink.close(complete=kind is None))
                done = sink.done_keys() if resume else set()
                if datasette_metadata:
                    from councildocs.sinks.sqlite import write_datasette_metadata

                    write_datasette_metadata(target)
            except (OSError, sqlite3.Error) as exc:
                raise OutputError(target, exc) from None
            todo = batch.skip_done(sources, done, max_bytes) if resume else sources
            progress = batch.Progress(sys.stderr, len(todo), enabled=not quiet and sys.stderr.isatty(),
                                      log_every=0 if quiet else LOG_EVERY, skipped=len(skipped))
            if len(todo) < len(sources):
                progress.say(f"resuming: {len(sources) - len(todo)} documents already done")
            for result in batch.extract_many(todo, **options):
                try:
                    sink.write(result)
                except (OSError, sqlite3.Error) as exc:
                    raise OutputError(target, exc) from None
                progress.update(result)
                if result.failed:
                    progress.say(batch.result_to_error_line(result))
    except OutputError as exc:
        _stop(progress, sink, f"Error: {exc}", EXIT_OUTPUT, quiet)
    except (OSError, sqlite3.Error) as exc:  # closing the output (a full disk at the last flush)
        _stop(progress, sink, f"Error: {OutputError(target, exc)}", EXIT_OUTPUT, quiet)
    except KeyboardInterrupt:
        kept = "finished documents are kept; add --resume to go on" if not (sink and sink.note) else "stopped"
        _stop(progress, sink, f"Interrupted: {kept}", EXIT_INTERRUPTED, quiet)
    if progress is not None:
        progress.finish(summary=not quiet)
    sys.exit(1 if progress is not None and progress.failed else 0)


def _output_format(fmt: str | None, output: str | None, output_dir: str | None, inputs: list[str], *,
                   single: bool) -> str:
    """The output format: ``--format``, else -o's suffix, else json for one file and jsonl for several;
    ``dir`` for --output-dir. Contradictions are usage errors."""
    from councildocs.errors import printable

    if output_dir is not None:
        if output is not None or fmt not in (None, "json"):
            raise click.UsageError("--output-dir writes one JSON file per input: give it without -o or --format")
        stems = [Path(name).stem for name in inputs]
        clashes = sorted({stem for stem in stems if stems.count(stem) > 1})
        if clashes:
            raise click.UsageError(printable(f"--output-dir names files by stem, and several inputs are named "
                                             f"{', '.join(clashes[:5])}; use -o OUT.jsonl or OUT.db"))
        return "dir"
    implied = SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output else None
    if fmt and implied and fmt != implied:
        raise click.UsageError(printable(f"-o {output} names a {implied} file but --format is {fmt}"))
    fmt = fmt or implied or ("json" if single else "jsonl")
    if fmt == "json" and len(inputs) > 1:
        raise click.UsageError(f"--format json takes one document and {len(inputs)} were given; "
                               "use --format jsonl or sqlite, or --output-dir DIR")
    if fmt == "sqlite" and not output:
        raise click.UsageError("--format sqlite needs -o OUT.db")
    return fmt


#: Exit codes besides 0 (all extracted), 1 (some documents failed) and 2 (usage error).
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130
#: Without a terminal (a batch job's log), one progress line per this many documents.
LOG_EVERY = 100
#: The format an output file's suffix names.
SUFFIX_FORMATS = {".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".jsonl": "jsonl",
                  ".ndjson": "jsonl", ".json": "json"}


class OutputError(Exception):
    """The output could not be opened or written (a missing folder, a full disk, a locked database)."""

    def __init__(self, output: str | None, exc: BaseException) -> None:
        from councildocs.errors import printable

        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        super().__init__(printable(f"cannot write {output or 'standard output'}: {reason}"))


def _stop(progress: Any, sink: Any, line: str, code: int, quiet: bool) -> NoReturn:
    """End the run with its summary and then one line on standard error (and where the finished
    documents are, when the output was left as it was)."""
    if progress is not None:
        progress.finish(summary=not quiet)
    click.echo(line, err=True)
    if sink is not None and sink.note:
        click.echo(f"Note: {sink.note}", err=True)
    sys.exit(code)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the extracted document."""
    from councildocs.records import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def inspect(file: str) -> None:
    """Show the parts, paragraphs, outline and labels the extractors used for FILE (where a record was
    found or lost)."""
    from councildocs.debug import describe
    from councildocs.errors import CouncilDocsError, printable
    from councildocs.loaders import load
    from councildocs.pipeline import document_to_trace

    try:
        click.echo(describe(document_to_trace(load(file))))
    except CouncilDocsError as exc:
        raise click.ClickException(printable(f"{exc.message} [{exc.code}]")) from None


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("pred_dir", type=click.Path(file_okay=False))
@click.option("--extract-from", "corpus", type=click.Path(exists=True, file_okay=False),
              help="First extract the document named like each gold file from this folder into PRED_DIR.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List the missed and spurious records.")
@click.option("--missing-as-empty", is_flag=True,
              help="Score a missing or unreadable prediction as an empty one (with a warning) instead of failing.")
def evaluate(gold_dir: str, pred_dir: str, corpus: str | None, as_json: bool, verbose: bool,
             missing_as_empty: bool) -> None:
    """Score predictions in PRED_DIR against expected records in GOLD_DIR (files paired by name).

    Prints precision, recall and F1 per category, then a table of each document's scores. Exits 2
    when GOLD_DIR holds no gold files or one cannot be read, and 1 (one ``Error:`` line each) when a
    prediction is missing or unreadable, unless ``--missing-as-empty``.
    """
    from pathlib import Path

    from councildocs.errors import printable
    from councildocs.evaluate import evaluate as run
    from councildocs.evaluate import extract_for_gold

    if not any(Path(gold_dir).glob("*.json")):
        raise click.UsageError(f"no gold files (*.json) in {gold_dir}")
    if corpus is not None:
        for name, why in extract_for_gold(gold_dir, corpus, pred_dir).items():
            click.echo(f"warning: {name}: {why}", err=True)
    elif not Path(pred_dir).is_dir():
        raise click.UsageError(f"no such folder: {pred_dir}")
    try:
        result = run(gold_dir, pred_dir)
    except ValueError as exc:  # a gold file that cannot be read
        raise click.UsageError(printable(str(exc))) from None
    if result.problems and not missing_as_empty:
        for name, why in result.problems.items():
            click.echo(f"Error: {Path(pred_dir) / (name + '.json')}: {why}", err=True)
        raise SystemExit(1)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
        return
    click.echo(result.report(verbose=verbose))


# -- review: the extracted records drawn on their pages (councildocs.review) ----------------------------

@cli.command()
@click.argument("source", required=False, type=click.Path(exists=True))
@click.option("--from", "record", type=click.Path(exists=True, dir_okay=False), metavar="RECORD.json",
              help="Review this saved extraction (SOURCE, if given, is the document it came from).")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="The HTML file to write (a folder for a folder or SQLite file); default: beside the "
                   "current directory, named after the input.")
@click.option("--width", type=click.IntRange(min=200, max=4000), default=None,
              help="Width of the page images in pixels (default 1000).")
@click.option("--quality", type=click.IntRange(min=10, max=95), default=None,
              help="JPEG quality of pages with colour or scans (default 60).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds one document may take to extract (default as extract).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Documents of a folder extracted at once (default: number of CPUs).")
def review(source: str | None, record: str | None, output: str | None, width: int | None, quality: int | None,
           timeout: float | None, workers: int | None) -> None:
    """Write a self-contained HTML review of SOURCE: each page with a box on every extracted record,
    the records listed beside them, and corrections exported as a gold file for 'evaluate'.

    SOURCE is a document, a folder (one page per document and an index.html) or a batch's SQLite
    file (from 'extract -o OUT.db'); or give --from RECORD.json to review a saved extraction.
    """
    from councildocs.errors import CouncilDocsError, printable
    from councildocs.review import ReviewSettings
    from councildocs.review import review as run

    if source is None and record is None:
        raise click.UsageError("give a document, a folder, a SQLite file, or --from RECORD.json")
    defaults = ReviewSettings()
    settings = ReviewSettings(width=width or defaults.width, jpeg_quality=quality or defaults.jpeg_quality,
                              timeout=timeout, workers=workers)
    try:
        written = run(source, output, record=record, settings=settings)
    except CouncilDocsError as exc:
        raise click.ClickException(printable(f"{exc.message} [{exc.code}]")) from None
    except OSError as exc:
        raise click.ClickException(printable(f"cannot write {output or 'the review'}: {exc.strerror or exc}")) from None
    click.echo(str(written))


def main() -> None:  # pragma: no cover - console entry point alias
    cli()
