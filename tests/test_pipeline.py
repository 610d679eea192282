"""Whole documents through the pipeline: warnings and the end-to-end shape."""

from __future__ import annotations

import datetime as dt

import councildocs


def test_a_document_in_another_language_is_flagged_not_guessed():
    welsh = ("Cyngor Cymuned\n\nCOFNODION Y CYFARFOD\n\nPRESENNOL\n\n" +
             "Cynigiwyd gan y Cynghorydd Davies ac eiliwyd gan y Cynghorydd Evans bod y cofnodion yn gywir. " * 12)
    doc = councildocs.extract(welsh)
    assert any("not read as English" in w for w in doc.warnings)


def test_an_english_document_has_no_language_warning():
    doc = councildocs.extract("The committee met to consider the budget and the work programme of the council.\n" * 20)
    assert not any("English" in w for w in doc.warnings)


def test_inspect_shows_parts_and_what_each_paragraph_is(tmp_path):
    from click.testing import CliRunner

    from councildocs_cli.main import cli

    path = tmp_path / "minutes.txt"
    path.write_text("CABINET\n\n3 March 2022\n\nPresent: Councillor Smith\n\n1. Budget\n\nRESOLVED to agree.\n")
    result = CliRunner().invoke(cli, ["inspect", str(path)])
    assert result.exit_code == 0
    assert "part 1: minutes" in result.output
    assert "ATTEND  Present" in result.output and "ITEM    1. Budget" in result.output
    assert "DECIDE  RESOLVED" in result.output
    assert "-- outline of part 1\n   1        item   Budget" in result.output


def test_a_us_front_sheet_date_follows_the_document_s_day_order() -> None:
    # 03/18/2024 shows the paper writes month first, so the meeting's 04/05/2024 is 5 April, not 4 May:
    # the day order is decided from the whole document before the meeting date is read.
    from councildocs.api import parse
    from councildocs.loaders.text import text_to_document

    text = ("City of Springfield\nCity Council Regular Meeting\n04/05/2024 6:00 PM\nAgenda\n1. Call to order\n"
            "2. Approve the minutes of the meeting of 03/18/2024\n3. Public comment\n")
    doc = parse(text_to_document(text, "agenda.txt"))
    assert doc.meeting is not None and doc.meeting.date == dt.date(2024, 4, 5)
