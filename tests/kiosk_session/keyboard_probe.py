"""What the resident sees and does at the suggestion question, measured on the kiosk's window:
the on-screen keyboard (Qt Virtual Keyboard's dark panel along the bottom edge), a tap on it
through Xwayland (XTEST), and the letter that lands in the field."""
import subprocess
import time

import window_image

DARK = 90  # the keyboard panel's background and keys are dark; the survey page is light


def _dark(pixel):
    return max(pixel) < DARK


def keyboard_top(image, before):
    """The top row of the keyboard panel (None if there is none): a dark band rising from the
    bottom edge, at least a quarter of the window high, where the page was light before."""
    x = 3  # the panel's margin left of the first key
    y = image.height - 1
    while y >= 0 and _dark(image.pixel(x, y)):
        y -= 1
    top = y + 1
    if image.height - top < image.height // 4:
        return None
    light_before = sum(not _dark(before.pixel(x, row)) for row in range(top, image.height))
    if light_before < (image.height - top) // 2:
        return None
    return top


def settled(x11, pid, timeout=10):
    """A screenshot of the window once two in a row are equal (page transitions have ended)."""
    end = time.monotonic() + timeout
    last = window_image.grab(x11, pid)
    while time.monotonic() < end:
        time.sleep(0.2)
        image = window_image.grab(x11, pid)
        if image.rgb == last.rgb:
            return image
        last = image
    raise SystemExit("FAIL: the kiosk's window kept changing for 10 s")


def tap(x11, x, y):
    """A finger's tap as Xwayland hands it to an X11 client: pointer motion and a click (XTEST)."""
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"],
                   env=x11, check=True, timeout=10)


def tap_until(x11, x, y, took_effect, what, wait_s=3, tries=3):
    """Taps (x, y) until took_effect() is true, as a resident taps again when nothing happens.
    On the headless session about one run in four lost the first synthetic click on the field
    (the window active, the pointer on the field, no focus for 20 s); the next click, at the same
    spot, always arrived. Prints how many taps it took; fails if none of them took effect."""
    tap(x11, x, y)
    for attempt in range(1, tries + 1):
        end = time.monotonic() + wait_s
        while time.monotonic() < end:
            value = took_effect()
            if value:
                if attempt > 1:
                    print(f"note: {what} after tap {attempt} (the earlier synthetic click was lost)")
                return value
            time.sleep(0.1)
        if attempt < tries:
            # The pointer is already there: a bare click (mousemove --sync would wait for a move).
            subprocess.run(["xdotool", "click", "1"], env=x11, check=True, timeout=10)
    raise SystemExit(f"FAIL: {tries} taps at ({x}, {y}) and still no {what}")


def first_letter_key(image, top):
    """The centre of the keyboard's first key (top row, left end): «Й» on Russian ЙЦУКЕН, «Q» on
    an English layout. Four rows of keys share the panel's height."""
    return 30, top + (image.height - top) // 8


def is_cyrillic(text):
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
