#!/usr/bin/env python3
"""Fills the English translations of kiosk/i18n/nok-kiosk_en.ts after `lupdate` added new
Russian source strings. Run: python3 kiosk/i18n/fill_en.py (then review the diff)."""
import re
import sys
from html import escape, unescape
from pathlib import Path

EN = {
    "Озвучить: вкл.": "Read aloud: on",
    "Озвучить: выкл.": "Read aloud: off",
    "Шрифт: обычный": "Text: normal",
    "Шрифт: крупный": "Text: large",
    "Шрифт: самый крупный": "Text: largest",
    "Контраст: высокий": "Contrast: high",
    "Контраст: обычный": "Contrast: normal",
    "Меньше на 10": "Ten less",
    "Меньше на 1": "One less",
    "Возраст: %1": "Age: %1",
    "Больше на 1": "One more",
    "Больше на 10": "Ten more",
    "Далее: мне %1": "Next: I am %1",
    "Служебный вход": "Staff entry",
    "Вы ещё здесь?": "Are you still there?",
    "Если Вы не ответите, опрос закончится, а ответы будут удалены.":
        "If you do not answer, the survey will end and your answers will be deleted.",
    "Да, продолжить": "Yes, continue",
    "Закончить и удалить ответы": "Stop and delete my answers",
    "Опрос о качестве услуг": "Survey on the quality of services",
    "выбрано ранее": "chosen before",
    "Служебный вход: введите PIN": "Staff entry: enter the PIN",
    "Введено цифр: %1": "Digits entered: %1",
    "Неверный PIN": "Wrong PIN",
    "Стереть": "Clear",
    "Войти": "Enter",
    "Отмена": "Cancel",
    "Варианты ответа: %1.": "Answers: %1.",
    "Этот вопрос можно пропустить.": "You may skip this question.",
    "Вопрос %1 из %2": "Question %1 of %2",
    "Назад": "Back",
    "Пропустить": "Skip",
    "Проверьте ответы": "Check your answers",
    "пропущено": "skipped",
    "Отправить": "Send",
    "Состояние киоска": "Kiosk status",
    "Устройство: %1": "Device: %1",
    "не подключено": "not enrolled",
    "Организация: %1": "Organisation: %1",
    "Ожидают отправки: %1": "Waiting to be sent: %1",
    "Отклонены сервером: %1": "Rejected by the server: %1",
    "Последняя синхронизация: %1": "Last sync: %1",
    "не было": "never",
    "Последняя ошибка: %1": "Last error: %1",
    "нет": "none",
    "Синхронизировать сейчас": "Synchronise now",
    "Код подключения": "Enrolment code",
    "Подключить": "Enrol",
    "Киоск подключён.": "The kiosk is enrolled.",
    "Не удалось подключить: %1": "Enrolment failed: %1",
    "Выход": "Exit",
    "Не пишите имён и телефонов: анкета анонимная.":
        "Please do not write names or phone numbers: the survey is anonymous.",
    "Напишите здесь, если хотите": "Write here if you wish",
    "Ваши предложения": "Your suggestions",
    "Слишком длинный текст: не больше %1 знаков.": "The text is too long: at most %1 characters.",
    "Далее": "Next",
    "Спасибо!": "Thank you!",
    "Ваши ответы сохранены. Они помогут сделать услуги лучше.":
        "Your answers are saved. They will help to make the services better.",
    "На главный экран": "Back to the start",
    "Оцените, пожалуйста, качество услуг": "Please rate the quality of the services",
    "Анонимный опрос: 15 вопросов «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.":
        "An anonymous survey: 15 yes-or-no questions. Your name is not needed. Take your time.",
    "Начать опрос": "Start the survey",
    "Введите код подключения": "Enter the enrolment code",
    "Введите число": "Enter a number",
    # Operator mode models (C++: kiosk/ui)
    "Баллы за время ожидания — от 0 до 100 (или не оценивается)":
        "Waiting-time points are 0 to 100 (or not assessed)",
    "Введите имя оператора перед проверкой пунктов": "Enter the operator's name before checking items",
    "Заметка длиннее %1 знаков (%2); сократите её": "The note is longer than %1 characters (%2); shorten it",
    "К пункту можно приложить не больше %1 фото": "At most %1 photos can be attached to an item",
    "Не проверен пункт %1 «%2»; отметьте, есть он или нет":
        "Item %1 “%2” is not checked; mark whether it is present or not",
    "Не удаётся открыть файл «%1»": "Cannot open the file “%1”",
    "Не удаётся прочитать файл «%1»: %2": "Cannot read the file “%1”: %2",
    "Не удаётся сохранить снимок как JPEG": "Cannot save the picture as JPEG",
    "Нет пункта с номером %1": "There is no item number %1",
    "Проверка не сохранена: %1": "The check is not saved: %1",
    "Режим оператора недоступен на этом устройстве": "Operator mode is not available on this device",
    "Снимок больше 6 МБ; уменьшите разрешение камеры": "The picture is larger than 6 MB; lower the camera resolution",
    "Снимок пуст; сделайте фото ещё раз": "The picture is empty; take the photo again",
    "У пункта нет такого фото": "The item has no such photo",
    "Устройство не подключено к организации «%1»": "This device is not enrolled for the organisation “%1”",
    "Устройство не подключено к организации «%1»: интервью для неё не записываются":
        "This device is not enrolled for the organisation “%1”: interviews for it are not recorded",
    "Файл «%1» больше 6 МБ; выберите фото меньшего размера": "The file “%1” is larger than 6 MB; choose a smaller photo",
    "Файл «%1» не фотография JPEG или PNG": "The file “%1” is not a JPEG or PNG photo",
    "Фото можно взять только из файла на этом устройстве: %1": "Photos can only come from a file on this device: %1",
    "Фото не сохранено: %1": "The photo is not saved: %1",
    "Чек-лист не открыт: выберите организацию": "No checklist is open: choose an organisation",
    "Черновик не прочитан: %1": "The draft could not be read: %1",
    "Черновик не сохранён: %1": "The draft is not saved: %1",
    "Черновик не удалён: %1": "The draft is not deleted: %1",
    "Это фото уже приложено к пункту": "This photo is already attached to the item",
}
NUMERUS = {
    "Спасибо, предыдущий ответ сохранён. Опрос можно будет начать через %n с.":
        ("Thank you, the previous answer is saved. The survey can start in %n second.",
         "Thank you, the previous answer is saved. The survey can start in %n seconds."),
}

path = Path(__file__).with_name("nok-kiosk_en.ts")
text = path.read_text(encoding="utf-8")
missing = []


def fill(match):
    source = unescape(match.group(2))
    if source in NUMERUS:
        forms = "".join(f"<numerusform>{escape(f, quote=False)}</numerusform>" for f in NUMERUS[source])
        return f"{match.group(1)}<translation>{forms}</translation>"
    if source in EN:
        return f"{match.group(1)}<translation>{escape(EN[source], quote=False)}</translation>"
    missing.append(source)
    return match.group(0)


pattern = re.compile(r'(<message(?: numerus="yes")?>\s*<source>(.*?)</source>\s*)<translation[^>]*>.*?</translation>', re.S)
text = pattern.sub(fill, text)
path.write_text(text, encoding="utf-8")
if missing:
    print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
