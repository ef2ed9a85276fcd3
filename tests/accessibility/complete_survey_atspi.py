#!/usr/bin/python3
"""Completes the kiosk questionnaire only through the AT-SPI accessibility tree, as a screen-reader
or switch user would: buttons are found by their accessible names and pressed with doAction; no
coordinates. Asserts that no visible push button has an empty name on any screen, and that the
answers the demo sink received (--sink-log) are exactly the ones chosen, with the skip logic.

Usage: complete_survey_atspi.py SINK_LOG   (run by run_atspi.sh under Xvfb and a D-Bus session)
"""
import json
import sys
import time

import pyatspi

DEADLINE_S = 30


def poll(what, predicate, timeout=DEADLINE_S):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "nok-kiosk":
            return app
    return None


def walk(node, out):
    try:
        count = node.childCount
    except Exception:
        return out
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        try:
            states = child.getState()
            if not states.contains(pyatspi.STATE_VISIBLE) or not states.contains(pyatspi.STATE_SHOWING):
                continue
            out.append(child)
        except Exception:
            continue
        walk(child, out)
    return out


def screen(app):
    """Visible push buttons (name → accessible) and visible texts of the current screen."""
    buttons, texts, nameless = {}, [], 0
    for node in walk(app, []):
        role = node.getRole()
        if role == pyatspi.ROLE_PUSH_BUTTON:
            if not node.name.strip():
                nameless += 1
            enabled = node.getState().contains(pyatspi.STATE_ENABLED)
            if enabled:
                buttons[node.name] = node
        elif role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_HEADING):
            texts.append(node.name)
    if nameless:
        raise SystemExit(f"FAIL: {nameless} push button(s) without an accessible name on: {texts[:3]}")
    return buttons, texts


def press(app, name, changed):
    """Presses the named button, then waits until the screen's texts show it took effect."""
    before = screen(app)[1]
    buttons = poll(f"a button named {name!r}", lambda: name in screen(app)[0] and screen(app)[0])
    action = buttons[name].queryAction()
    if not action.doAction(0):
        raise SystemExit(f"FAIL: doAction on {name!r} returned false")
    poll(f"the screen to change after {name!r}", lambda: changed(before, screen(app)[1]))


def progress(texts):
    return next((t for t in texts if t.startswith("Вопрос ")), None)


def main():
    sink_log = sys.argv[1]
    app = poll("the nok-kiosk application on the accessibility bus", find_app)
    poll("the welcome screen", lambda: "Начать опрос" in screen(app)[0])
    buttons, _ = screen(app)
    print("welcome buttons:", sorted(buttons))

    press(app, "Начать опрос", lambda b, a: progress(a) == "Вопрос 1 из 14")
    press(app, "Нет", lambda b, a: progress(a) == "Вопрос 2 из 14")   # stand_used: no → site_used
    seen = {progress(screen(app)[1])}
    # Every further yes/no question: «Да», until the optional suggestion.
    while "Да" in screen(app)[0]:
        press(app, "Да", lambda b, a: progress(a) != progress(b))
        seen.add(progress(screen(app)[1]))
    print("questions seen:", len(seen))
    print("suggestion screen:", sorted(screen(app)[0]), screen(app)[1][:6])
    for _ in range(3):  # suggestions, sex, age: all optional
        press(app, "Пропустить", lambda b, a: progress(a) != progress(b))
    poll("the review screen", lambda: "Отправить" in screen(app)[0])
    press(app, "Отправить", lambda b, a: "Спасибо!" in a)

    def received():
        try:
            with open(sink_log, encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return None
    records = poll("the sink log", received)
    expected = {"stand_used": "no"}
    for qid in ["site_used", "site_satisfied", "timely", "comfort_satisfied", "disability",
                "accessibility_satisfied", "staff_first_contact", "staff_service", "remote_used",
                "remote_polite", "recommend", "organisational_satisfied", "overall_satisfied"]:
        expected[qid] = "yes"
    if len(records) != 1 or records[0]["answers"] != expected:
        raise SystemExit(f"FAIL: the sink got {records}, expected one response with {expected}")
    print("OK: questionnaire completed through AT-SPI; answers:", json.dumps(records[0]["answers"], ensure_ascii=False))


if __name__ == "__main__":
    main()
