"""``councildocs``: extract records from council papers on the command line.

Every command parses its options and calls the library; library errors become
one ``Error:`` line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from councildocs._version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="councildocs")
def cli() -> None:
    """Turn council agenda packs and minutes into typed records (JSON)."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None,
              help="json: one document (default for one input); jsonl: one line per document.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here instead of standard output (written whole or not at all).")
def extract(files: tuple[str, ...], fmt: str | None, output: str | None) -> None:
    """Extract records from FILES (PDF, text or HTML; '-' reads standard input)."""
    from councildocs import api
    from councildocs.errors import CouncilDocsError, InternalError
    from councildocs.sinks import atomic_writer, to_json

    fmt = fmt or ("json" if len(files) == 1 else "jsonl")
    if fmt == "json" and len(files) > 1:
        raise click.UsageError("--format json takes one document; use --format jsonl for several")
    chunks: list[str] = []
    failed = 0
    for name in files:
        try:
            if name == "-":
                record = api.extract(sys.stdin.buffer.read(), name="<stdin>")
            else:
                record = api.extract(Path(name), name=name)
        except CouncilDocsError as exc:
            failed += 1
            click.echo(f"Error: {exc.message} [{exc.code}]", err=True)
            if fmt == "jsonl":
                chunks.append(json.dumps({"source": {"path": name}, "status": "failed", "error":
                                          {"code": exc.code, "message": exc.reason}}))
            continue
        except Exception as exc:  # our own bug: one line for the user, never a traceback
            failed += 1
            err = InternalError(name, f"internal error ({type(exc).__name__}: {exc})")
            click.echo(f"Error: {err.message} [{err.code}]", err=True)
            continue
        chunks.append(to_json(record, indent=2 if fmt == "json" else None))
    text = "".join(chunk + "\n" for chunk in chunks)
    if output:
        with atomic_writer(output) as handle:
            handle.write(text)
    else:
        click.echo(text, nl=False)
    sys.exit(1 if failed else 0)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the extracted document."""
    from councildocs.records import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


def main() -> None:  # pragma: no cover - console entry point alias
    cli()
