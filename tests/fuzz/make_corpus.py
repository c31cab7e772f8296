#!/usr/bin/env python3
"""Refreshes the fuzzers' seed corpus with real answers from n1sms-sandbox,
plus the contract's own examples and the tolerant shapes it allows.

    tests/fuzz/make_corpus.py build/dev/bin/n1sms-sandbox
"""

import json
import pathlib
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = pathlib.Path(__file__).parent / "corpus"


def main():
    server = subprocess.Popen([sys.argv[1], "--port", "0", "--sms-delay", "1", "--rate-limit", "0"],
                              stdout=subprocess.PIPE, text=True)
    base = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
    token = None

    def call(method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(request) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            return error.read()

    def save(kind, name, raw):
        folder = HERE / kind
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(raw)

    try:
        login = call("POST", "/auth/login", {"email": "demo@n1sms.test", "password": "demo-password"})
        save("login", "sandbox.json", login)
        token = json.loads(login)["data"]["token"]
        save("login", "wrong-422.json", call("POST", "/auth/login", {"email": "x@y.z", "password": "no"}))
        save("registration", "sandbox.json", call("POST", "/auth/register", {
            "name": "Ama", "email": "ama@example.com", "phone": "+233201112223",
            "password": "password123", "password_confirmation": "password123"}))
        save("error", "register-422.json", call("POST", "/auth/register", {}))
        save("services", "sandbox.json", call("GET", "/dashboard/services"))
        save("prices", "sandbox-page2.json", call("GET", "/dashboard/prices?service=1012&page=2"))
        save("prices", "sandbox-last.json", call("GET", "/dashboard/prices?service=907&page=4"))
        created = call("POST", "/orders", {"country": "42", "service": "1012"})
        save("order", "created.json", created)
        order_id = json.loads(created)["data"]["id"]
        time.sleep(1.5)
        save("orders", "active.json", call("GET", "/orders?status=active"))
        save("order", "received.json", call("GET", f"/orders/{order_id}"))
        save("dashboard", "sandbox.json", call("GET", "/dashboard"))
        save("error", "order-404.json", call("GET", "/orders/9"))
        save("error", "cancel-400.json", call("POST", f"/orders/{order_id}/cancel"))
        save("error", "unauthenticated.json", b'{"message": "Unauthenticated."}')
        save("error", "busy-503.json", b'{"success": false, "message": "Countries temporarily '
                                       b'unavailable. Please try again in a moment."}')
    finally:
        server.terminate()
        server.wait(10)

    # The tolerant shapes: a Laravel paginator inside data, numbers as strings.
    save("prices", "paginator.json", json.dumps({
        "success": True, "data": {"current_page": "1", "last_page": 2, "per_page": "50",
                                  "total": 51, "next_page_url": "https://x/p?page=2",
                                  "data": [{"country_id": "42", "country": "Ghana",
                                            "country_code": "gh", "dial_code": 233,
                                            "price": 4.2, "price_usd": "0.28", "stock": "152",
                                            "success_rate": "92.5", "pool": None}]}}).encode())
    save("orders", "strings.json", json.dumps({
        "success": True, "data": [{"id": "5012", "service_id": "1012", "cost": 4.2,
                                   "status": "on_hold", "sms_text": "Your code is 482-913",
                                   "created_at": "2026-11-27 10:00:00", "time_left": "600",
                                   "expires_at": None, "can_cancel": "0"}],
        "meta": {"current_page": 1, "last_page": 1, "has_more": False}}).encode())


if __name__ == "__main__":
    main()
