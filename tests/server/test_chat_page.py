"""The staff's chat page in a real headless Chromium (Debian's chromium + chromium-driver)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from assistant.server.app import create_app
from tests.server.live import live_server

pytestmark = pytest.mark.e2e
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium and chromedriver are not installed: `make test` installs them (apt-get install chromium chromium-driver)",
                allow_module_level=True)


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def wait_for(condition, timeout: float = 90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = condition()
            if result:
                return result
        except Exception:
            pass
        time.sleep(0.3)
    raise AssertionError("the page did not reach the expected state in time")


def test_asking_in_the_chat_shows_cited_answer_and_sources(browser, devset_services, request):
    from selenium.webdriver.common.by import By

    app = create_app(devset_services.settings, services=devset_services)
    with live_server(app) as url:
        try:
            browser.get(url + "/")
            box = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, "#pertanyaan textarea"))
            box.send_keys("Mitra mana saja yang mendukung perikanan di Banten?")
            browser.find_element(By.CSS_SELECTOR, "#kirim").click()
            answer = wait_for(lambda: "Jumlah:" in browser.find_element(By.CSS_SELECTOR, "#percakapan").text
                              and browser.find_element(By.CSS_SELECTOR, "#percakapan"))
            assert "Dinas Perikanan" in answer.text and "[1]" in answer.text
            links = answer.find_elements(By.CSS_SELECTOR, "a[href='#sumber-1']")
            assert links, "citation markers should link to their sources"
            panel = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#sumber .sumber"))
            assert len(panel) >= 2
            assert browser.find_elements(By.CSS_SELECTOR, "#sumber mark")  # the quoted span is highlighted
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / "chat-page.png"))
        except Exception:
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / f"{request.node.name}-failure.png"))
            raise


def test_records_tab_filters_and_offers_a_csv(browser, devset_services, request):
    from selenium.webdriver.common.by import By

    app = create_app(devset_services.settings, services=devset_services)
    with live_server(app) as url:
        try:
            browser.get(url + "/ui/")
            tab = wait_for(lambda: next(b for b in browser.find_elements(By.CSS_SELECTOR, "button[role='tab']")
                                        if "Catatan kerja sama" in b.text))
            tab.click()
            unit = wait_for(lambda: next(e for e in browser.find_elements(By.CSS_SELECTOR, "textarea, input")
                                         if e.get_attribute("placeholder") == "mis. Garut"))
            unit.send_keys("Garut")
            browser.find_element(By.CSS_SELECTOR, "#tampilkan").click()
            wait_for(lambda: "Kodim 0611/Garut" in browser.find_element(By.CSS_SELECTOR, "#tabel-catatan").text)
            wait_for(lambda: "2 catatan" in browser.page_source)
            wait_for(lambda: "catatan-kerja-sama.csv" in browser.page_source)
        except Exception:
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / f"{request.node.name}-failure.png"))
            raise
