<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Озвучить: вкл.</source>
        <translation>Read aloud: on</translation>
    </message>
    <message>
        <source>Озвучить: выкл.</source>
        <translation>Read aloud: off</translation>
    </message>
    <message>
        <source>Шрифт: обычный</source>
        <translation>Text: normal</translation>
    </message>
    <message>
        <source>Шрифт: крупный</source>
        <translation>Text: large</translation>
    </message>
    <message>
        <source>Шрифт: самый крупный</source>
        <translation>Text: largest</translation>
    </message>
    <message>
        <source>Контраст: высокий</source>
        <translation>Contrast: high</translation>
    </message>
    <message>
        <source>Контраст: обычный</source>
        <translation>Contrast: normal</translation>
    </message>
</context>
<context>
    <name>AgePicker</name>
    <message>
        <source>Меньше на 10</source>
        <translation>Ten less</translation>
    </message>
    <message>
        <source>Меньше на 1</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>Возраст: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <source>Больше на 1</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>Больше на 10</source>
        <translation>Ten more</translation>
    </message>
    <message>
        <source>Далее: мне %1</source>
        <translation>Next: I am %1</translation>
    </message>
</context>
<context>
    <name>CornerHotspot</name>
    <message>
        <source>Служебный вход</source>
        <translation>Staff entry</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Вы ещё здесь?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Если Вы не ответите, опрос закончится, а ответы будут удалены.</source>
        <translation>If you do not answer, the survey will end and your answers will be deleted.</translation>
    </message>
    <message>
        <source>Да, продолжить</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <source>Закончить и удалить ответы</source>
        <translation>Stop and delete my answers</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Опрос о качестве услуг</source>
        <translation>Survey on the quality of services</translation>
    </message>
</context>
<context>
    <name>OptionButtons</name>
    <message>
        <source>выбрано ранее</source>
        <translation>chosen before</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Служебный вход: введите PIN</source>
        <translation>Staff entry: enter the PIN</translation>
    </message>
    <message>
        <source>Введено цифр: %1</source>
        <translation>Digits entered: %1</translation>
    </message>
    <message>
        <source>Неверный PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Стереть</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Войти</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Варианты ответа: %1.</source>
        <translation>Answers: %1.</translation>
    </message>
    <message>
        <source>Этот вопрос можно пропустить.</source>
        <translation>You may skip this question.</translation>
    </message>
    <message>
        <source>Вопрос %1 из %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Пропустить</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Проверьте ответы</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>пропущено</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Отправить</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Состояние киоска</source>
        <translation>Kiosk status</translation>
    </message>
    <message>
        <source>Устройство: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>не подключено</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>Организация: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Ожидают отправки: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Отклонены сервером: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>Последняя синхронизация: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>не было</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Последняя ошибка: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Синхронизировать сейчас</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Код подключения</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Подключить</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Киоск подключён.</source>
        <translation>The kiosk is enrolled.</translation>
    </message>
    <message>
        <source>Не удалось подключить: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
    <message>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>SuggestionInput</name>
    <message>
        <source>Не пишите имён и телефонов: анкета анонимная.</source>
        <translation>Please do not write names or phone numbers: the survey is anonymous.</translation>
    </message>
    <message>
        <source>Напишите здесь, если хотите</source>
        <translation>Write here if you wish</translation>
    </message>
    <message>
        <source>Ваши предложения</source>
        <translation>Your suggestions</translation>
    </message>
    <message>
        <source>Слишком длинный текст: не больше %1 знаков.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Далее</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Спасибо!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Ваши ответы сохранены. Они помогут сделать услуги лучше.</source>
        <translation>Your answers are saved. They will help to make the services better.</translation>
    </message>
    <message>
        <source>На главный экран</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Оцените, пожалуйста, качество услуг</source>
        <translation>Please rate the quality of the services</translation>
    </message>
    <message>
        <source>Анонимный опрос: 15 вопросов «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.</source>
        <translation>An anonymous survey: 15 yes-or-no questions. Your name is not needed. Take your time.</translation>
    </message>
    <message>
        <source>Начать опрос</source>
        <translation>Start the survey</translation>
    </message>
    <message numerus="yes">
        <source>Спасибо, предыдущий ответ сохранён. Опрос можно будет начать через %n с.</source>
        <translation><numerusform>Thank you, the previous answer is saved. The survey can start in %n second.</numerusform><numerusform>Thank you, the previous answer is saved. The survey can start in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>nok::kiosk::KioskStatusModel</name>
    <message>
        <source>Введите код подключения</source>
        <translation>Enter the enrolment code</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::SurveySession</name>
    <message>
        <source>Введите число</source>
        <translation>Enter a number</translation>
    </message>
</context>
</TS>
