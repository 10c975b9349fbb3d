#!/usr/bin/env python3
"""Mixed load for tests/cluster/run, and the check of its submissions afterwards.

  load.py load   --base URL --duration S --out DIR [--browsers N] [--searchers N] [--submitters N]
      Runs browse, search and submit workers against URL (nginx) for S seconds, every request bounded by a
      timeout. Writes DIR/requests.jsonl (one line per GET) and DIR/submissions.jsonl (one line per POST attempt).
  load.py report --out DIR --found FILE [--kill T] [--ready T] [--base URL]
      FILE holds `title<TAB>versions<TAB>publications` rows from PostgreSQL. Prints the counts and exits 1 if an
      acknowledged submission is missing or any submission is stored more than once.

Only the standard library; every connection goes to the given loopback URL.
"""
import argparse
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse

POSITION_PREFIX = "Cluster test vacancy "
REQUEST_TIMEOUT = 10.0  # seconds, per request
MANAGE_RE = re.compile(r"^/en/manage/[A-Za-z0-9_-]+\?new=1$")
CSRF_RE = re.compile(r'name="_csrf" value="([^"]+)"')
COOKIE_RE = re.compile(r"(?:^|[;,]\s*)((?:__Host-)?ejob_csrf)=([^;,\s]+)")
DETAIL_RE = re.compile(r'href="(/vacancies/[0-9]+-[a-z0-9-]+)"')
SEARCH_WORDS = ["menecer", "geologiya", "muhendis", "satis", "muellim", "surucu", "developer", "mühasib", "xidmət"]


class Client:
    """One keep-alive connection to the load balancer; reconnects after any error."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        assert self.host == "127.0.0.1", "traffic must stay on 127.0.0.1"
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers dict (lower-case names; Set-Cookie joined), body bytes); raises on errors."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT)
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            data = r.read()
            hdrs = {}
            for k, v in r.getheaders():
                k = k.lower()
                hdrs[k] = hdrs[k] + ", " + v if k in hdrs else v
            if r.will_close:
                self.close()
            return r.status, hdrs, data
        except BaseException:
            self.close()
            raise


class Recorder:
    def __init__(self, path):
        self.f = open(path, "w", encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, rec):
        line = json.dumps(rec, ensure_ascii=False)
        with self.lock:
            self.f.write(line + "\n")

    def close(self):
        self.f.close()


def get(client, rec, kind, path, deadline):
    t0 = time.time()
    entry = {"kind": kind, "path": path, "t0": t0}
    body = b""
    try:
        status, _, body = client.request("GET", path, headers={"Accept-Encoding": "identity"})
        entry["status"] = status
    except Exception as e:  # noqa: BLE001 - every failure is recorded, none is fatal
        entry["error"] = f"{type(e).__name__}: {e}"
    entry["t1"] = time.time()
    rec.write(entry)
    if "error" in entry and time.time() < deadline:
        time.sleep(0.05)
    return entry.get("status"), body


def browser(base, rec, deadline, seed):
    rnd = random.Random(seed)
    client = Client(base)
    details = []
    pages = ["/", "/vacancies", "/vacancies?category=it&city=baku", "/en/vacancies", "/ru/", "/vacancies?page=2"]
    while time.time() < deadline:
        choice = rnd.random()
        if choice < 0.45 or not details:
            path = rnd.choice(pages)
            status, body = get(client, rec, "browse", path, deadline)
            if status == 200 and path.startswith("/vacancies"):
                found = DETAIL_RE.findall(body.decode("utf-8", "replace"))
                if found:
                    details = found[:40]
        else:
            get(client, rec, "detail", rnd.choice(details), deadline)
    client.close()


def searcher(base, rec, deadline, seed):
    rnd = random.Random(seed)
    client = Client(base)
    while time.time() < deadline:
        q = urllib.parse.quote(rnd.choice(SEARCH_WORDS))
        lang = rnd.choice(["", "/en", "/ru"])
        get(client, rec, "search", f"{lang}/search?q={q}", deadline)
    client.close()


class Counter:
    def __init__(self):
        self.n = 0
        self.lock = threading.Lock()

    def next(self):
        with self.lock:
            self.n += 1
            return self.n


def submitter(base, rec, forms, deadline, counter):
    """GET the form, POST it once on a fresh connection; a POST is never resent by this client."""
    while time.time() < deadline:
        client = Client(base)
        status, headers, body = None, {}, b""
        t0 = time.time()
        try:
            status, headers, body = client.request("GET", "/en/vacancies/new")
        except Exception as e:  # noqa: BLE001
            forms.write({"t0": t0, "t1": time.time(), "error": f"{type(e).__name__}: {e}"})
            client.close()
            time.sleep(0.05)
            continue
        token = CSRF_RE.search(body.decode("utf-8", "replace"))
        cookie = COOKIE_RE.search(headers.get("set-cookie", ""))
        if status != 200 or not token or not cookie:
            forms.write({"t0": t0, "t1": time.time(), "status": status, "error": "no form token or cookie"})
            client.close()
            time.sleep(0.05)
            continue
        forms.write({"t0": t0, "t1": time.time(), "status": status})
        n = counter.next()
        position = f"{POSITION_PREFIX}{n}"
        fields = {
            "_csrf": token.group(1),
            "position": position,
            "category": "it",
            "company": "cluster test company",
            "city": "baku",
            "employment_type": "full_time",
            "experience": "1_3",
            "education": "higher",
            "requirements": "good knowledge of the work and a careful attitude to detail.",
            "description": "we are looking for a careful person to join a small friendly team in the city.",
            "phone": "+994 50 123 45 67",
        }
        body = urllib.parse.urlencode(fields).encode()
        entry = {"n": n, "position": position, "t0": time.time()}
        try:
            status, headers, resp = client.request(
                "POST",
                "/en/vacancies/new",
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"{cookie.group(1)}={cookie.group(2)}",
                    "Accept-Encoding": "identity",
                },
            )
            entry["status"] = status
            entry["location"] = headers.get("location", "")
            entry["request_id"] = headers.get("x-request-id", "")
            entry["acked"] = status == 303 and bool(MANAGE_RE.match(entry["location"]))
            if not entry["acked"]:
                entry["body"] = resp[:300].decode("utf-8", "replace")
        except Exception as e:  # noqa: BLE001
            entry["error"] = f"{type(e).__name__}: {e}"
            entry["acked"] = False
        entry["t1"] = time.time()
        rec.write(entry)
        client.close()


def run_load(a):
    os.makedirs(a.out, exist_ok=True)
    start = time.time()
    deadline = start + a.duration
    reqs = Recorder(os.path.join(a.out, "requests.jsonl"))
    subs = Recorder(os.path.join(a.out, "submissions.jsonl"))
    forms = Recorder(os.path.join(a.out, "forms.jsonl"))
    counter = Counter()
    threads = []
    for i in range(a.browsers):
        threads.append(threading.Thread(target=browser, args=(a.base, reqs, deadline, i), daemon=True))
    for i in range(a.searchers):
        threads.append(threading.Thread(target=searcher, args=(a.base, reqs, deadline, 100 + i), daemon=True))
    for _ in range(a.submitters):
        threads.append(threading.Thread(target=submitter, args=(a.base, subs, forms, deadline, counter), daemon=True))
    for t in threads:
        t.start()
    # Every request ends within REQUEST_TIMEOUT (+ connect), so the workers end shortly after the deadline.
    for t in threads:
        t.join(max(0.1, deadline + 3 * REQUEST_TIMEOUT - time.time()))
    stuck = sum(t.is_alive() for t in threads)
    for r in (reqs, subs, forms):
        r.close()
    with open(os.path.join(a.out, "load.json"), "w") as f:
        json.dump({"start": start, "end": time.time(), "stuck_workers": stuck}, f)
    print(f"load finished after {time.time() - start:.1f}s; {stuck} worker(s) still running", file=sys.stderr)
    return 0


def read_jsonl(path):
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    out.append(json.loads(line))
    return out


def outcome(e):
    return f"HTTP {e['status']}" if "status" in e else e.get("error", "?").split(":")[0]


def run_report(a):
    subs = read_jsonl(os.path.join(a.out, "submissions.jsonl"))
    reqs = read_jsonl(os.path.join(a.out, "requests.jsonl"))
    forms = read_jsonl(os.path.join(a.out, "forms.jsonl"))
    found = {}
    with open(a.found, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                found[parts[0]] = (int(parts[1]), int(parts[2]))

    # The kill window: from the SIGKILL until the restarted node answered plus a grace period for nginx's
    # fail_timeout; a request counts as "during the kill" if its lifetime overlaps that window.
    kill_t = a.kill or 0.0
    ready_t = a.ready or kill_t
    win0, win1 = kill_t - 0.001, ready_t + 3.0

    def in_window(e):
        return a.kill is not None and e["t0"] <= win1 and e.get("t1", e["t0"]) >= win0

    attempted = len(subs)
    acked = [e for e in subs if e["acked"]]
    failed = [e for e in subs if not e["acked"]]
    failed_in = [e for e in failed if in_window(e)]
    failed_out = [e for e in failed if not in_window(e)]
    missing = [e for e in acked if e["position"] not in found]
    dup = [e for e in subs if found.get(e["position"], (0, 0)) != (0, 0) and found[e["position"]] != (1, 1)]
    once = [e for e in acked if found.get(e["position"]) == (1, 1)]
    failed_stored = [e for e in failed if e["position"] in found]
    known = {e["position"] for e in subs}
    unknown = sorted(t for t in found if t not in known)

    def group(es):
        g = {}
        for e in es:
            k = outcome(e)
            g[k] = g.get(k, 0) + 1
        return ", ".join(f"{k}: {v}" for k, v in sorted(g.items())) or "none"

    print("Submissions (POST /en/vacancies/new through nginx):")
    print(f"  attempted:                     {attempted}")
    print(f"  acknowledged (303 to manage):  {len(acked)}")
    print(f"  failed/refused during the kill: {len(failed_in)} ({group(failed_in)})")
    print(f"  failed/refused outside it:     {len(failed_out)} ({group(failed_out)})")
    print(f"  acknowledged and found exactly once: {len(once)}")
    print(f"  acknowledged but missing:      {len(missing)}")
    print(f"  stored more than once:         {len(dup)}")
    print(f"  not acknowledged but stored:   {len(failed_stored)} (the client cannot tell; allowed)")
    if unknown:
        print(f"  stored titles never submitted: {len(unknown)} (e.g. {unknown[:3]})")
    form_fail = [e for e in forms if e.get("status") != 200 or "error" in e]
    print(f"  form GETs: {len(forms)}, failed: {len(form_fail)} ({group(form_fail)})")

    print("GET requests through nginx:")
    kinds = sorted({e["kind"] for e in reqs})
    for k in kinds:
        es = [e for e in reqs if e["kind"] == k]
        bad = [e for e in es if e.get("status") not in (200,)]
        bad_out = [e for e in bad if not in_window(e)]
        lat = sorted(e["t1"] - e["t0"] for e in es)
        p50 = lat[len(lat) // 2] * 1000 if lat else 0
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0
        print(f"  {k:7s} {len(es):6d} requests, not 200: {len(bad)} ({group(bad)}), of which outside the kill "
              f"window: {len(bad_out)}; p50 {p50:.1f} ms, p99 {p99:.1f} ms")

    for title, es in (("failed outside the kill window", failed_out), ("acknowledged but missing", missing),
                      ("stored more than once", dup)):
        for e in es[:10]:
            print(f"  {title}: {e['position']} {outcome(e)} t={e['t0'] - kill_t:+.2f}s from kill "
                  f"request-id={e.get('request_id', '')} body={e.get('body', '')[:120]!r} "
                  f"found={found.get(e['position'])}")
    for e in failed_in[:10]:
        print(f"  during the kill: {e['position']} {outcome(e)} t={e['t0'] - kill_t:+.2f}s..{e['t1'] - kill_t:+.2f}s "
              f"stored={'yes' if e['position'] in found else 'no'}")

    verdict = 0
    if missing or dup:
        verdict = 1
    if not acked:
        print("no submission was acknowledged: the test proves nothing")
        verdict = 1
    if a.manage_check and acked:
        verdict |= check_manage_links(a.base, acked, a.manage_check)
    return verdict


def check_manage_links(base, acked, limit_s):
    """Every acknowledged manage link answers 200 and shows its position (bounded in time)."""
    deadline = time.time() + limit_s
    client = Client(base)
    bad, checked = [], 0
    for e in acked:
        if time.time() > deadline:
            break
        path = e["location"].split("?")[0]
        try:
            status, _, body = client.request("GET", path)
            ok = status == 200 and e["position"] in body.decode("utf-8", "replace")
        except Exception as ex:  # noqa: BLE001
            status, ok = f"{type(ex).__name__}", False
        checked += 1
        if not ok:
            bad.append((e["position"], status))
    client.close()
    print(f"Manage links: {checked} of {len(acked)} checked, {len(bad)} bad {bad[:5] if bad else ''}")
    return 1 if bad else 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("load")
    l.add_argument("--base", required=True)
    l.add_argument("--duration", type=float, required=True)
    l.add_argument("--out", required=True)
    l.add_argument("--browsers", type=int, default=3)
    l.add_argument("--searchers", type=int, default=1)
    l.add_argument("--submitters", type=int, default=2)
    r = sub.add_parser("report")
    r.add_argument("--out", required=True)
    r.add_argument("--found", required=True)
    r.add_argument("--kill", type=float)
    r.add_argument("--ready", type=float)
    r.add_argument("--base")
    r.add_argument("--manage-check", type=float, default=0, help="seconds to spend checking manage links (0: off)")
    a = p.parse_args()
    if a.cmd == "load":
        return run_load(a)
    return run_report(a)


if __name__ == "__main__":
    sys.exit(main())
