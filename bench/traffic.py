#!/usr/bin/env python3
"""Traffic for bench/run: lists of many distinct URLs made from the seeded content, and moderation churn.

  traffic.py urls  --sqlite DB | --postgres URL  --out DIR [--count N] [--seed S]
      Writes one file of URL paths per mix into DIR (search.txt, filters.txt, details.txt), each with N distinct
      paths (fewer if the content cannot give that many), in az/ru/en. Paths only: wrk adds the host.

  traffic.py churn --base URL --email E --password P [--interval SECONDS] [--count-file F]
      Until stopped: submits a vacancy through the form, signs in as the administrator and approves it, once per
      interval (every approval changes public content, so the page cache drops). Acts as a browser does: CSRF cookie
      and token from the form page, Origin header, the review form's own fields sent back.

Standard library only (the sqlite3 module; psql for PostgreSQL).
"""

import argparse
import base64
import hashlib
import hmac
import struct
import html.parser
import http.cookiejar
import random
import re
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

FOLD = str.maketrans("əƏıIİöÖüÜşŞçÇğĞ", "eEiIIoOuUsScCgG")
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
LANGS = ["", "", "", "/ru", "/en"]  # Azerbaijani is the default and the most visited

# --- reading the seeded content ----------------------------------------------------------------------------------

QUERIES = {
    "vacancy": "SELECT publication_id, slug, position, company, category, subcategory, city, employment_type, "
    "experience, education, salary_min FROM vacancy_listings",
    "resume": "SELECT publication_id, slug, desired_position, category, city, experience, education_level, gender, "
    "min_salary FROM resume_listings",
    "service": "SELECT publication_id, slug, title, category, city, price FROM service_listings",
}
COLUMNS = {
    "vacancy": ["id", "slug", "title", "company", "category", "subcategory", "city", "employment_type", "experience",
                "education", "salary"],
    "resume": ["id", "slug", "title", "category", "city", "experience", "education_level", "gender", "salary"],
    "service": ["id", "slug", "title", "category", "city", "price"],
}


def read_rows(args, kind):
    if args.sqlite:
        con = sqlite3.connect(f"file:{args.sqlite}?mode=ro", uri=True)
        rows = con.execute(QUERIES[kind]).fetchall()
        con.close()
    else:
        out = subprocess.run(["psql", "-X", "-At", "-F", "\t", args.postgres, "-c", QUERIES[kind]],
                             check=True, capture_output=True, text=True).stdout
        rows = [tuple(None if v == "" else v for v in line.split("\t")) for line in out.splitlines() if line]
    return [dict(zip(COLUMNS[kind], r)) for r in rows]


# --- making URLs ---------------------------------------------------------------------------------------------------

def q(params):
    return urllib.parse.urlencode([(k, v) for k, v in params if v not in (None, "")])


def search_phrase(rng, rows):
    """One to three words of a title (or a company), as a person types them: with or without Azerbaijani letters,
    sometimes only the start of the last word, sometimes a word that matches nothing."""
    r = rng.random()
    if r < 0.06:
        return "".join(rng.choice("bcdfghjklmnpqrstvxz") + rng.choice("aeiou") for _ in range(rng.randint(3, 5)))
    row = rng.choice(rows)
    text = row.get("company") if (r < 0.16 and row.get("company")) else row["title"]
    words = WORD.findall(text.replace("İ", "i").replace("I", "ı").lower())
    if not words:
        return None
    n = min(len(words), rng.choice([1, 1, 1, 2, 2, 3]))
    start = rng.randrange(len(words) - n + 1)
    picked = words[start:start + n]
    if rng.random() < 0.5:
        picked = [w.translate(FOLD) for w in picked]
    if rng.random() < 0.25 and len(picked[-1]) > 4:
        picked[-1] = picked[-1][:rng.randint(3, len(picked[-1]) - 1)]
    return " ".join(picked)


def search_urls(rng, content, count):
    rows = content["vacancy"] + content["resume"] + content["service"]
    urls, attempts = set(), 0
    while len(urls) < count and attempts < count * 50:
        attempts += 1
        phrase = search_phrase(rng, rows)
        if not phrase:
            continue
        lang = rng.choice(LANGS)
        page = rng.choice([None] * 8 + [2, 2, 3, 4])
        if rng.random() < 0.75:
            kind = rng.choice([None, None, None, "resume", "service"])
            urls.add(f"{lang}/search?" + q([("q", phrase), ("kind", kind), ("page", page)]))
        else:  # the search box of a list page, with a filter sometimes
            kind = rng.choice(["vacancy", "vacancy", "resume", "service"])
            path = {"vacancy": "/vacancies", "resume": "/resumes", "service": "/services"}[kind]
            row = rng.choice(content[kind]) if content[kind] else {}
            city = row.get("city") if rng.random() < 0.3 else None
            urls.add(f"{lang}{path}?" + q([("q", phrase), ("city", city), ("page", page)]))
    return sorted(urls)


SALARY_FLOORS = ["300", "500", "700", "1000", "1500", "2000", "3000"]


def filter_params(rng, kind, row):
    """One to three filters, most often taken from one real item (so the page has results), sometimes mixed."""
    if kind == "vacancy":
        pool = [("category", row["category"]), ("subcategory", row["subcategory"]), ("city", row["city"]),
                ("employment_type", row["employment_type"]), ("experience", row["experience"]),
                ("education", row["education"]), ("min_salary", rng.choice(SALARY_FLOORS)),
                ("posted", rng.choice(["1", "3", "7", "30"]))]
    elif kind == "resume":
        pool = [("category", row["category"]), ("city", row["city"]), ("experience", row["experience"]),
                ("education_level", row["education_level"]), ("gender", row["gender"]),
                ("max_salary", rng.choice(SALARY_FLOORS)), ("age_min", str(rng.choice([18, 20, 25, 30]))),
                ("age_max", str(rng.choice([35, 40, 50, 60])))]
    else:
        pool = [("category", row["category"]), ("city", row["city"]), ("price_min", rng.choice(["10", "20", "50"])),
                ("price_max", rng.choice(["100", "200", "500", "1000"]))]
    pool = [(k, v) for k, v in pool if v]
    picked = rng.sample(pool, min(len(pool), rng.choice([1, 1, 2, 2, 3])))
    page = rng.choice([None] * 7 + [2, 2, 3, 5])
    return sorted(picked) + [("page", page)]


def filter_urls(rng, content, count):
    urls, attempts = set(), 0
    kinds = [k for k in ["vacancy", "vacancy", "vacancy", "resume", "service"] if content[k]]
    while kinds and len(urls) < count and attempts < count * 50:
        attempts += 1
        kind = rng.choice(kinds)
        row = rng.choice(content[kind])
        path = {"vacancy": "/vacancies", "resume": "/resumes", "service": "/services"}[kind]
        urls.add(f"{rng.choice(LANGS)}{path}?" + q(filter_params(rng, kind, row)))
    return sorted(urls)


def detail_urls(rng, content, count):
    paths = []
    for kind, prefix in [("vacancy", "/vacancies"), ("resume", "/resumes"), ("service", "/services")]:
        paths += [f"{prefix}/{r['id']}-{r['slug']}" for r in content[kind]]
    rng.shuffle(paths)
    urls = set()
    for p in paths:
        if len(urls) >= count:
            break
        urls.add(rng.choice(LANGS) + p)
    return sorted(urls)


def cmd_urls(args):
    rng = random.Random(args.seed)
    content = {kind: read_rows(args, kind) for kind in QUERIES}
    made = {
        "search": search_urls(rng, content, args.count),
        "filters": filter_urls(rng, content, args.count),
        "details": detail_urls(rng, content, args.count),
    }
    for name, urls in made.items():
        rng.shuffle(urls)  # the order wrk walks them: kinds, languages and pages mixed
        with open(f"{args.out}/{name}.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(urls) + "\n")
        print(f"{name}: {len(urls)} distinct URLs", file=sys.stderr)


# --- moderation churn --------------------------------------------------------------------------------------------

class FormReader(html.parser.HTMLParser):
    """The fields of the forms on a page, as a browser would submit them (inputs, checked boxes, selected options,
    textareas), keyed by the form's action."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = self.forms.setdefault(a.get("action", ""), [])
        elif self._form is None:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self._form.append((a["name"], a.get("value", "on" if a.get("type") == "checkbox" else "")))
        elif tag == "select":
            self._select = [a.get("name"), None, None]  # name, first option, selected option
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._select[1] is None:
                self._select[1] = value
            if "selected" in a:
                self._select[2] = value
        elif tag == "textarea":
            self._textarea = [a.get("name"), ""]

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select and self._form is not None:
            name, first, chosen = self._select
            if name:
                self._form.append((name, chosen if chosen is not None else (first or "")))
            self._select = None
        elif tag == "textarea" and self._textarea and self._form is not None:
            if self._textarea[0]:
                self._form.append(tuple(self._textarea))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as r:
            return r.geturl(), r.read().decode("utf-8", "replace")

    def post(self, path, fields, referer):
        req = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(fields).encode(),
                                     headers={"Origin": self.base, "Referer": self.base + referer,
                                              "Content-Type": "application/x-www-form-urlencoded"})
        with self.opener.open(req, timeout=30) as r:
            return r.geturl(), r.read().decode("utf-8", "replace")

    def forms(self, page):
        reader = FormReader()
        reader.feed(page)
        return reader.forms


def submit_vacancy(owner, n):
    _, page = owner.get("/vacancies/new")
    csrf = dict(owner.forms(page)["/vacancies/new"])["_csrf"]
    owner.post("/vacancies/new", [
        ("_csrf", csrf), ("position", f"Satış məsləhətçisi {n}"), ("category", "sales"), ("company", "Bench MMC"),
        ("city", "baku"), ("employment_type", "full_time"), ("experience", "none"), ("education", "secondary"),
        ("salary_min", "700"), ("salary_max", "900"), ("requirements", "Ünsiyyətcil, məsuliyyətli."),
        ("description", "Mağazada müştərilərə xidmət."), ("phone", "+994 50 123 45 67")], "/vacancies/new")


def totp(secret, at=None):
    """The authenticator app's code (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) for a base32 secret."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", int((time.time() if at is None else at) // 30)), hashlib.sha1).digest()
    offset = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def cmd_churn(args):
    admin = Browser(args.base)
    _, page = admin.get("/admin/login")
    csrf = dict(admin.forms(page)["/admin/login"])["_csrf"]
    url, page = admin.post("/admin/login", [("_csrf", csrf), ("email", args.email), ("password", args.password)],
                           "/admin/login")
    if url.endswith("/admin/security"):  # an administrator's first sign-in: the second factor is set up first
        fields = dict(admin.forms(page)["/admin/security/totp"])
        fields["code"] = totp(fields["secret"])
        admin.post("/admin/security/totp", list(fields.items()), "/admin/security")
    owner = Browser(args.base)
    approved = errors = 0
    next_at = time.monotonic()
    while True:
        next_at += args.interval
        try:
            submit_vacancy(owner, approved + errors)
            _, queue = admin.get("/admin/moderation")
            ids = re.findall(r'href="/admin/moderation/(\d+)"', queue)
            if ids:
                review = f"/admin/moderation/{ids[0]}"
                _, page = admin.get(review)
                fields = admin.forms(page)[f"{review}/approve"]
                admin.post(f"{review}/approve", fields, review)
                approved += 1
        except (urllib.error.URLError, KeyError, OSError) as e:
            errors += 1
            print(f"churn: {e}", file=sys.stderr)
        if args.count_file:
            with open(args.count_file, "w") as f:
                f.write(f"{approved} {errors}\n")
        time.sleep(max(0.0, next_at - time.monotonic()))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("urls")
    src = u.add_mutually_exclusive_group(required=True)
    src.add_argument("--sqlite")
    src.add_argument("--postgres")
    u.add_argument("--out", required=True)
    u.add_argument("--count", type=int, default=20000)
    u.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("churn")
    c.add_argument("--base", required=True)
    c.add_argument("--email", required=True)
    c.add_argument("--password", required=True)
    c.add_argument("--interval", type=float, default=1.0)
    c.add_argument("--count-file")
    args = p.parse_args()
    {"urls": cmd_urls, "churn": cmd_churn}[args.cmd](args)


if __name__ == "__main__":
    main()
