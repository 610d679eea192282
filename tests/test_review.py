"""`councildocs review` in a real browser: headless Chromium (Debian's chromium and chromium-driver) via selenium.

Each review page is opened from disk as a reader would open it. The tests wait on DOM conditions
(WebDriverWait), never on time. Selenium Manager is kept offline: the driver is the system one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from councildocs_cli.main import cli

from .conftest import SEEDS

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: Seconds a DOM condition may take to hold (a page of a few MB parses in well under one).
WAIT = 30

#: A seed pack with every kind of record: members, agenda, two sets of minutes, a work programme, dates.
PACK = SEEDS / "000_4e4b3ddf3947bfc4.pdf"
#: A real council's minutes: attendees, many items and resolutions on 16 pages.
BRISTOL = "corpora/council/bristol-transport-connectivity-policy-committee-2025-05-15-minutes.pdf"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module, with a fresh profile and downloads into a temporary folder."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("chromium and chromium-driver are not installed (.ci/run installs them)")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a browser or a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="councildocs-chromium-")
    downloads = Path(tempfile.mkdtemp(prefix="councildocs-downloads-"))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)


def wait(driver, condition):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(condition)


def open_review(driver, path: Path) -> None:
    """Open a review page and wait until its script has drawn everything; it starts with no marks."""
    ready = "return document.body.dataset.ready === '1'"
    driver.get(path.resolve().as_uri())
    wait(driver, lambda d: d.execute_script(ready))
    # Marks are kept in the browser between visits: an earlier test's must not show in this one.
    if driver.execute_script("const n = localStorage.length; localStorage.clear(); return n"):
        driver.refresh()
        wait(driver, lambda d: d.execute_script(ready))


def open_index(driver, path: Path) -> None:
    driver.get(path.resolve().as_uri())
    wait(driver, lambda d: d.execute_script("return document.readyState === 'complete'"))


def severe_logs(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def embedded_record(path: Path) -> dict[str, Any]:
    """The record a review page carries, read back from its HTML."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="cd-record">(.*?)</script>', text, re.S)
    assert match
    return json.loads(match.group(1))


def evidenced(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every record (at any depth) whose evidence has a page and a box."""
    found = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            ev = value.get("evidence")
            if isinstance(ev, dict) and ev.get("page") and ev.get("bbox"):
                found.append(value)
            for key, child in value.items():
                if key != "evidence":
                    walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(record)
    return found


def extract_to(source: Path, saved: Path) -> Path:
    """A saved extraction, made in this process (spaCy loads once for the whole test run)."""
    import councildocs

    saved.write_text(councildocs.extract(source).model_dump_json(), encoding="utf-8")
    return saved


@pytest.fixture(scope="module")
def pack_review(tmp_path_factory) -> Path:
    """The review of the seed pack, written by the command line from a saved extraction and the PDF."""
    folder = tmp_path_factory.mktemp("pack")
    saved = extract_to(PACK, folder / "pack.json")
    out = folder / "pack.html"
    result = CliRunner().invoke(cli, ["review", str(PACK), "--from", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    return out


@pytest.fixture(scope="module")
def bristol_review(shared, tmp_path_factory) -> Path:
    """The review of a real council's minutes; the record names its PDF, so no source is given."""
    from councildocs.review import review

    folder = tmp_path_factory.mktemp("bristol")
    saved = extract_to(shared / BRISTOL, folder / "minutes.json")
    return review(record=saved, out=folder / "minutes.html")


def check_boxes_and_click(driver, page: Path) -> None:
    """No console errors; one box per record with a box; clicking a record lights its box on its page."""
    open_review(driver, page)
    assert severe_logs(driver) == []
    record = embedded_record(page)
    boxed = evidenced(record)
    assert boxed
    assert driver.execute_script("return document.querySelectorAll('.box').length") == len(boxed)
    assert driver.execute_script("return document.querySelectorAll('.page').length") == record["source"]["pages"]
    # The last record with a box sits far down the document: the click must bring its page into view.
    rid, page_no = driver.execute_script("""
        const boxes = [...document.querySelectorAll('.box')];
        const box = boxes[boxes.length - 1];
        return [box.dataset.rid, +box.closest('.page').dataset.page];""")
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, f'.rec[data-rid="{rid}"] .lbl').click()
    lit = wait(driver, lambda d: d.execute_script(
        "const b = document.querySelectorAll('.box.hl'); return b.length === 1 ? b[0] : null"))
    assert lit.get_attribute("data-rid") == rid
    expected = driver.execute_script("return councildocsReview.entries.get(arguments[0]).ev.page", rid)
    assert page_no == expected
    assert driver.execute_script("return +arguments[0].closest('.page').dataset.page", lit) == expected
    wait(driver, lambda d: d.execute_script("""
        const r = arguments[0].getBoundingClientRect(), v = document.getElementById('view').getBoundingClientRect();
        return r.top >= v.top && r.bottom <= v.bottom;""", lit))
    assert severe_logs(driver) == []


def test_pack_review_draws_every_box_and_finds_a_record(browser, pack_review):
    check_boxes_and_click(browser, pack_review)


def test_real_minutes_review_draws_every_box_and_finds_a_record(browser, bristol_review):
    check_boxes_and_click(browser, bristol_review)


def test_hovering_a_box_shows_its_record(browser, pack_review):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_review(browser, pack_review)
    box = browser.find_element(By.CSS_SELECTOR, ".box.t-member")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    ActionChains(browser).move_to_element(box).perform()
    tip = wait(browser, lambda d: d.execute_script(
        "const t = document.getElementById('tip'); return t.hidden ? null : t.textContent"))
    name = browser.execute_script("return councildocsReview.entries.get(arguments[0]).obj.name",
                                  box.get_attribute("data-rid"))
    assert tip.startswith("member") and f"name: {name}" in tip


def test_exported_corrections_are_a_gold_file_for_evaluate(browser, pack_review, tmp_path):
    """Mark an attendee wrong, add a missing date with its box drawn on page 2, export: evaluate scores
    the extraction against the corrections, one spurious attendee and one missed date."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_review(browser, pack_review)
    record = embedded_record(pack_review)
    wrong = browser.find_element(By.CSS_SELECTOR, ".rec.t-apologies")
    wrong.find_element(By.CSS_SELECTOR, "button.wrong").click()
    wait(browser, lambda d: "wrong" in wrong.get_attribute("class"))

    browser.find_element(By.CSS_SELECTOR, "#addbox summary").click()
    Select(browser.find_element(By.ID, "add-type")).select_by_value("date")
    browser.execute_script("document.querySelector('#add-fields [name=date]').value = '1999-12-31'")
    browser.find_element(By.CSS_SELECTOR, "#add-fields [name=text]").send_keys("31 December 1999")
    browser.find_element(By.ID, "add-draw").click()
    page = browser.find_element(By.ID, "page-2")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", page)
    ActionChains(browser).move_to_element_with_offset(page, -100, -100).click_and_hold() \
        .move_by_offset(120, 30).release().perform()
    wait(browser, lambda d: d.find_element(By.ID, "add-where").text == "box on page 2")
    browser.find_element(By.ID, "add-ok").click()
    added = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#added .rec.added"))
    assert len(added) == 1
    assert browser.execute_script("return document.querySelectorAll('#page-2 .box.t-added').length") == 1

    browser.find_element(By.ID, "export").click()
    exported = browser.downloads / f"{PACK.stem}.json"
    wait(browser, lambda d: exported.exists() and exported.stat().st_size > 0)
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    shutil.move(exported, gold_dir / exported.name)
    (pred_dir / exported.name).write_text(json.dumps(record), encoding="utf-8")
    gold = json.loads((gold_dir / exported.name).read_text(encoding="utf-8"))
    assert gold["review"]["added"] == 1 and len(gold["review"]["wrong"]) == 1
    assert {"date": "1999-12-31", "kind": "other", "text": "31 December 1999",
            "evidence": gold["dates"][-1]["evidence"]} == gold["dates"][-1]
    assert gold["dates"][-1]["evidence"]["page"] == 2

    result = CliRunner().invoke(cli, ["evaluate", str(gold_dir), str(pred_dir), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    attendees = sum(len(m["attendees"]) for m in record["minutes"])
    assert scores["attendees"]["gold"] == attendees - 1 and scores["attendees"]["pred"] == attendees
    assert scores["attendees"]["recall"] == 1.0 and scores["attendees"]["precision"] < 1.0
    assert scores["dates"]["gold"] == len({d["date"] for d in record["dates"]}) + 1
    assert scores["dates"]["precision"] == 1.0 and scores["dates"]["recall"] < 1.0
    assert scores["agenda_items"]["f1"] == 1.0


def test_text_review_marks_lines_and_clicking_lights_them(browser, tmp_path):
    """A text document has no boxes: its records mark their lines in the text view."""
    from selenium.webdriver.common.by import By

    source = SEEDS / "000_4e4b3ddf3947bfc4.txt"
    out = tmp_path / "text.html"
    result = CliRunner().invoke(cli, ["review", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    open_review(browser, out)
    assert severe_logs(browser) == []
    assert browser.execute_script("return document.querySelectorAll('.box').length") == 0
    assert browser.execute_script("return document.querySelectorAll('.tl.mark').length") > 0
    record = embedded_record(out)
    attendee = record["minutes"][0]["attendees"][0]
    first, last = attendee["evidence"]["lines"]
    browser.find_element(By.CSS_SELECTOR, '.rec[data-rid="minutes.0.attendees.0"] .lbl').click()
    lit = wait(browser, lambda d: d.execute_script(
        "return [...document.querySelectorAll('.tl.hl')].map(l => [+l.dataset.first, l.textContent])"))
    assert all(first <= n <= last for n, _ in lit)
    assert any(attendee["name"].split()[-1] in text for _, text in lit)


def test_folder_review_writes_an_index_linking_every_document(browser, tmp_path):
    from selenium.webdriver.common.by import By

    folder = tmp_path / "papers"
    folder.mkdir()
    for stem in ("003_641aa39020d36c36", "004_8a4d8c94fefb7c1c"):
        shutil.copy(SEEDS / f"{stem}.txt", folder / f"{stem}.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    out = tmp_path / "review"
    result = CliRunner().invoke(cli, ["review", str(folder), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    open_index(browser, out / "index.html")
    assert severe_logs(browser) == []
    rows = browser.find_elements(By.CSS_SELECTOR, "#documents tbody tr")
    assert len(rows) == 3
    statuses = {r.find_element(By.CSS_SELECTOR, "td").text: r.find_element(By.CSS_SELECTOR, ".status").text
                for r in rows}
    assert statuses["broken.pdf"] == "failed"
    links = browser.find_elements(By.CSS_SELECTOR, "#documents a")
    assert len(links) == 2
    links[0].click()
    wait(browser, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    assert severe_logs(browser) == []
    assert browser.execute_script("return document.querySelectorAll('.tl').length") > 0
