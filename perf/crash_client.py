#!/usr/bin/env python3
"""The client of the crash test (perf/crash-test.sh): prepares drafts, submits them in a loop while the server
is killed, and checks afterwards that every receipt it was given maps to a committed submission with the same
hashes, and that every committed submission has its receipt. Python standard library only.

  crash_client.py setup STATE         challenges, drafts (sections + one PDF each) -> STATE (JSON)
  crash_client.py rush STATE RECEIPTS submits in 6 threads until the server disappears; appends each receipt
  crash_client.py check STATE RECEIPTS verifies; prints a JSON line with the counts; exit 1 on a failure
"""
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

BASE = os.environ.get("SFIDE_BASE", "http://localhost:9180")
PASSWORD = "Demo-password-1"
OPERATORS = ["operator1", "operator2", "operator3"]


def call(method, path, token=None, body=None, headers=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    request.add_header("Accept-Language", "it")
    if data is not None:
        request.add_header("Content-Type", content_type)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read()
            return response.status, (json.loads(text) if text and response.headers.get_content_type()
                                     == "application/json" else text)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def token(user):
    status, body = call("POST", "/api/v1/tokens", body={"username": user, "password": PASSWORD,
                                                        "name": "crash test"})
    assert status == 201, (user, status, body)
    return body["token"]


def pdf(text):
    """A minimal one-page PDF with a correct cross-reference table."""
    stream = ("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def upload(path, tok, name, content):
    boundary = "sfide" + uuid.uuid4().hex
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
             "Content-Type: application/pdf\r\n\r\n") % (boundary, name)).encode() + content + \
        ("\r\n--%s--\r\n" % boundary).encode()
    return call("POST", path, tok, raw=body, content_type="multipart/form-data; boundary=" + boundary)


def setup(state_file, challenges=3):
    buyer1, buyer2 = token("buyer1"), token("buyer2")
    closes = (datetime.now(timezone.utc) + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    opens = (datetime.now(timezone.utc) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    drafts = []
    operator_tokens = {u: token(u) for u in OPERATORS}
    for n in range(challenges):
        challenge = {"type": "CHALLENGE_PRIZE", "titleIt": "Prova di arresto %d" % n, "titleEn": "Crash test %d" % n,
                     "summaryIt": "Sintesi", "summaryEn": "Summary", "need": "Bisogno", "needEn": "Need",
                     "budget": 100000,
                     "requiredDocuments": ["Proposta"],
                     "phases": [{"opensAt": opens, "closesAt": closes, "budget": 100000}],
                     "criteria": [{"nameIt": "Qualità", "nameEn": "Quality", "weight": 100}],
                     "tieBreak": "FIRST_CRITERION"}
        status, created = call("POST", "/api/v1/challenges", buyer1, challenge)
        assert status == 201, created
        cid = created["id"]
        assert call("POST", "/api/v1/challenges/%d/publication-request" % cid, buyer1, raw=b"")[0] == 200
        assert call("POST", "/api/v1/challenges/%d/approval" % cid, buyer2, raw=b"")[0] == 200
        for user in OPERATORS:
            tok = operator_tokens[user]
            status, draft = call("POST", "/api/v1/challenges/%d/proposals" % cid, tok, {"phase": 1})
            assert status == 201, draft
            sections = {"title": "Proposta %s" % user, "summary": "S", "solution": "S", "team": "T",
                        "budget": 1000, "budgetLines": [{"item": "Personale", "amount": 1000}],
                        "trlCurrent": 3, "trlTarget": 6, "ipTerms": "Licenza"}
            assert call("PUT", "/api/v1/proposals/%d/sections" % draft["id"], tok, sections)[0] == 200
            status, body = upload("/api/v1/proposals/%d/attachments" % draft["id"], tok, "proposta.pdf",
                                  pdf("Proposta %s %d" % (user, cid)))
            assert status == 201, body
            drafts.append({"proposal": draft["id"], "user": user})
    with open(state_file, "w") as f:
        json.dump({"drafts": drafts}, f)
    print("prepared %d drafts" % len(drafts))


def rush(state_file, receipts_file, threads=6):
    drafts = json.load(open(state_file))["drafts"]
    tokens = {u: token(u) for u in OPERATORS}
    lock = threading.Lock()
    out = open(receipts_file, "a")
    stop = threading.Event()
    counts = {"receipts": 0, "errors": 0, "statuses": {}}

    def worker(k):
        i = k
        failures = 0
        while not stop.is_set():
            d = drafts[i % len(drafts)]
            i += threads
            try:
                status, body = call("POST", "/api/v1/proposals/%d/submit" % d["proposal"], tokens[d["user"]],
                                    raw=b"", headers={"Idempotency-Key": uuid.uuid4().hex})
            except Exception:   # connection refused or reset: the server is gone
                failures += 1
                if failures >= 3:
                    stop.set()
                time.sleep(0.2)
                continue
            failures = 0
            if status == 200:
                with lock:
                    out.write(json.dumps({"user": d["user"], "receipt": body}) + "\n")
                    out.flush()
                    counts["receipts"] += 1
            else:
                with lock:
                    counts["errors"] += 1
                    counts["statuses"][str(status)] = counts["statuses"].get(str(status), 0) + 1

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(json.dumps({"rush": counts}))


def check(state_file, receipts_file):
    drafts = json.load(open(state_file))["drafts"]
    tokens = {u: token(u) for u in OPERATORS}
    received = [json.loads(line) for line in open(receipts_file) if line.strip()]
    problems = []
    by_id = {}
    for r in received:
        receipt = r["receipt"]
        by_id[receipt["submissionId"]] = receipt
        status, stored = call("GET", "/api/v1/proposals/submissions/%d" % receipt["submissionId"], tokens[r["user"]])
        if status != 200:
            problems.append("receipt %s: submission %d not found (%d)" % (receipt.get("receiptProtocol"),
                                                                      receipt["submissionId"], status))
            continue
        for field in ("digest", "formSha256", "at", "files"):
            if stored[field] != receipt[field]:
                problems.append("submission %d: %s differs" % (receipt["submissionId"], field))
        if receipt["receiptProtocol"] is not None and stored["receiptProtocol"] != receipt["receiptProtocol"]:
            problems.append("submission %d: receipt protocol changed" % receipt["submissionId"])
    committed = 0
    reissued = 0
    for d in drafts:
        status, history = call("GET", "/api/v1/proposals/%d/submissions" % d["proposal"], tokens[d["user"]])
        if status != 200:
            problems.append("proposal %d: history %d" % (d["proposal"], status))
            continue
        for s in history:
            committed += 1
            if s["receiptProtocol"] is None:
                problems.append("submission %d has no receipt" % s["submissionId"])
            elif s["submissionId"] not in by_id:
                reissued += 1   # committed, its answer lost in the crash: receipt issued at startup
        current = [s for s in history if s["current"]]
        if history and len(current) != 1:
            problems.append("proposal %d: %d current submissions" % (d["proposal"], len(current)))
    print(json.dumps({"receiptsReturned": len(received), "committedSubmissions": committed,
                      "receiptsIssuedAfterRestart": reissued, "problems": problems[:20],
                      "problemCount": len(problems)}))
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "setup":
        setup(sys.argv[2])
    elif command == "rush":
        rush(sys.argv[2], sys.argv[3])
    elif command == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
