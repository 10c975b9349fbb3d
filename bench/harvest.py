#!/usr/bin/env python3
"""A contact harvester, to measure what the reveal guard lets through: it asks for the contacts of every published
vacancy as fast as it can, from one address or from every address of a /24 (loopback 127.0.0.x), answering each
proof-of-work challenge with hashlib (far faster than a phone's script), and prints how many contacts it got, how many
refusals (429) it met and how long the work took, extrapolated to an hour.

    bench/harvest.py --base http://127.0.0.1:8080 --addresses 1 --seconds 60
    bench/harvest.py --base http://127.0.0.1:8080 --addresses 20 --seconds 60

It reads the vacancy ids from the list pages. Only for measuring your own site."""
import argparse
import hashlib
import http.client
import json
import re
import socket
import time
import urllib.parse


class Conn(http.client.HTTPConnection):
    def __init__(self, host, port, source):
        super().__init__(host, port, timeout=30, source_address=(source, 0))


def solve(token, difficulty):
    n = 0
    prefix = (token + ":").encode()
    while True:
        h = hashlib.sha256(prefix + str(n).encode()).digest()
        bits = 0
        for b in h:
            if b == 0:
                bits += 8
                continue
            bits += 8 - b.bit_length()
            break
        if bits >= difficulty:
            return str(n)
        n += 1


def post(conn, path, fields):
    body = urllib.parse.urlencode(fields)
    conn.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                      "Accept": "application/json", "Origin": ORIGIN})
    r = conn.getresponse()
    data = r.read()
    return r.status, (json.loads(data) if data.startswith(b"{") else {})


def main():
    global ORIGIN
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--addresses", type=int, default=1, help="how many addresses of 127.0.0.0/24 to use")
    ap.add_argument("--seconds", type=float, default=60)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.base)
    ORIGIN = a.base
    ids = []
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    for page in range(1, 11):
        c.request("GET", f"/en/vacancies?page={page}")
        html = c.getresponse().read().decode()
        ids += [int(x) for x in re.findall(r'href="/en/vacancies/(\d+)-', html)]
    ids = sorted(set(ids))
    got = refused = challenges = 0
    work = 0.0
    start = time.time()
    addresses = [f"127.0.0.{i + 1}" for i in range(a.addresses)]
    conns = {s: Conn(u.hostname, u.port, s) for s in addresses}
    blocked = set()
    i = 0
    while time.time() - start < a.seconds and len(blocked) < len(addresses) and i < len(ids) * 50:
        source = addresses[i % len(addresses)]
        i += 1
        if source in blocked:
            continue
        path = f"/en/vacancies/{ids[i % len(ids)]}/contacts"
        status, data = post(conns[source], path, {})
        if status == 202:
            challenges += 1
            t = time.time()
            answer = solve(data["challenge"], data["difficulty"])
            work += time.time() - t
            time.sleep(data.get("wait_ms", 0) / 1000)
            status, data = post(conns[source], path, {"challenge": data["challenge"], "solution": answer})
        if status == 200 and data.get("contacts"):
            got += 1
        elif status == 429:
            refused += 1
            blocked.add(source)  # its quota is spent until the window ends
    took = time.time() - start
    print(json.dumps({"addresses": a.addresses, "seconds": round(took, 1), "contacts": got, "challenges": challenges,
                      "proof_of_work_seconds": round(work, 2), "refused_429": refused,
                      "addresses_blocked": len(blocked)}))


if __name__ == "__main__":
    main()
