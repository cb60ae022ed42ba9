"""Starting `sdw serve` for the scripts beside this file (and Benchmarks/serve_load.py)."""
import subprocess
import time


def start_server(sdw, store, token, *extra):
    """Starts `sdw serve` over `store` on a free loopback port; returns the process and `host:port`."""
    process = subprocess.Popen([sdw, "serve", "--db", store, "--port", "0", "--token", token, *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        if "http://127.0.0.1:" in line:
            return process, line.split("http://")[1].split("/")[0]
        if process.poll() is not None:
            break
    process.kill()
    raise RuntimeError("sdw serve did not start")
