#!/usr/bin/env python3
"""Fills the English translations of kiosk/i18n/nok-kiosk_en.ts after `lupdate` added new
Russian source strings. Run: python3 kiosk/i18n/fill_en.py (then review the diff)."""
import re
import sys
from html import escape, unescape
from pathlib import Path

EN = {
    # Storage problems as people read them (issue 13, point 9)
    "Память устройства заполнена. Сообщите сотруднику: устройству нужна синхронизация или свободное место.":
        "The device's storage is full. Tell a member of staff: the device needs to sync or to free some space.",
    "Устройство не может записывать данные. Сообщите сотруднику: нужна проверка устройства.":
        "The device cannot write data. Tell a member of staff: the device needs checking.",
    "Хранилище ответов повреждено. Сообщите сотруднику: нужна проверка устройства, ранее сохранённые ответы не удаляйте.":
        "The answer store is damaged. Tell a member of staff: the device needs checking; do not delete the answers saved before.",
    "Устройство занято. Подождите несколько секунд и попробуйте ещё раз.":
        "The device is busy. Wait a few seconds and try again.",
    "Устройство не смогло прочитать или записать данные. Попробуйте ещё раз; если не получится, сообщите сотруднику.":
        "The device could not read or write data. Try again; if it does not work, tell a member of staff.",
    "Устройство ещё не подключено к серверу. Сообщите сотруднику.":
        "The device is not connected to the server yet. Tell a member of staff.",
    "Предыдущий ответ сохранён только что. Подождите немного и попробуйте ещё раз.":
        "The previous answer was saved a moment ago. Wait a little and try again.",
    "Устройство не подключено для этой организации. Сообщите сотруднику.":
        "The device is not connected for this organisation. Tell a member of staff.",
    "Это не фотография в формате JPEG или PNG.": "This is not a JPEG or PNG photo.",
    "Фотография больше 6 МБ: сделайте снимок поменьше.":
        "The photo is larger than 6 MB: take a smaller picture.",
    "Попробуйте ещё раз; если не получится, сообщите сотруднику.":
        "Try again; if it does not work, tell a member of staff.",
    "Черновик не сохранён.": "The draft was not saved.",
    "Черновик не прочитан.": "The draft could not be read.",
    "Фото не сохранено.": "The photo was not saved.",
    "Проверка не сохранена.": "The check was not saved.",
    "Черновик не удалён.": "The draft was not deleted.",
    "Ответ не сохранён.": "The answer was not saved.",
    # Layout (issue 12): scroll bar, missing photo folder
    "Прокрутка": "Scroll",
    "Этой папки на планшете нет. Вставьте флешку или выберите другое место.":
        "This folder is not on the tablet. Insert a memory stick or choose another place.",
    "Озвучить: вкл.": "Read aloud: on",
    "Озвучить: выкл.": "Read aloud: off",
    "Шрифт: обычный": "Text: normal",
    "Шрифт: крупный": "Text: large",
    "Шрифт: самый крупный": "Text: largest",
    "Контраст: высокий": "Contrast: high",
    "Контраст: обычный": "Contrast: normal",
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
    "Анонимный опрос: от %1 до %2 вопросов, почти все с ответом «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.":
        "An anonymous survey: %1 to %2 questions, nearly all answered “Yes” or “No”. Your name is not needed. Take your time.",
    "Чтобы начать, нажмите «Начать опрос».": "To begin, press “Start the survey”.",
    # Keys, audio mode and the flow (issue 12): age picker, «Выйти», review edits
    "Возраст от %1 до %2": "Age %1 to %2",
    "%1 лет": "%1 years",
    "выбрано": "chosen",
    "Другие годы": "Other years",
    "Выбрать другое десятилетие": "Choose another decade",
    "Далее": "Next",
    "Повторить": "Repeat",
    "Прочитать вопрос ещё раз": "Read the question again",
    "Темп: медленнее": "Pace: slower",
    "Темп: обычный": "Pace: normal",
    "Выйти из опроса?": "Leave the survey?",
    "Ваши ответы не будут сохранены: они будут удалены.": "Your answers will not be saved: they will be deleted.",
    "Вернуться к опросу": "Back to the survey",
    "Выйти без сохранения": "Leave without saving",
    "Осталось секунд: %1. Чтобы продолжить, нажмите «Да, продолжить».":
        "Seconds left: %1. To go on, press “Yes, continue”.",
    "Клавиши: стрелки или Tab — перейти к кнопке, Ввод или пробел — нажать, F1 — прочитать экран ещё раз, F2 — включить или выключить озвучивание.":
        "Keys: arrows or Tab move to a button, Enter or Space press it, F1 reads the screen again, F2 turns reading aloud on or off.",
    "Вопрос %1 из %2.": "Question %1 of %2.",
    "Ваш ответ: %1.": "Your answer: %1.",
    "Вопрос пропущен.": "Question skipped.",
    "Измените ответ: после него Вы вернётесь к проверке ответов.":
        "Change the answer: afterwards you return to checking your answers.",
    "Выйти": "Leave",
    "Выйти из опроса без сохранения ответов": "Leave the survey without saving the answers",
    "Ответ: %1.": "Answer: %1.",
    "Проверьте ответы.": "Check your answers.",
    "Чтобы изменить ответ, выберите его. Чтобы сохранить, нажмите «%1».":
        "To change an answer, choose it. To save, press “%1”.",
    "Изменить ответ: %1 — %2": "Change the answer: %1 — %2",
    "Готово": "Done",
    "Начать опрос": "Start the survey",
    "Введите код подключения": "Enter the enrolment code",
    "Введите число": "Enter a number",
    # Operator mode (qml/Operator, qml/Interview, qml/Expert)
    " или ": " or ",
    "Анна Петрова": "Anna Petrova",
    "Баллы за ожидание: больше на 1": "Waiting points: one more",
    "Баллы за ожидание: больше на 10": "Waiting points: ten more",
    "Баллы за ожидание: меньше на 1": "Waiting points: one less",
    "Баллы за ожидание: меньше на 10": "Waiting points: ten less",
    "В меню оператора": "Operator menu",
    "Введите имя и фамилию": "Enter your first and last name",
    "Время ожидания: %1 из 100 баллов": "Waiting time: %1 of 100 points",
    "Время ожидания: не оценивается": "Waiting time: not assessed",
    "Выберите фото": "Choose a photo",
    "Выбрать файл": "Choose a file",
    "Готово": "Done",
    "Есть": "Present",
    "Есть: %1": "Present: %1",
    "Здесь нет фото (JPEG или PNG). Вставьте флешку или выберите другое место.": "No photos here (JPEG or PNG). Insert a memory stick or choose another place.",
    "Изображения": "Pictures",
    "Имя и фамилия оператора": "Operator's first and last name",
    "Имя попадёт только в экспертную проверку. В ответы интервью оно не записывается.": "The name goes only into expert checks. It is never written into interview answers.",
    "Имя слишком длинное: не больше 100 знаков": "The name is too long: at most 100 characters",
    "Интервью по телефону": "Phone interview",
    "Интервью по телефону: выберите организацию": "Phone interview: choose the organisation",
    "Интервью сохранено": "Interview saved",
    "Интервью: %1 · вопрос %2 из %3": "Interview: %1 · question %2 of %3",
    "Кампания: %1": "Campaign: %1",
    "Кто работает с планшетом?": "Who is using the tablet?",
    "На этот вопрос можно не отвечать.": "This question may be left unanswered.",
    "Не оценивать": "Do not assess",
    "Не проверено: %1": "Not checked: %1",
    "Нет": "Absent",
    "Нет: %1": "Absent: %1",
    "Оператор: %1": "Operator: %1",
    "Основание: %1": "Basis: %1",
    "Отметки сохранены как черновик": "The marks are saved as a draft",
    "Папка %1": "Folder %1",
    "Папка выше": "Up one folder",
    "Планшет не подключён ни к одной организации. Подключите его в разделе «Состояние и синхронизация».": "The tablet is not enrolled for any organisation. Enrol it under “Status and sync”.",
    "Поблагодарите собеседника и завершите звонок.": "Thank the person and end the call.",
    "Прервать": "Abort",
    "Прикреплено фото: %1 из 10": "Photos attached: %1 of 10",
    "Примечание": "Note",
    "Примечание: %1": "Note: %1",
    "Проверено %1 из %2": "Checked %1 of %2",
    "Продолжить": "Continue",
    "Прочитайте вслух. Перед первым вопросом скажите: опрос анонимный, имя и телефон не записываются.": "Read aloud. Before the first question say: the survey is anonymous, no name or phone number is recorded.",
    "Прочитайте вслух:": "Read aloud:",
    "Сегодня: %1 · на планшете: %2 · %3": "Today: %1 · on this tablet: %2 · %3",
    "Следующее интервью": "Next interview",
    "Служебный режим": "Operator mode",
    "Снимок не получился: %1": "The photo failed: %1",
    "Снять": "Shoot",
    "Состояние и синхронизация": "Status and sync",
    "Сохранить и отправить": "Save and send",
    "Сохранить": "Save",
    "Сфотографировать": "Take a photo",
    "Съёмные диски": "Removable drives",
    "Удалить фото %1": "Remove photo %1",
    "Удалить": "Remove",
    "Флешки и карты памяти": "Memory sticks and cards",
    "Фото %1": "Photo %1",
    "Фото к пункту: %1, прикреплено %2": "Photos for: %1, %2 attached",
    "Фото пока нет. Можно добавить до 10.": "No photos yet. Up to 10 can be added.",
    "Фото": "Photos",
    "Фото: %1": "Photos: %1",
    "Экспертная проверка": "Expert check",
    "Экспертная проверка: %1": "Expert check: %1",
    "Недоступно, пока не отмечены все пункты": "Not available until every item is marked",
    "Экспертные проверки: ждут %1, отклонены %2, фото ждут %3":
        "Expert checks: %1 waiting, %2 rejected, photos waiting %3",
    "Интервью и экспертная проверка в этой сборке киоска недоступны.":
        "Interviews and expert checks are not available in this build of the kiosk.",
    "Экспертная проверка «%1» сохранена и будет отправлена при синхронизации.":
        "The expert check of “%1” is saved and will be sent at the next sync.",
    "Экспертная проверка: выберите организацию": "Expert check: choose the organisation",
    "нужно для выборки: %1 · осталось: %2": "needed for the sample: %1 · remaining: %2",
    "нужно для выборки: неизвестно (нет числа получателей)": "needed for the sample: unknown (no number of recipients)",
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


# lupdate writes <location/> lines between <message> and <source> (the default -locations).
pattern = re.compile(r'(<message(?: numerus="yes")?>\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>\s*)<translation[^>]*>.*?</translation>', re.S)
text = pattern.sub(fill, text)
path.write_text(text, encoding="utf-8")
if missing:
    print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
