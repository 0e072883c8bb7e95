"""Remake the screenshots in docs/screenshots/ (the page, the view file, the eval report).

    pip install -e ".[service,browser]" && python docs/make_screenshots.py

Uses the OS's Chromium (/usr/bin/chromium) through Playwright, a server on 127.0.0.1 and the
notes in gold/ (never gold/blind/). Pillow, when installed, shrinks the PNGs to 256 colours.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from extractor.service.app import create_app
from extractor.service.config import ServiceConfig

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SEED = Path("gold/000_893a2bb5131bff88.txt")  # relative to ROOT: no local path in the shots
WARNED = Path("gold/cik1161611-r189-2020-events-after-reporting-cny-millions.txt")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def serve() -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(ServiceConfig()), log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def shrink(path: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        return
    Image.open(path).convert("RGB").quantize(256).save(path, optimize=True)


def page_shot(page: Page, url: str) -> None:
    page.goto(url + "/")
    page.fill("#text", (ROOT / SEED).read_text("utf-8"))
    with page.expect_navigation():
        page.click("#extract")
    page.click('tr[data-row="8"]')  # a blank slot: the details show where it is
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(OUT / "page.png"))


def view_shot(page: Page, tmp: Path) -> None:
    out = tmp / "view.html"
    subprocess.run([sys.executable, "-m", "extractor.cli", "view", str(SEED), str(WARNED),
                    "-o", str(out)], check=True, cwd=ROOT)
    page.goto(out.as_uri())
    doc = page.locator("section#d1")
    doc.locator('tr[data-row="2"]').click()
    page.wait_for_timeout(700)
    doc.locator("ol.warnings li").first.click()
    page.wait_for_timeout(700)
    doc.screenshot(path=str(OUT / "view.png"))


def eval_shot(page: Page, tmp: Path) -> None:
    out = tmp / "report.html"
    subprocess.run([sys.executable, "-m", "extractor.cli", "eval", "gold", "--errors", "0",
                    "--html", str(out)], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(out.as_uri())
    page.click("#documents thead th:nth-child(9)")  # F1, worst first
    page.click('#filters button[data-kind="miss"]')
    page.screenshot(path=str(OUT / "eval-report.png"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    server, url = serve()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(Path(tmp) / "profile"), executable_path="/usr/bin/chromium", headless=True,
            args=ARGS, viewport={"width": 1280, "height": 980})
        page = browser.new_page()
        page_shot(page, url)
        view_shot(page, Path(tmp))
        eval_shot(page, Path(tmp))
        browser.close()
    server.should_exit = True
    for name in ("page.png", "view.png", "eval-report.png"):
        shrink(OUT / name)
        print(OUT / name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
