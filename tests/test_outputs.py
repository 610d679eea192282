"""Output a researcher can trust (issue 13): the format from -o, one error line and an exit code per failure."""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result
from pydantic import ValidationError

import councildocs
from councildocs import batch
from councildocs.records import CouncilDocument, MinutesMeeting, json_schema
from councildocs.sinks import lock_path
from councildocs_cli import main

from . import broken_files
from .conftest import SEEDS
from .test_malformed import CLI, run_cli

SEED, SEED2, SEED3 = sorted(SEEDS.glob("*.txt"))[:3]


def test_issue_13_a_db_output_is_sqlite_without_format(tmp_path: Path) -> None:
    out = tmp_path / "papers.db"
    done = run_cli("extract", str(SEED), "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT status FROM documents").fetchall() == [("ok",)]


def test_issue_13_a_format_that_contradicts_the_suffix_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("extract", str(SEED), "-o", str(tmp_path / "papers.db"), "--format", "jsonl")
    assert done.returncode == 2 and b"--format is jsonl" in done.stderr
    assert not (tmp_path / "papers.db").exists()


@pytest.mark.parametrize("name", ["out.json", "out.jsonl", "out.db"])
def test_issue_13_a_missing_output_folder_is_one_error_line_and_exit_3(tmp_path: Path, name: str) -> None:
    done = run_cli("extract", str(SEED), "-o", str(tmp_path / "missing" / name), "-q")
    assert done.returncode == 3, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode().strip().splitlines() == [
        f"Error: cannot write {tmp_path / 'missing' / name}: No such file or directory"]


def test_issue_13_an_unreachable_scheduler_changes_nothing(tmp_path: Path) -> None:
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n', encoding="utf-8")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = subprocess.run([*CLI, "extract", str(SEED), str(SEED2), "-o", str(keep), "--scheduler",
                           "tcp://127.0.0.1:9"], capture_output=True, env=env, timeout=600)
    assert done.returncode == 2 and b"Traceback" not in done.stderr, done.stderr
    assert b"cannot start Dask" in done.stderr
    assert keep.read_text(encoding="utf-8") == '{"kept": true}\n'


def test_issue_13_ctrl_c_exits_130_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "extract_many", interrupted)
    result = CliRunner().invoke(main.cli, ["extract", str(SEED), str(SEED2), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 130
    assert "Interrupted" in result.stderr and "Traceback" not in result.stderr


def test_issue_13_progress_is_logged_when_stderr_is_not_a_terminal(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "LOG_EVERY", 1)
    result = CliRunner().invoke(main.cli, ["extract", str(SEED), str(SEED2), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(",")[0] for line in lines[:2]] == ["1/2 documents (50%)", "2/2 documents (100%)"]
    assert all("pages/s" in line and "ETA" in line for line in lines[:2])
    assert lines[2].startswith("Done: 2 of 2 documents") and len(lines) == 3


def test_issue_13_a_fifo_output_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    done = run_cli("extract", str(SEED), str(SEED2), "-o", str(fifo), "-q", timeout=300)
    assert done.returncode == 3 and b"not a regular file" in done.stderr and b"Traceback" not in done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_issue_13_a_symlinked_output_is_written_through(tmp_path: Path) -> None:
    target, link = tmp_path / "real.json", tmp_path / "out.json"
    target.write_text("{}", encoding="utf-8")
    link.symlink_to(target)
    done = run_cli("extract", str(SEED), "-o", str(link), "-q")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["status"] == "ok"


def test_issue_13_dash_is_standard_output(tmp_path: Path) -> None:
    done = run_cli("extract", str(SEED), "-o", "-", "-q")
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "ok"
    assert run_cli("extract", str(SEED), "-o", "-", "--format", "sqlite").returncode == 2


# -- nothing clobbered: a run replaces an output only when it completes ---------------------------------


def _results(*paths: Path) -> list[batch.Result]:
    """Results as the batch gives them, without extracting (what the sinks do with them is under test)."""
    return [batch.Result(source=str(p), status="ok", record={"source": {"path": str(p), "sha256": sha(p)}},
                         sha256=sha(p), pages=1, index=i) for i, p in enumerate(paths)]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _yielding(results: list[batch.Result], then: BaseException | None = None,
              seen: list[list[object]] | None = None) -> object:
    def fake(sources: list[object], **options: object) -> Iterator[batch.Result]:
        if seen is not None:
            seen.append(list(sources))
        by_name = {r.source: r for r in results}
        yield from (by_name[str(source)] for source in sources if str(source) in by_name)
        if then is not None:
            raise then

    return fake


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main.cli, ["extract", *args])


def test_issue_13_an_interrupted_rerun_leaves_the_earlier_output_as_it_was(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "keep.jsonl"
    earlier = "".join(f'{{"line": {n}}}\n' for n in range(15))
    out.write_text(earlier, encoding="utf-8")
    monkeypatch.setattr(batch, "extract_many", _yielding(_results(SEED, SEED2), then=KeyboardInterrupt()))
    result = _invoke(str(SEED), str(SEED2), str(SEED3), "-o", str(out))
    assert result.exit_code == 130 and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == earlier
    assert f"Note: {out} is left as it was" in result.stderr
    assert len((tmp_path / "keep.jsonl.partial").read_text(encoding="utf-8").splitlines()) == 2
    # A complete run replaces it, and only then.
    monkeypatch.setattr(batch, "extract_many", _yielding(_results(SEED, SEED2, SEED3)))
    assert _invoke(str(SEED), str(SEED2), str(SEED3), "-o", str(out)).exit_code == 0
    assert [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        str(SEED), str(SEED2), str(SEED3)]
    assert not (tmp_path / "keep.jsonl.partial").exists()


def test_issue_13_an_interrupted_json_run_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "one.json"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    monkeypatch.setattr(batch, "extract_many", _yielding([], then=KeyboardInterrupt()))
    assert _invoke(str(SEED), "-o", str(out)).exit_code == 130
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'


def test_issue_13_a_full_disk_keeps_what_was_written_and_resumes(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from councildocs.sinks import jsonl

    out = tmp_path / "out.jsonl"
    real_write = jsonl.JSONLWriter.write
    written: list[str] = []

    def filling(self: jsonl.JSONLWriter, result: batch.Result) -> None:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(result.source)
        real_write(self, result)

    monkeypatch.setattr(jsonl.JSONLWriter, "write", filling)
    monkeypatch.setattr(batch, "extract_many", _yielding(_results(SEED, SEED2, SEED3)))
    result = _invoke(str(SEED), str(SEED2), str(SEED3), "-o", str(out), "-q")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"Error: cannot write {out}: No space left on device"]
    assert [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        str(SEED)]
    monkeypatch.setattr(jsonl.JSONLWriter, "write", real_write)
    seen: list[list[object]] = []
    monkeypatch.setattr(batch, "extract_many", _yielding(_results(SEED, SEED2, SEED3), seen=seen))
    assert _invoke(str(SEED), str(SEED2), str(SEED3), "-o", str(out), "--resume", "-q").exit_code == 0
    assert seen == [[str(SEED2), str(SEED3)]]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_issue_13_a_missing_dask_extra_is_one_line_and_changes_nothing(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dask(*args: object) -> object:
        raise ImportError("Dask is not installed: pip install 'councildocs[dask]'")

    monkeypatch.setattr(batch, "dask_executor", no_dask)
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n', encoding="utf-8")
    result = _invoke(str(SEED), str(SEED2), "-o", str(keep), "--dask-local", "2")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert "Error: cannot start Dask: Dask is not installed" in result.stderr
    assert keep.read_text(encoding="utf-8") == '{"kept": true}\n'


# -- one writer per output --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.jsonl", "out.db", "out.json"])
def test_issue_13_a_second_run_on_a_locked_output_refuses(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"")
    with lock_path(out).open("ab") as held:  # another run is writing it
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = _invoke(str(SEED), "-o", str(out), "-q")
    assert result.exit_code == 3
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: cannot write {out}: another councildocs run is writing it")
    assert out.read_bytes() == b""


def test_issue_13_a_file_that_is_not_sqlite_is_one_error_line(tmp_path: Path) -> None:
    db = tmp_path / "papers.db"
    db.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    result = _invoke(str(SEED), "-o", str(db), "-q")
    assert result.exit_code == 3 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"Error: cannot write {db}: file is not a database"]
    assert db.read_text(encoding="utf-8").startswith("these are my notes")


def test_issue_13_a_database_locked_by_another_writer_is_one_error_line(tmp_path: Path) -> None:
    db = tmp_path / "papers.db"
    assert _invoke(str(SEED), "-o", str(db), "-q").exit_code == 0
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a sqlite3 shell in the middle of a write, for longer than SQLite waits
    try:
        result = _invoke(str(SEED), "-o", str(db), "-q")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"Error: cannot write {db}: database is locked"]


def test_issue_13_a_device_is_never_replaced() -> None:
    result = _invoke(str(SEED), "-o", "/dev/null", "--format", "json")
    assert result.exit_code == 3 and "not a regular file" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# -- folders: files chosen by content ---------------------------------------------------------------


def test_issue_13_folder_files_are_chosen_by_content_and_the_rest_listed(tmp_path: Path) -> None:
    root = tmp_path / "downloads"
    root.mkdir()
    (root / "mgConvert2PDF.aspx").write_bytes(broken_files.pdf_bytes())
    (root / "doc_12345").write_bytes(SEED.read_bytes())
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (root / "index").write_text('{"files": []}', encoding="utf-8")
    (root / "list.csv").write_text("name,date\n", encoding="utf-8")
    (root / "blank").write_bytes(b"")
    done = run_cli("extract", str(root), "--workers", "1")
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(Path(r["source"]["path"]).name, r["source"]["format"]) for r in records] == [
        ("doc_12345", "text"), ("mgConvert2PDF.aspx", "pdf")]
    lines = done.stderr.decode().splitlines()
    assert sorted(line.split(": ")[1] for line in lines if line.startswith("Skipped: ")) == [
        str(root / "blank"), str(root / "index"), str(root / "list.csv"), str(root / "logo.png")]
    assert lines[-1].startswith("Done: 2 of 2 documents") and lines[-1].endswith("4 files skipped (listed above)")


# -- progress: share, ETA, pages/s, failures; a summary nothing erases ------------------------------


def test_issue_13_the_summary_survives_a_last_document_that_fails() -> None:
    stream = io.StringIO()
    progress = batch.Progress(stream, 2, enabled=True)
    for result in (batch.Result(source="a.pdf", status="ok", pages=3),
                   batch.Result(source="b.pdf", status="failed", code="malformed", message="damaged PDF")):
        progress.update(result)
        if result.failed:
            progress.say(batch.result_to_error_line(result))
    progress.finish()
    lines = [line.split("\r")[-1] for line in stream.getvalue().split("\n") if line]  # what a terminal shows
    assert lines[-2].startswith("Error: b.pdf: damaged PDF")
    assert lines[-1].startswith("Done: 2 of 2 documents, 3 pages in") and lines[-1].endswith("1 failed")


# -- --output-dir, --password, the library ----------------------------------------------------------


def test_issue_13_output_dir_writes_what_evaluate_reads(tmp_path: Path) -> None:
    stem = "002_2139ad1a0fcb7a16"
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    shutil.copy(SEEDS / f"{stem}.json", gold / f"{stem}.json")
    done = run_cli("extract", str(SEEDS / f"{stem}.txt"), str(broken_files.truncated_pdf(tmp_path)),
                   "--output-dir", str(pred), "-q")
    assert done.returncode == 1  # the truncated PDF failed, and has no file
    assert sorted(p.name for p in pred.iterdir()) == [f"{stem}.json"]
    scored = CliRunner().invoke(main.cli, ["evaluate", str(gold), str(pred)])
    assert scored.exit_code == 0 and "macro F1: 1.000" in scored.output


def test_issue_13_password_opens_an_encrypted_pdf(tmp_path: Path) -> None:
    pdf = broken_files.encrypted_pdf(tmp_path)  # without the password: code 'encrypted' (test_malformed)
    done = run_cli("extract", str(pdf), "--password", "secret", "-q")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["format"] == "pdf"


def test_issue_13_extract_of_a_wrong_type_raises_a_councildocs_error() -> None:
    import councildocs

    with pytest.raises(councildocs.CouncilDocsError, match="int"):
        councildocs.extract(42)  # type: ignore[arg-type]


def test_issue_13_the_package_is_typed_and_its_schema_described() -> None:
    from importlib.resources import files

    from councildocs.records import json_schema

    assert files("councildocs").joinpath("py.typed").is_file()
    schema = json_schema()
    assert schema["$schema"].startswith("https://json-schema.org/") and schema["$id"]
    undescribed, dates = [], []
    for name, model in {"CouncilDocument": schema, **schema["$defs"]}.items():
        for field, spec in (model.get("properties") or {}).items():
            if not spec.get("description"):
                undescribed.append(f"{name}.{field}")
            if field in ("date", "meeting_date"):
                dates.append(spec)
    assert undescribed == []
    assert dates and all(d.get("format") == "date" or any(a.get("format") == "date" for a in d.get("anyOf", []))
                         for d in dates)


# -- dates and times: Python values in the records, the same text in every output -------------------------


def test_issue_13_dates_and_times_are_python_values_printed_as_before() -> None:
    # The seed pack: a scrutiny committee's agenda for 20 September 2018 (16:30) with the minutes of
    # its meetings of 19 July (16:30 to 18:10) and 1 August 2018.
    doc = councildocs.extract(SEED)
    assert doc.meeting is not None
    assert (doc.meeting.date, doc.meeting.start_time) == (dt.date(2018, 9, 20), dt.time(16, 30))
    july = doc.minutes[0].meeting
    assert (july.date, july.start_time, july.end_time) == (dt.date(2018, 7, 19), dt.time(16, 30), dt.time(18, 10))
    assert doc.meeting.date - july.date == dt.timedelta(days=63)  # what real dates are for
    assert doc.dates and all(type(mention.date) is dt.date for mention in doc.dates)

    printed = json.loads(doc.model_dump_json())
    assert (printed["meeting"]["date"], printed["meeting"]["start_time"]) == ("2018-09-20", "16:30")
    assert [(m["meeting"]["date"], m["meeting"]["start_time"], m["meeting"]["end_time"]) for m in printed["minutes"]] \
        == [("2018-07-19", "16:30", "18:10"), ("2018-08-01", "14:00", "15:35")]
    gold = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))  # hand-labelled, as strings
    assert sorted(d["date"] for d in printed["dates"]) == sorted(d["date"] for d in gold["dates"])

    done = run_cli("extract", str(SEED), "-q")  # the command line prints the same text
    assert done.returncode == 0, done.stderr
    assert '"date": "2018-09-20",\n    "start_time": "16:30",\n    "end_time": null,' in done.stdout.decode()


def test_issue_13_records_read_back_from_their_json_are_the_same_records(tmp_path: Path) -> None:
    doc = councildocs.extract(SEED)
    assert CouncilDocument.model_validate_json(doc.model_dump_json()) == doc
    # A JSON Lines file written by a run holds the dates and times as text; read back, they are values again.
    out = tmp_path / "papers.jsonl"
    assert run_cli("extract", str(SEED), str(SEED2), "-o", str(out), "-q").returncode == 0
    records = [CouncilDocument.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0] == doc
    assert [r.meeting.date for r in records if r.meeting] == [dt.date(2018, 9, 20), dt.date(2020, 12, 17)]
    assert [r.model_dump_json() for r in records] == out.read_text(encoding="utf-8").splitlines()
    # A time with seconds could not be printed back as it was given: it is refused, not rounded.
    with pytest.raises(ValidationError, match="hours and minutes"):
        MinutesMeeting(start_time="19:30:15")
    assert MinutesMeeting(start_time="19:30").model_dump_json() == MinutesMeeting(start_time=dt.time(19, 30)).model_dump_json()


def test_issue_13_the_schema_gives_dates_a_format_and_times_a_pattern() -> None:
    schema = json_schema()
    meeting = schema["$defs"]["MinutesMeeting"]["properties"]
    assert {"type": "string", "format": "date"} in meeting["date"]["anyOf"]
    clock = next(a for a in meeting["start_time"]["anyOf"] if a.get("type") == "string")
    assert re.fullmatch(clock["pattern"], "16:30") and re.fullmatch(clock["pattern"], "09:05")
    assert not any(re.fullmatch(clock["pattern"], t) for t in ("16:30:00", "9:05", "24:00"))
    check = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    printed = json.loads(councildocs.extract(SEED).model_dump_json())
    check.validate(printed)
    printed["minutes"][0]["meeting"]["end_time"] = "18:10:00"  # what pydantic would print for a time by default
    assert not check.is_valid(printed)


def test_issue_13_evaluate_refuses_a_gold_file_it_cannot_read(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "minutes.json").write_text('{"minutes": [', encoding="utf-8")
    result = CliRunner().invoke(main.cli, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{gold / 'minutes.json'}: unreadable gold file (JSONDecodeError)" in result.output


def test_issue_13_a_failed_document_leaves_a_json_output_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    result = _invoke(str(tmp_path / "gone.pdf"), "-o", str(out), "-q")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ")
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'


@pytest.mark.parametrize("name", ["out.json", "out.db", "out.jsonl"])
def test_issue_13_outputs_are_readable_like_any_file_the_user_makes(tmp_path: Path, name: str) -> None:
    # Written under a private temporary name and renamed: the output still gets the permissions the
    # user's umask gives a new file (others can read it, as with a shell redirect), not the temporary's 0600.
    out = tmp_path / name
    old = os.umask(0o022)
    try:
        done = run_cli("extract", str(SEED), "-o", str(out), "-q")
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_issue_13_a_replaced_output_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("{}")
    out.chmod(0o640)
    done = run_cli("extract", str(SEED), "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and json.loads(out.read_text())["status"] == "ok"
