#!/usr/bin/env python3
"""A black-box checker of the N1SMS API contract (../shared/api/N1SMS-API.md).

It speaks only HTTP and knows nothing of the C++ code: it reads the contract's
shapes and rules and checks that a server keeps them. Point it at a running
server with --base-url/--email/--password, or let it start a sandbox binary
with --sandbox PATH (on loopback, with a fast clock).

Prints one line per check and ends with "N passed, N failed".
"""

import argparse
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal

PUBLISHED_SERVICES = {1688: "One-Time SMS", 1012: "WhatsApp", 329: "Facebook", 457: "Instagram",
                      907: "Telegram", 924: "TikTok", 948: "Twitter/X", 1227: "YouTube",
                      395: "Google"}
MONEY = re.compile(r"^\d+\.\d{2}$")
ISO8601 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class Failed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failed(message)


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.requests = 0

    def call(self, method, path, body=None, token=None):
        self.requests += 1
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, headers, raw = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, raw = error.code, error.headers, error.read()
        try:
            payload = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            raise Failed(f"{method} {path}: answer {status} is not JSON: {raw[:80]!r}")
        return status, headers, payload


def envelope_ok(payload, what, data=True):
    expect(isinstance(payload, dict), f"{what}: not an object")
    expect(payload.get("success") is True, f"{what}: success is {payload.get('success')!r}")
    expect(isinstance(payload.get("message"), str), f"{what}: no message")
    expect(not data or "data" in payload, f"{what}: no data")
    return payload.get("data")


def failure_ok(payload, what):
    expect(isinstance(payload, dict), f"{what}: not an object")
    expect(payload.get("success") is False, f"{what}: success is {payload.get('success')!r}")
    expect(isinstance(payload.get("message"), str) and payload["message"], f"{what}: no message")


def money(value, what):
    expect(isinstance(value, str) and MONEY.match(value), f"{what}: {value!r} is not a 2-decimal string")
    return Decimal(value)


def check_order(order, what):
    for key in ("id", "order_code", "service_id", "service", "country_id", "country",
                "phone_number", "status", "created_at", "expires_at", "can_cancel"):
        expect(key in order, f"{what}: order has no {key}")
    money(order["cost"], what + " cost")
    money(order["cost_usd"], what + " cost_usd")
    expect(order.get("symbol_ghs") == "₵" and order.get("symbol_usd") == "$", f"{what}: symbols")
    expect(ISO8601.match(order["created_at"]) and ISO8601.match(order["expires_at"]), f"{what}: timestamps")
    expect(order["phone_number"].startswith("+"), f"{what}: phone number {order['phone_number']!r}")


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise Failed(f"{what}: not within {seconds} s")


class Checker:
    def __init__(self, api, email, password):
        self.api, self.email, self.password = api, email, password
        self.token = None
        self.passed = 0
        self.failed = 0
        self.ghana = None

    def run(self, name, check):
        try:
            check()
            self.passed += 1
            print(f"ok - {name}")
        except Failed as failure:
            self.failed += 1
            print(f"not ok - {name}: {failure}")
        except Exception as error:  # a crash of the checker is a failure too
            self.failed += 1
            print(f"not ok - {name}: {type(error).__name__}: {error}")
        sys.stdout.flush()

    # --- auth
    def unauthenticated(self):
        for path in ("/dashboard", "/dashboard/services", "/orders"):
            status, _, payload = self.api.call("GET", path, token="1|not-a-token")
            expect(status == 401, f"{path}: {status}")
            expect(payload == {"message": "Unauthenticated."}, f"{path}: {payload}")

    def login_validation(self):
        status, _, payload = self.api.call("POST", "/auth/login", {})
        expect(status == 422, f"status {status}")
        failure_ok(payload, "login {}")
        expect(payload["errors"]["email"] == ["The email field is required."], payload["errors"])
        expect(payload["errors"]["password"] == ["The password field is required."], payload["errors"])
        status, _, payload = self.api.call("POST", "/auth/login",
                                           {"email": self.email, "password": self.password + "x"})
        expect(status in (401, 422), f"wrong password: {status}")
        failure_ok(payload, "wrong password")

    def register(self):
        status, _, payload = self.api.call("POST", "/auth/register", {
            "name": "", "email": "not-an-email", "phone": "+233241112223",
            "password": "short", "password_confirmation": "short"})
        expect(status == 422, f"status {status}")
        errors = payload["errors"]
        expect(errors["name"] == ["The name field is required."], errors)
        expect(errors["email"] == ["The email field must be a valid email address."], errors)
        expect(errors["password"] == ["The password field must be at least 8 characters."], errors)
        status, _, payload = self.api.call("POST", "/auth/register", {
            "name": "Checker", "email": self.email, "phone": "+233241112223",
            "password": "password123", "password_confirmation": "password124"})
        expect(status == 422, f"status {status}")
        expect(payload["errors"]["email"] == ["The email has already been taken."], payload["errors"])
        expect(payload["errors"]["password"] == ["The password field confirmation does not match."],
               payload["errors"])
        email = f"checker{int(time.time() * 1000)}@example.com"
        status, _, payload = self.api.call("POST", "/auth/register", {
            "name": "Contract Checker", "email": email, "phone": "+233241112223",
            "password": "password123", "password_confirmation": "password123",
            "referral_code": "OPTIONAL_CODE"})
        expect(status in (200, 201), f"status {status}")
        data = envelope_ok(payload, "register")
        expect(data["requires_verification"] is True, data)
        expect(isinstance(data["user_id"], int), data)

    def login(self):
        status, _, payload = self.api.call("POST", "/auth/login",
                                           {"email": self.email, "password": self.password})
        expect(status == 200, f"status {status}")
        data = envelope_ok(payload, "login")
        expect(re.match(r"^\d+\|\S+$", data["token"]), f"token shape {data['token'][:3]}…")
        expect(data["token_type"] == "Bearer", data["token_type"])
        expect(ISO8601.match(data["expires_at"]), data["expires_at"])
        expect(data["user"]["email"] == self.email, data["user"])
        self.token = data["token"]

    # --- catalogue
    def dashboard(self):
        status, _, payload = self.api.call("GET", "/dashboard", token=self.token)
        expect(status == 200, f"status {status}")
        data = envelope_ok(payload, "dashboard")
        money(data["balance"], "balance")
        money(data["balance_usd"], "balance_usd")
        expect(data["symbol_ghs"] == "₵" and data["symbol_usd"] == "$", "symbols")
        for key in ("total_orders", "active_orders", "completed_orders", "cancelled_orders"):
            expect(isinstance(data["stats"][key], int), f"stats.{key}")
        money(data["stats"]["total_spent"], "total_spent")
        expect(isinstance(data["recent_orders"], list), "recent_orders")

    def services(self):
        status, _, payload = self.api.call("GET", "/dashboard/services", token=self.token)
        expect(status == 200, f"status {status}")
        data = envelope_ok(payload, "services")
        by_id = {s["id"]: s for s in data}
        for sid, name in PUBLISHED_SERVICES.items():
            expect(sid in by_id, f"service {sid} missing")
            expect(by_id[sid]["name"] == name, f"service {sid} is {by_id[sid]['name']!r}")
        expect(len(data) >= 300, f"only {len(data)} services")
        expect(all(isinstance(s["popular"], bool) and "icon_url" in s for s in data), "service fields")

    def prices_every_page(self):
        page, rows, total, names = 1, 0, None, set()
        out_of_stock = 0
        while True:
            status, _, payload = self.api.call(
                "GET", f"/dashboard/prices?service=1012&page={page}&per_page=500", token=self.token)
            expect(status == 200, f"page {page}: status {status}")
            data = envelope_ok(payload, f"page {page}")
            meta = payload["meta"]
            expect(meta["current_page"] == page, meta)
            expect(meta["per_page"] <= 50, f"per_page not capped: {meta['per_page']}")
            total = meta["total"] if total is None else total
            expect(meta["total"] == total, "total changed while paging")
            for row in data:
                money(row["price"], "price")
                money(row["price_usd"], "price_usd")
                expect(isinstance(row["stock"], int) and row["stock"] >= 0, row)
                expect(row["success_rate"] is None or isinstance(row["success_rate"], (int, float)), row)
                expect(re.match(r"^\+\d+$", row["dial_code"]), row)
                expect(re.match(r"^[A-Z]{2}$", row["country_code"]), row)
                names.add(row["country"])
                out_of_stock += row["stock"] == 0
                if row["country_code"] == "GH":
                    self.ghana = row
            rows += len(data)
            expect(meta["has_more"] == (page < meta["last_page"]), meta)
            if not meta["has_more"]:
                break
            page += 1
            expect(page <= 100, "more than 100 pages")
        expect(rows == total, f"{rows} rows, total says {total}")
        expect(page >= 2, "prices fit one page: paging not exercised")
        expect(len(names) >= 100, f"only {len(names)} countries")
        expect(self.ghana is not None and self.ghana["stock"] > 0, "Ghana not on sale for WhatsApp")
        expect(out_of_stock > 0, "no country is out of stock")

    def prices_validation(self):
        status, _, payload = self.api.call("GET", "/dashboard/prices", token=self.token)
        expect(status == 422, f"no service: {status}")
        failure_ok(payload, "no service")
        status, _, _ = self.api.call("GET", "/dashboard/prices?service=1012&page=-1", token=self.token)
        expect(400 <= status < 500, f"negative page: {status}")

    # --- orders
    def balance(self):
        _, _, payload = self.api.call("GET", "/dashboard", token=self.token)
        return Decimal(payload["data"]["balance"])

    def buy(self):
        status, _, payload = self.api.call("POST", "/orders", {
            "country": str(self.ghana["country_id"]), "service": "1012", "pricing_option": "0"},
            token=self.token)
        expect(status == 201, f"status {status}: {payload}")
        order = envelope_ok(payload, "buy")
        check_order(order, "new order")
        expect(order["status"] == "pending", order["status"])
        expect(order["sms_code"] is None, "a new order has a code")
        return order

    def buy_and_list(self):
        before = self.balance()
        order = self.buy()
        expect(self.balance() == before - Decimal(order["cost"]), "balance not charged exactly once")
        _, _, payload = self.api.call("GET", "/orders?status=active&page=1&per_page=100", token=self.token)
        active = envelope_ok(payload, "active orders")
        expect(any(o["id"] == order["id"] for o in active), "new order not among active orders")
        for o in active:
            check_order(o, "active order")
            expect(o["status"] in ("pending", "received"), o["status"])
        status, _, payload = self.api.call("GET", f"/orders/{order['id']}", token=self.token)
        expect(status == 200 and envelope_ok(payload, "one order")["id"] == order["id"], "GET /orders/{id}")

    def cancel_rules(self):
        before = self.balance()
        order = self.buy()
        status, _, payload = self.api.call("POST", f"/orders/{order['id']}/cancel", token=self.token)
        expect(status == 400, f"early cancel: {status}")
        failure_ok(payload, "early cancel")
        expect(not order["can_cancel"], "can_cancel true at purchase")

        def cancellable():
            _, _, p = self.api.call("GET", f"/orders/{order['id']}", token=self.token)
            return p["data"]["can_cancel"]
        wait_for(cancellable, 20, "can_cancel")
        status, _, payload = self.api.call("POST", f"/orders/{order['id']}/cancel", token=self.token)
        expect(status == 200, f"cancel: {status}")
        expect(envelope_ok(payload, "cancel")["status"] == "cancelled", payload)
        expect(self.balance() == before, "cancel did not refund")
        status, _, _ = self.api.call("POST", f"/orders/{order['id']}/cancel", token=self.token)
        expect(status == 400, f"second cancel: {status}")

    def sms_arrives(self):
        order = self.buy()

        def received():
            _, _, p = self.api.call("GET", "/orders?status=active", token=self.token)
            for o in p["data"]:
                if o["id"] == order["id"] and o["status"] == "received":
                    return o
            return None
        o = wait_for(received, 30, "SMS")
        expect(re.match(r"^\d{4,8}$", o["sms_code"] or ""), f"code {o['sms_code']!r}")
        digits = re.sub(r"\D", "", o["sms_text"] or "")
        expect(o["sms_code"] in digits, "the code is not in the SMS text")
        expect(not o["can_cancel"], "cancellable after the SMS")

    def not_found(self):
        status, _, payload = self.api.call("GET", "/orders/999999999", token=self.token)
        expect(status == 404, f"status {status}")
        failure_ok(payload, "missing order")

    def business_refusal(self):
        status, _, payload = self.api.call("POST", "/orders", {"country": "", "service": ""},
                                           token=self.token)
        expect(status == 422 and "errors" in payload, f"empty order: {status}")

    def logout(self):
        status, _, payload = self.api.call("POST", "/auth/logout", token=self.token)
        expect(status == 200, f"status {status}")
        envelope_ok(payload, "logout", data=False)
        status, _, _ = self.api.call("GET", "/dashboard", token=self.token)
        expect(status == 401, f"token still accepted: {status}")

    def all(self):
        self.run("unauthenticated calls answer 401 Unauthenticated.", self.unauthenticated)
        self.run("login validates like Laravel", self.login_validation)
        self.run("registration validates and requires verification", self.register)
        self.run("login gives a Sanctum token", self.login)
        if not self.token:
            return
        self.run("dashboard has balance, symbols and stats", self.dashboard)
        self.run("services include the nine published IDs", self.services)
        self.run("prices page until the last, capped at 50", self.prices_every_page)
        self.run("prices validate their query", self.prices_validation)
        if self.ghana:
            self.run("buying charges once and lists the order as active", self.buy_and_list)
            self.run("cancel is refused early, then refunds", self.cancel_rules)
            self.run("the SMS code arrives", self.sms_arrives)
        self.run("a missing order is 404", self.not_found)
        self.run("an empty order is refused with field errors", self.business_refusal)
        self.run("logout revokes the token", self.logout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--email")
    parser.add_argument("--password")
    parser.add_argument("--sandbox", help="path of n1sms-sandbox to start on loopback")
    args = parser.parse_args()

    process = None
    if args.sandbox:
        process = subprocess.Popen(
            [args.sandbox, "--port", "0", "--time-scale", "240", "--sms-delay", "900",
             "--no-sms-every", "0", "--rate-limit", "0"],
            stdout=subprocess.PIPE, text=True)
        first = process.stdout.readline()
        second = process.stdout.readline()
        args.base_url = re.search(r"(http://127\.0\.0\.1:\d+\S*)", first).group(1)
        args.email, args.password = re.search(r"Demo account: (\S+) / (\S+)", second).groups()
    if not (args.base_url and args.email and args.password):
        parser.error("give --sandbox, or --base-url with --email and --password")

    checker = Checker(Api(args.base_url), args.email, args.password)
    try:
        checker.all()
    finally:
        if process:
            process.terminate()
            process.wait(10)
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed or not checker.passed else 0


if __name__ == "__main__":
    sys.exit(main())
