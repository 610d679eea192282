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
              help="Write here instead of standard output.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Documents extracted at once, each in its own process (default: number of CPUs).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one document may take before it is stopped (code 'timeout').")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Read at most this many pages.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse files larger than this (code 'memory').")
@click.option("--memory-mb", type=click.IntRange(min=64), default=2048, show_default=True,
              help="Address-space cap of each worker process, in MiB (code 'memory').")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Read PDF pages with Tesseract OCR: auto reads scanned pages (no text layer), always every "
                   "page, never none (a scan fails with no_text_layer). Needs councildocs[ocr].")
@click.option("--resume", is_flag=True, help="Skip documents (by sha256) already in the -o file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Send the work to an existing Dask cluster (needs councildocs[dask]).")
@click.option("--dask-local", type=click.IntRange(min=1), default=None, metavar="N",
              help="Start a local Dask cluster of N worker processes (needs councildocs[dask]).")
def extract(files: tuple[str, ...], fmt: str | None, output: str | None, workers: int | None, timeout: float,
            max_pages: int | None, max_bytes: int | None, memory_mb: int, ocr: str, resume: bool, quiet: bool,
            scheduler: str | None, dask_local: int | None) -> None:
    """Extract records from FILES: PDF, text or HTML files, folders (searched recursively), globs,
    or '-' for standard input.

    Every input gives one result; a document that fails gets one 'Error:' line on stderr with its
    code (not_found, not_pdf, malformed, encrypted, empty_document, no_text_layer, ocr_unavailable,
    timeout, memory, internal) and, in jsonl and sqlite output, an error record. The format follows -o's suffix
    (.json, .jsonl, .db or .sqlite) unless --format says it. Exit status: 0 when every document
    was extracted, 1 when some failed, 2 for a usage error (or Dask could not start), 3 when the
    output could not be written, 130 when interrupted.
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
        raise click.UsageError(printable(f"no documents ({', '.join(batch.DOCUMENT_SUFFIXES)}) found in "
                                         f"{' '.join(files)}"))
    single = len(files) == 1 and inputs == list(files)
    implied = SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output else None
    if fmt and implied and fmt != implied:
        raise click.UsageError(printable(f"-o {output} names a {implied} file but --format is {fmt}"))
    fmt = fmt or implied or ("json" if single else "jsonl")
    if fmt == "json" and len(inputs) > 1:
        raise click.UsageError(f"--format json takes one document and {len(inputs)} were given; "
                               "use --format jsonl or sqlite")
    if fmt == "sqlite" and not output:
        raise click.UsageError("--format sqlite needs -o OUT.db")
    if resume and (not output or fmt == "json"):
        raise click.UsageError("--resume needs -o OUT with --format jsonl or sqlite")
    if scheduler and dask_local:
        raise click.UsageError("use either --scheduler or --dask-local, not both")
    if inputs.count("-") and sys.stdin.isatty():
        raise click.UsageError("'-' reads a document from standard input, but it is a terminal")
    # Standard input is read with the limit: a gigabyte piped in must not fill memory before it is refused.
    stdin = sys.stdin.buffer.read(max_bytes + 1) if max_bytes and "-" in inputs else None
    sources = [("<stdin>", stdin if stdin is not None else sys.stdin.buffer.read()) if name == "-" else name
               for name in inputs]
    options: dict[str, Any] = dict(workers=workers, timeout=timeout, max_pages=max_pages, max_bytes=max_bytes,
                                   memory_mb=memory_mb, ocr=ocr)
    progress: batch.Progress | None = None
    try:
        with contextlib.ExitStack() as stack:
            if scheduler or dask_local:  # before the output is opened: a run that cannot start changes nothing
                try:
                    options["executor"] = stack.enter_context(batch.dask_executor(scheduler, dask_local))
                except Exception as exc:  # a missing extra, an unreachable scheduler: one line, no traceback
                    raise click.UsageError(printable(f"cannot start Dask: {exc}")) from None
            try:
                sink = open_sink(fmt, output, append=resume)
                stack.callback(sink.close)
                done = sink.done_keys() if resume else set()
            except (OSError, sqlite3.Error) as exc:
                raise OutputError(output, exc) from None
            todo = batch.skip_done(sources, done, max_bytes) if resume else sources
            progress = batch.Progress(sys.stderr, len(todo), enabled=not quiet and sys.stderr.isatty(),
                                      log_every=0 if quiet else LOG_EVERY)
            if len(todo) < len(sources):
                progress.say(f"resuming: {len(sources) - len(todo)} documents already done")
            for result in batch.extract_many(todo, **options):
                try:
                    sink.write(result)
                except (OSError, sqlite3.Error) as exc:
                    raise OutputError(output, exc) from None
                progress.update(result)
                if result.failed:
                    progress.say(batch.result_to_error_line(result))
            progress.finish()
    except OutputError as exc:
        _stop(progress, f"Error: {exc}", EXIT_OUTPUT)
    except (OSError, sqlite3.Error) as exc:  # closing the output (a full disk at the last flush)
        _stop(progress, f"Error: {OutputError(output, exc)}", EXIT_OUTPUT)
    except KeyboardInterrupt:
        _stop(progress, "Interrupted: finished documents are kept; add --resume to go on", EXIT_INTERRUPTED)
    sys.exit(1 if progress is not None and progress.failed else 0)


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


def _stop(progress: Any, line: str, code: int) -> NoReturn:
    """End the run with one line on standard error, after the progress line's summary."""
    if progress is not None:
        progress.finish()
    click.echo(line, err=True)
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
def evaluate(gold_dir: str, pred_dir: str, corpus: str | None, as_json: bool, verbose: bool) -> None:
    """Score predictions in PRED_DIR against expected records in GOLD_DIR (files paired by name).

    Prints precision, recall and F1 per category, then a table of each document's scores. Exits 2
    when GOLD_DIR holds no gold files.
    """
    from pathlib import Path

    from councildocs.evaluate import evaluate as run
    from councildocs.evaluate import extract_for_gold

    if not any(Path(gold_dir).glob("*.json")):
        raise click.UsageError(f"no gold files (*.json) in {gold_dir}")
    if corpus is not None:
        for name, why in extract_for_gold(gold_dir, corpus, pred_dir).items():
            click.echo(f"warning: {name}: {why}", err=True)
    elif not Path(pred_dir).is_dir():
        raise click.UsageError(f"no such folder: {pred_dir}")
    result = run(gold_dir, pred_dir)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
        return
    click.echo(result.report(verbose=verbose))


def main() -> None:  # pragma: no cover - console entry point alias
    cli()
