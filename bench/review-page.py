#!/usr/bin/env python3
"""How responsive the reviewer's page is in a real browser (a benchmark, not a test).

    dtcheck generate --out /tmp/country
    dtcheck report --policy-set thanh-hoa-1829-2023 /tmp/country/districts/*/ --out country.html
    python3 bench/review-page.py country.html      # needs chromium and `pip install websocket-client`

Drives headless Chromium over the DevTools protocol, in real time (no virtual clock):
the time from navigation to the page drawn, then a search, two sorts, a filter, a page
turn and opening the last locality (its report inflated from its chunk), each timed in
the page with performance.now(), best of three.
"""
import json, os, subprocess, sys, tempfile, time, urllib.request
import websocket

page = os.path.abspath(sys.argv[1])
profile = tempfile.mkdtemp()
port = 9333
browser = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
     "--disable-background-networking", "--disable-component-update", "--disable-sync",
     f"--user-data-dir={profile}", f"--remote-debugging-port={port}", "--window-size=1300,1000",
     "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
            break
        except OSError:
            time.sleep(0.1)
    target = next(t for t in targets if t["type"] == "page")
    ws = websocket.create_connection(target["webSocketDebuggerUrl"], max_size=None)
    ids = iter(range(1, 1 << 30))

    def call(method, **params):
        i = next(ids)
        ws.send(json.dumps({"id": i, "method": method, "params": params}))
        while True:
            m = json.loads(ws.recv())
            if m.get("id") == i:
                if "error" in m:
                    raise RuntimeError(m["error"])
                return m["result"]

    def js(expr):
        r = call("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    call("Runtime.enable")
    loads = []
    for _ in range(3):
        call("Page.navigate", url="file://" + page)
        while not js("document.body && document.body.getAttribute('data-ready') === '1'"):
            time.sleep(0.02)
        loads.append(js("performance.now()"))
    rows = js("document.querySelectorAll('#locality-table tbody tr').length")
    diff = js("JSON.parse(document.getElementById('data').textContent).kind === 'diff'")
    total = js("JSON.parse(document.getElementById('data').textContent).rows.length" if diff
               else "Number(document.getElementById('total-evaluated').dataset.count)")
    size = os.path.getsize(page) / 1e6
    print(f"{page}: {size:.1f} MB, {total} localities, {rows} rows drawn")
    print(f"  open and draw (navigation → drawn): best {min(loads):.0f} ms of {', '.join(f'{x:.0f}' for x in loads)}")

    def timed(name, action):
        best = min(js(f"(async () => {{ const t = performance.now(); {action}; "
                      "await new Promise(r => requestAnimationFrame(() => setTimeout(r))); "
                      "return performance.now() - t; })()") for _ in range(3))
        print(f"  {name}: {best:.0f} ms")

    if diff:
        timed("show every locality, changed or not", "document.getElementById('changed-only').click()")
        timed("open a locality (inflate its changes)",
              "document.querySelector('#locality-table tbody tr').click(); "
              "while (!document.getElementById('detail').hasAttribute('data-loaded')) await new Promise(r => setTimeout(r, 5))")
        sys.exit(0)
    timed("search 'xa 1' (after its 120 ms pause)", "const s = document.getElementById('search'); s.value = 'xa 1'; "
          "s.dispatchEvent(new Event('input')); await new Promise(r => setTimeout(r, 130))")
    timed("clear the search", "const s = document.getElementById('search'); s.value = ''; "
          "s.dispatchEvent(new Event('input')); await new Promise(r => setTimeout(r, 130))")
    timed("sort by name", "document.querySelectorAll('#locality-table th')[1].click()")
    timed("sort by fails", "document.querySelectorAll('#locality-table th')[6].click()")
    timed("filter: not recognised / level 0", "const f = document.getElementById('standing'); "
          "f.value = f.options[2].value; f.dispatchEvent(new Event('change'))")
    timed("next page", "document.querySelector('.pager button:last-child').click()")
    timed("open the last locality (inflate its chunk)",
          "const rows = document.querySelectorAll('#locality-table tbody tr'); rows[rows.length - 1].click(); "
          "while (!document.getElementById('detail').hasAttribute('data-loaded')) await new Promise(r => setTimeout(r, 5))")
    timed("sort districts by share", "document.querySelectorAll('#districts th')[4].click()")
finally:
    browser.kill()
