#!/usr/bin/python3
"""Walks operator mode only through the AT-SPI accessibility tree, as a screen-reader or switch
user would: the hidden corner entry, the PIN pad, the name field, the menu, a phone interview
from the reading script to «Сохранить» and «Следующее интервью», the expert checklist (Есть/Нет,
photos, the file picker) and the status screen. On every screen no visible push button or text
field may be nameless, and every press goes through doAction. The interview must reach the demo
sink (--sink-log) as channel "interview" with the answers chosen.

Usage: operator_mode_atspi.py SINK_LOG   (run by run_atspi.sh under Xvfb and a D-Bus session)
"""
import json
import sys

import pyatspi

from complete_survey_atspi import find_app, poll, walk

NAMED_ROLES = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT,
               pyatspi.ROLE_PASSWORD_TEXT)


def screen(app):
    """Enabled push buttons (name → accessible), visible texts and text fields of the screen."""
    buttons, texts, fields, nameless = {}, [], [], []
    for node in walk(app, []):
        role = node.getRole()
        if role in NAMED_ROLES and not node.name.strip():
            nameless.append(node.getRoleName())
        if role == pyatspi.ROLE_PUSH_BUTTON:
            if node.getState().contains(pyatspi.STATE_ENABLED):
                buttons[node.name] = node
        elif role in (pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT):
            fields.append(node)
        elif role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_HEADING):
            texts.append(node.name)
    if nameless:
        raise SystemExit(f"FAIL: nameless {nameless} on the screen with: {texts[:3]}")
    return buttons, texts, fields


def press(app, name, until, what):
    """Presses the named button through AT-SPI, then waits for `until(texts, buttons)`."""
    buttons = poll(f"a button named {name!r}", lambda: screen(app)[0] if name in screen(app)[0] else None)
    if not buttons[name].queryAction().doAction(0):
        raise SystemExit(f"FAIL: doAction on {name!r} returned false")
    try:
        poll(what, lambda: until(screen(app)[1], screen(app)[0]))
    except SystemExit:
        buttons, texts, _ = screen(app)
        print(f"after {name!r}: buttons {sorted(buttons)}; texts {texts[:8]}", file=sys.stderr)
        raise


def press_starting(app, prefix, until, what):
    name = poll(f"a button starting with {prefix!r}",
                lambda: next((n for n in screen(app)[0] if n.startswith(prefix)), None))
    press(app, name, until, what)
    return name


def has_text(fragment):
    return lambda texts, buttons: any(fragment in t for t in texts)


def has_button(name):
    return lambda texts, buttons: name in buttons


def type_into_field(app, text):
    """Sets the text through AT-SPI's EditableText; where the bridge refuses, types it as keys
    into the focused field (what an on-screen keyboard or switch access does)."""
    field = poll("a text field", lambda: (screen(app)[2] or [None])[0])
    try:
        done = field.queryEditableText().setTextContents(text)
    except NotImplementedError:
        done = False
    if not done:
        field.queryComponent().grabFocus()
        for ch in text:
            pyatspi.Registry.generateKeyboardEvent(ord(ch) if ord(ch) < 256 else 0x1000000 + ord(ch),
                                                   None, pyatspi.KEY_SYM)
    try:
        poll("the typed name", lambda: field.queryText().getText(0, -1) == text, timeout=5)
    except SystemExit:
        print(f"name field: editable text said {done}; it holds {field.queryText().getText(0, -1)!r}",
              file=sys.stderr)
        raise


def interview(app):
    press(app, "Интервью по телефону", has_text("выберите организацию"), "the organisation picker")
    org = poll("an organisation with counts", lambda: next(
        (n for n in screen(app)[0] if "нужно для выборки" in n), None))
    org_name = org.split(". ")[0]
    print("interview organisation:", org)
    press(app, org, has_text("Варианты ответа: «Да» или «Нет»."), "the reading script")
    press(app, "Нет", has_text("вопрос 2 из 14"), "question 2")        # stand_used: no
    while "Да" in screen(app)[0]:
        before = [t for t in screen(app)[1] if t.startswith("Интервью:")]
        press(app, "Да", lambda t, b: [x for x in t if x.startswith("Интервью:")] != before, "the next question")
    for _ in range(3):  # suggestions, sex, age: optional
        before = [t for t in screen(app)[1] if t.startswith("Интервью:")]
        press(app, "Пропустить", lambda t, b: [x for x in t if x.startswith("Интервью:")] != before
              or "Сохранить" in b, "the next question")
    press(app, "Сохранить", has_text("Интервью сохранено"), "the saved screen")
    press(app, "Следующее интервью", has_text("вопрос 1 из 14"), "the next interview")
    press(app, "Прервать", has_text("выберите организацию"), "the picker again")
    press(app, "Назад", has_button("Экспертная проверка"), "the menu")
    return org_name


def expert_check(app):
    press(app, "Экспертная проверка", has_text("выберите организацию"), "the organisation picker")
    org = poll("an organisation", lambda: next((n for n in screen(app)[0] if ". Кампания: " in n), None))
    press(app, org, has_text("Проверено 0 из"), "the checklist")
    first = press_starting(app, "Есть: ", has_text("Проверено 1 из"), "the first item checked")
    print("checked through AT-SPI:", first)
    item = first[len("Есть: "):]
    second = poll("another item", lambda: next((n for n in screen(app)[0]
                                                 if n.startswith("Нет: ") and n != "Нет: " + item), None))
    press(app, second, has_text("Проверено 2 из"), "the second item checked")
    press(app, "Фото к пункту: " + item + ", прикреплено 0", has_button("Выбрать файл"), "the photo screen")
    press(app, "Выбрать файл", has_text("Выберите фото"), "the file picker")
    press(app, "Отмена", has_button("Выбрать файл"), "the photo screen again")
    press(app, "Готово", has_text("Проверено 2 из"), "the checklist again")
    # Qt 6.4 reports disabled Quick buttons as enabled to AT-SPI; a press must still do nothing.
    submit = screen(app)[0]["Сохранить и отправить"]
    submit.queryAction().doAction(0)
    poll("the checklist to stay", lambda: any(t.startswith("Не проверено: ") for t in screen(app)[1] + list(screen(app)[0])))
    if not any("Проверено 2 из" in t for t in screen(app)[1]):
        raise SystemExit("FAIL: «Сохранить и отправить» acted on an incomplete checklist")
    press(app, "Назад", has_button("Состояние и синхронизация"), "the menu")


def main():
    sink_log = sys.argv[1]
    app = poll("the nok-kiosk application on the accessibility bus", find_app)
    poll("the welcome screen", lambda: "Служебный вход" in screen(app)[0])
    press(app, "Служебный вход", has_button("Войти"), "the PIN pad")
    for digit in "2580":
        press(app, digit, has_text(f"Введено цифр:"), "a digit")
    press(app, "Войти", has_text("Кто работает с планшетом?"), "the name screen")
    # Latin letters: Xvfb's keymap has no Cyrillic keysyms for the key-event fallback.
    type_into_field(app, "Anna Petrova")
    press(app, "Продолжить", has_text("Оператор: Anna Petrova"), "the operator menu")
    print("menu buttons:", sorted(screen(app)[0]))

    org_name = interview(app)
    expert_check(app)
    press(app, "Состояние и синхронизация", has_button("Синхронизировать сейчас"), "the status screen")
    press(app, "Назад", has_button("Интервью по телефону"), "the menu")
    press(app, "Выход", has_button("Служебный вход"), "the welcome screen")

    with open(sink_log, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if len(records) != 1 or records[0].get("channel") != "interview" or records[0]["answers"].get("stand_used") != "no":
        raise SystemExit(f"FAIL: the sink got {records}, expected one interview with stand_used = no")
    print(f"OK: operator mode walked through AT-SPI; interview for {org_name!r} stored:",
          json.dumps(records[0], ensure_ascii=False)[:200])


if __name__ == "__main__":
    main()
