#!/usr/bin/env python3
"""Starts a standalone n1sms-sandbox on loopback, runs a command with
N1SMS_BASE_URL, N1SMS_EMAIL and N1SMS_PASSWORD pointing at it, and stops it.

    with_sandbox.py PATH/n1sms-sandbox [sandbox options] -- COMMAND [ARGS]
"""

import os
import re
import subprocess
import sys


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    sandbox, command = sys.argv[1:split], sys.argv[split + 1:]
    server = subprocess.Popen(sandbox + ["--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = re.search(r"(https?://127\.0\.0\.1:\d+\S*)", server.stdout.readline()).group(1)
        email, password = re.search(r"Demo account: (\S+) / (\S+)", server.stdout.readline()).groups()
        env = dict(os.environ, N1SMS_BASE_URL=url, N1SMS_EMAIL=email, N1SMS_PASSWORD=password,
                   N1SMS_ALLOW_PURCHASE="1")
        return subprocess.call(command, env=env)
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
