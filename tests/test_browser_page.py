"""The page, the view file and the eval report in a real headless Chromium (the OS package,
driven by Playwright; never a downloaded browser): paste a seed, extract, and count what the
browser shows. Skipped, saying why, where no browser or no Playwright is installed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[browser]')")

from service_helpers import httpx, serving  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from extractor.cli import app  # noqa: E402
from extractor.service.config import ServiceConfig  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on this machine (apt-get install chromium); the browser tests need it")

GOLD = Path(__file__).resolve().parents[1] / "gold"
SEED = sorted(GOLD.glob("000_*.txt"))[0]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1280, "height": 860})
        try:
            tab = browser.new_page()
            tab.set_default_timeout(30_000)
            yield tab
        finally:
            browser.close()


def test_a_pasted_seed_comes_back_with_one_highlight_per_fact_and_its_blanks_marked(
    page: Any, tmp_path: Path,
) -> None:
    text = SEED.read_text("utf-8")
    with serving(ServiceConfig()) as url:
        with httpx.Client(base_url=url, timeout=60) as c:
            facts = c.post("/v1/extract", json={"text": text}).json()["facts"]
        page.goto(url + "/")
        page.fill("#text", text)
        with page.expect_navigation():
            page.click("#extract")
        screenshot = tmp_path / "page.png"
        page.screenshot(path=str(screenshot))

        assert page.locator(".note .fact").count() == len(facts) > 0
        blanks = page.locator(".note .blank-slot")
        assert blanks.count() == sum(f["blank"] for f in facts) > 0
        first = blanks.first
        assert first.is_visible() and first.inner_text() == "▯"
        box = first.bounding_box()
        assert box is not None and box["width"] > 2 and box["height"] > 2
        assert page.locator("table.facts tbody tr").count() == len(facts)

        # a click on a row selects its fact in the text and shows its details
        i = next(n for n, f in enumerate(facts) if f["blank"])
        page.click(f'tr[data-row="{i}"]')
        assert page.locator(".details").is_visible()
        assert page.locator('.details [data-k="period"]').inner_text() == facts[i]["period"]
        assert page.locator('.details [data-k="quote"]').inner_text() == facts[i]["quote"]
        assert "active" in (page.locator(f'.note [data-fact="{i}"]').get_attribute("class"))
        # the last fact is far down the note: its row's click scrolls the note to it
        last = len(facts) - 1
        page.click(f'tr[data-row="{last}"]')
        note = page.locator(".note").bounding_box()
        mark = page.locator(f'.note [data-fact="{last}"]').bounding_box()
        assert note is not None and mark is not None
        assert note["y"] <= mark["y"] and mark["y"] + mark["height"] <= note["y"] + note["height"]
    assert screenshot.stat().st_size > 10_000


def test_the_view_file_opens_offline_and_sorts_its_table(page: Any, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    res = CliRunner().invoke(app, ["view", str(SEED), "-o", str(out)])
    assert res.exit_code == 0, res.output
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    n = page.locator("table.facts tbody tr").count()
    assert page.locator(".note .fact").count() == n > 0
    page.click("table.facts thead th:nth-child(2)")  # amount, ascending; blanks sort first
    amounts = page.locator("table.facts tbody tr td:nth-child(2)").all_inner_texts()
    numbers = [float(a) for a in amounts if a[0].isdigit() or a[0] == "-"]
    assert numbers == sorted(numbers) and len(numbers) < n
    assert requests == [out.as_uri()]


def test_the_eval_report_filters_errors_by_kind(page: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["eval", str(GOLD), "--errors", "0", "--html", str(out)])
    assert res.exit_code == 0, res.output
    page.goto(out.as_uri())
    rows = page.locator("#error-table tbody tr")
    total = rows.count()
    page.click('#filters button[data-kind="miss"]')
    shown = page.locator('#error-table tbody tr:not([hidden])')
    assert 0 < shown.count() < total
    assert set(shown.evaluate_all("rs => rs.map(r => r.dataset.kind)")) == {"miss"}
