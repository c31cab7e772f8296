#!/usr/bin/python3
"""The app as a screen reader sees it, through AT-SPI (pyatspi, as Orca uses).

Runs on the test desktop (with_desktop.sh: the accessibility bus is up):
starts `n1sms-desktop --demo` and, using nothing but the accessibility tree
and its actions, checks that every control of the sign-in page, the main
window and the settings dialog has a role and a name, that the price table
exposes its rows and cells, and completes a purchase: the demo account filled
in and signed in, WhatsApp chosen, Ghana's row selected, Buy pressed and the
confirmation's Buy pressed, until the active orders' table has the order.

    tests/desktop/with_desktop.sh /usr/bin/python3 tests/desktop/atspi_check.py build/dev/bin/n1sms-desktop
"""
import os
import subprocess
import sys
import time

import pyatspi

# Roles a user acts on: each needs a name a screen reader can say.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TREE, pyatspi.ROLE_MENU,
}
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def until(what, check, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def nodes(root, depth=0):
    """Every showing node below root (a table's cells excepted)."""
    if root is None or depth > 40 or not showing(root):
        return
    yield root
    if root.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
        return
    for i in range(root.childCount):
        yield from nodes(root.getChildAtIndex(i), depth + 1)


def find(root, role, name=None, starts=None):
    for node in nodes(root):
        if node.getRole() != role:
            continue
        if name is not None and node.name != name:
            continue
        if starts is not None and not node.name.startswith(starts):
            continue
        return node
    return None


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click", "activate", "toggle", "SetFocus"):
            action.doAction(i)
            return
    action.doAction(0)


def check_named(root, where):
    unnamed = [f"{n.getRoleName()} (in {n.parent.getRoleName()} '{n.parent.name}',"
               f" described '{n.description}')"
               for n in nodes(root) if n.getRole() in CONTROLS and not n.name.strip()]
    if unnamed:
        fail(f"{where}: controls without a name: {unnamed}")
    else:
        print(f"{where}: {sum(1 for n in nodes(root) if n.getRole() in CONTROLS)} controls,"
              " each with a role and a name", flush=True)


def main():
    app_path = sys.argv[1]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    process = subprocess.Popen([app_path, "--demo"], env=env)
    try:
        def application():
            for a in pyatspi.Registry.getDesktop(0):
                if a is not None and a.name == "n1sms-desktop":
                    return a
            return None
        app = until("the app on the accessibility bus", application)
        window = until("the window", lambda: find(app, pyatspi.ROLE_FRAME))

        # The sign-in page.
        fill = until("the demo account's button",
                     lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Fill in the demo account"))
        check_named(window, "sign-in page")
        press(fill)
        email = find(window, pyatspi.ROLE_TEXT, "Email")
        until("the email filled in",
              lambda: email.queryText().getText(0, -1) == "demo@n1sms.test")
        press(find(window, pyatspi.ROLE_PUSH_BUTTON, "Sign in"))

        # The main window.
        until("the main window", lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Sign out"))
        whatsapp = until("WhatsApp's button", lambda: find(window, pyatspi.ROLE_PUSH_BUTTON,
                                                              "WhatsApp"))
        press(whatsapp)

        def prices():
            for node in nodes(window):
                if node.getRole() == pyatspi.ROLE_TABLE and node.queryTable().nRows > 20:
                    return node
            return None
        table = until("the price table with its rows", prices)
        grid = table.queryTable()
        headers = [grid.getColumnDescription(c) or grid.getColumnHeader(c).name
                   for c in range(grid.nColumns)]
        print(f"price table: {grid.nRows} rows, {grid.nColumns} columns: {headers}", flush=True)
        if "Country" not in headers:
            fail(f"price table headers: {headers}")
        ghana = None
        for r in range(grid.nRows):
            if grid.getAccessibleAt(r, 0).name.strip() == "Ghana":
                ghana = r
                break
        if ghana is None:
            raise SystemExit("FAIL: no row named Ghana in the price table")
        cells = [grid.getAccessibleAt(ghana, c).name for c in range(grid.nColumns)]
        print(f"Ghana's row: {cells}", flush=True)
        if any(not c.strip() for c in cells[:6]):
            fail(f"Ghana's row has empty cells: {cells}")
        check_named(window, "main window")

        # The purchase, by accessibility actions alone.
        grid.addRowSelection(ghana)
        buy = find(window, pyatspi.ROLE_PUSH_BUTTON, "Buy number")
        until("Buy enabled", lambda: buy.getState().contains(pyatspi.STATE_ENABLED))
        press(buy)

        def confirmation():
            for a in (app.getChildAtIndex(i) for i in range(app.childCount)):
                if a is not None and showing(a) and a.getRole() in (
                        pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT):
                    return a
            return None
        dialog = until("the confirmation", confirmation)
        check_named(dialog, "purchase confirmation")
        confirm = find(dialog, pyatspi.ROLE_PUSH_BUTTON, starts="Buy")
        if confirm is None:
            raise SystemExit("FAIL: no Buy button in the confirmation")
        press(confirm)

        def order_row():
            for node in nodes(window):
                if node.getRole() != pyatspi.ROLE_TABLE or node == table:
                    continue
                t = node.queryTable()
                if t.nRows >= 1 and t.getAccessibleAt(0, 0).name.strip() == "WhatsApp":
                    return [t.getAccessibleAt(0, c).name for c in range(t.nColumns)]
            return None
        row = until("the order in Active orders", order_row)
        print(f"active order: {row}", flush=True)

        # The settings dialog, from the File menu.
        file_menu = find(window, pyatspi.ROLE_MENU_ITEM, "File") or find(
            window, pyatspi.ROLE_MENU, "File")
        press(file_menu)
        settings = until("Settings in the File menu",
                         lambda: find(app, pyatspi.ROLE_MENU_ITEM, starts="Settings"))
        press(settings)
        dialog = until("the settings dialog", confirmation)
        check_named(dialog, "settings dialog")
        press(find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Cancel"))
    finally:
        process.kill()
        process.wait()
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("PASS: the app through AT-SPI")
    return 0


if __name__ == "__main__":
    sys.exit(main())
