#!/usr/bin/python3
"""Boots the kiosk box's real session (nok-kiosk.service's ExecStart and environment: cage, the
kiosk as an X11 client of cage's Xwayland) on cage's headless backend, goes through the survey to
the suggestion question through the accessibility tree, taps the suggestion field through
Xwayland (XTEST) as a finger would, checks that the on-screen keyboard opens, and taps its first
key, which must type a Russian letter (ЙЦУКЕН: «Й») into the field. Then checks that everything
the session loads comes from packages install-kiosk-session.sh installs. Screenshots of the
kiosk's window (xwd; grim shows only cage's first frame on the headless backend) go to OUT_DIR.
Run by run_kiosk_session.sh as an unprivileged user inside its own D-Bus session.

Usage: kiosk_session.py WORK_DIR OUT_DIR
WORK_DIR holds nok-kiosk.service, nok-kiosk.env.example, the packages list, and bin/nok-kiosk.
"""
import os
import signal
import subprocess
import sys
import time

import pyatspi

import keyboard_probe
import session_packages
import session_unit
import window_image

DEADLINE_S = 20
INSTALLED_BINARY = "/usr/local/bin/nok-kiosk"


def poll(what, predicate, timeout=DEADLINE_S, session=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if session is not None and session.poll() is not None:
            raise SystemExit(f"FAIL: the session (cage) exited with {session.returncode} while waiting for {what}")
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


def visible_nodes(node, out):
    try:
        count = node.childCount
    except Exception:
        return out
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
            states = child.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
        except Exception:
            continue
        out.append(child)
        visible_nodes(child, out)
    return out


def screen(app):
    """(enabled buttons by name, text fields by name, texts) of the current screen."""
    buttons, fields, texts = {}, {}, []
    for node in visible_nodes(app, []):
        try:
            role = node.getRole()
            if role == pyatspi.ROLE_PUSH_BUTTON and node.getState().contains(pyatspi.STATE_ENABLED):
                buttons[node.name] = node
            elif role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
                fields[node.name] = node
            elif role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_HEADING):
                texts.append(node.name)
        except Exception:
            continue
    return buttons, fields, texts


def press(app, name):
    buttons = screen(app)[0]
    if not buttons[name].queryAction().doAction(0):
        raise SystemExit(f"FAIL: pressing {name!r} through AT-SPI returned false")


def to_suggestion_question(app, session):
    """Welcome → «Начать опрос» → «Да» on every yes/no question → the suggestion field."""
    poll("the welcome screen («Начать опрос»)", lambda: "Начать опрос" in screen(app)[0], session=session)
    press(app, "Начать опрос")
    for _ in range(40):
        buttons, fields, texts = poll("a yes/no question or the suggestion field",
                                      lambda: (lambda s: s if ("Да" in s[0] or s[1]) else None)(screen(app)),
                                      session=session)
        if "Ваши предложения" in fields:
            return fields["Ваши предложения"]
        press(app, "Да")
        # The next question reuses the same buttons: its texts (question, counter) tell it is there.
        poll("the screen after «Да»", lambda: screen(app)[2] != texts, session=session)
    raise SystemExit("FAIL: no suggestion question after 40 answers")


def descendants(pid):
    """pid and every process below it (cage → Xwayland, nok-kiosk)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def process_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except FileNotFoundError:
        return ""


def xwayland_of(runtime_dir):
    """cage's Xwayland: wlroots starts it detached (not a child of cage); it is ours by its
    XDG_RUNTIME_DIR, which no other session shares."""
    mine = f"XDG_RUNTIME_DIR={runtime_dir}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and process_name(int(entry)) == "Xwayland":
            try:
                with open(f"/proc/{entry}/environ", "rb") as f:
                    if mine in f.read().split(b"\0"):
                        found.append(int(entry))
            except (FileNotFoundError, PermissionError, ProcessLookupError):
                continue
    return found


def x_display_of(pid):
    """The DISPLAY cage gave its client: the kiosk's own environment says which Xwayland it uses."""
    with open(f"/proc/{pid}/environ", "rb") as f:
        for item in f.read().split(b"\0"):
            if item.startswith(b"DISPLAY="):
                return item[len(b"DISPLAY="):].decode()
    raise SystemExit("FAIL: nok-kiosk has no DISPLAY: it is not an X11 client of cage's Xwayland")


def main():
    work, out = sys.argv[1], sys.argv[2]
    home = os.environ["HOME"]
    runtime = os.environ["XDG_RUNTIME_DIR"]
    os.makedirs(out, exist_ok=True)

    # The kiosk user's files, as install-kiosk-session.sh lays them out; the box's own settings
    # (NOK_KIOSK_ARGS) are the demo organisation, so nothing leaves the machine.
    data = os.path.join(home, ".local/share/nok-kiosk")
    os.makedirs(data, exist_ok=True)
    os.makedirs(os.path.join(home, ".config"), exist_ok=True)
    with open(os.path.join(work, "nok-kiosk.env.example"), encoding="utf-8") as src, \
            open(os.path.join(home, ".config/nok-kiosk.env"), "w", encoding="utf-8") as dst:
        for line in src:
            if line.startswith("NOK_KIOSK_ARGS="):
                line = "NOK_KIOSK_ARGS=--demo\n"
            elif line.startswith("XDG_RUNTIME_DIR="):
                line = f"XDG_RUNTIME_DIR={runtime}\n"
            dst.write(line)

    argv, unit_env = session_unit.session_command(os.path.join(work, "nok-kiosk.service"), home)
    if INSTALLED_BINARY not in argv:
        raise SystemExit(f"FAIL: the unit's ExecStart does not run {INSTALLED_BINARY}: {argv}")
    argv = [os.path.join(work, "bin/nok-kiosk") if a == INSTALLED_BINARY else a for a in argv]
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "USER", "LANG", "XDG_RUNTIME_DIR",
                                                       "DBUS_SESSION_BUS_ADDRESS")}
    env.update(unit_env)
    # The one difference from the box: wlroots' headless backend instead of the screen and the
    # touch panel (no GPU here: pixman renders).
    env.update(WLR_BACKENDS="headless", WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1")
    print("session:", " ".join(argv))
    print("unit environment:", {k: unit_env[k] for k in sorted(unit_env)})

    log = open(os.path.join(out, "session.log"), "w")
    session = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        run(session, env, work, out)
    finally:
        # Ending the kiosk ends cage (it lives for its one client); cage is stopped only if not.
        for pid in descendants(session.pid):
            if process_name(pid) == "nok-kiosk":
                os.kill(pid, signal.SIGTERM)
        try:
            session.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        if session.poll() is None:
            os.kill(session.pid, signal.SIGTERM)
            try:
                session.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(session.pid, signal.SIGKILL)
                session.wait()
        log.close()


def run(session, env, work, out):
    kiosk_pid = poll("nok-kiosk under cage",
                     lambda: next((p for p in descendants(session.pid) if process_name(p) == "nok-kiosk"), None),
                     session=session)
    x11 = dict(env, DISPLAY=x_display_of(kiosk_pid))
    print(f"nok-kiosk (pid {kiosk_pid}) is an X11 client of cage's Xwayland {x11['DISPLAY']}")

    app = poll("nok-kiosk on the accessibility bus", find_app, session=session)
    field = to_suggestion_question(app, session)
    before = keyboard_probe.settled(x11, kiosk_pid)
    before.save_png(os.path.join(out, "1-suggestion.png"))
    if keyboard_probe.keyboard_top(before, before) is not None:
        raise SystemExit("FAIL: the keyboard is open before the field was touched")

    # The resident touches the field: the keyboard opens along the bottom edge.
    x, y, w, h = field.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    keyboard_probe.tap_until(x11, x + w // 2, y + h // 2,
                             lambda: field.getState().contains(pyatspi.STATE_FOCUSED), "focus in the field")
    shown = poll("the on-screen keyboard along the bottom of the window",
                 lambda: (lambda i: i if keyboard_probe.keyboard_top(i, before) else None)(
                     keyboard_probe.settled(x11, kiosk_pid)), session=session)
    shown.save_png(os.path.join(out, "2-keyboard.png"))
    top = keyboard_probe.keyboard_top(shown, before)
    print(f"keyboard shown: rows {top}..{shown.height} of the {shown.width}x{shown.height} window")

    # Its first key types the layout's first letter into the field: «Й» on ЙЦУКЕН.
    text = field.queryText()
    typed = keyboard_probe.tap_until(x11, *keyboard_probe.first_letter_key(shown, top),
                                     lambda: text.getText(0, -1).strip(),
                                     "letter from the keyboard's first key in the field")
    keyboard_probe.settled(x11, kiosk_pid).save_png(os.path.join(out, "3-typed.png"))
    print(f"the keyboard's first key typed {typed!r}")
    if not keyboard_probe.is_cyrillic(typed):
        raise SystemExit(f"FAIL: the on-screen keyboard is not Russian: its first key typed {typed!r}, "
                         "not «Й» (see 2-keyboard.png)")

    pids = descendants(session.pid) + xwayland_of(env["XDG_RUNTIME_DIR"])
    with open(os.path.join(work, "packages.txt"), encoding="utf-8") as f:
        packages = f.read().split()
    files, owners, outside = session_packages.check(pids, packages)
    print(f"session processes {sorted(process_name(p) for p in pids)} map {len(files)} files "
          f"from {len(set(owners.values()))} packages")
    if outside:
        raise SystemExit("FAIL: install-kiosk-session.sh does not install what these come from:\n  "
                         + "\n  ".join(outside))
    print("OK: the kiosk session starts as an unprivileged user; the Russian keyboard comes up on the "
          "suggestion question and types into it")


if __name__ == "__main__":
    main()
