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
        <source>Возраст от %1 до %2</source>
        <translation>Age %1 to %2</translation>
    </message>
    <message>
        <source>%1 лет</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>выбрано</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>Другие годы</source>
        <translation>Other years</translation>
    </message>
    <message>
        <source>Выбрать другое десятилетие</source>
        <translation>Choose another decade</translation>
    </message>
    <message>
        <source>Далее: мне %1</source>
        <translation>Next: I am %1</translation>
    </message>
    <message>
        <source>Далее</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>AudioBar</name>
    <message>
        <source>Повторить</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Прочитать вопрос ещё раз</source>
        <translation>Read the question again</translation>
    </message>
    <message>
        <source>Темп: медленнее</source>
        <translation>Pace: slower</translation>
    </message>
    <message>
        <source>Темп: обычный</source>
        <translation>Pace: normal</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Снимок не получился: %1</source>
        <translation>The photo failed: %1</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Снять</source>
        <translation>Shoot</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>Основание: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Есть</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Есть: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <source>Нет</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Нет: %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Примечание: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Фото: %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <source>Фото</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Фото к пункту: %1, прикреплено %2</source>
        <translation>Photos for: %1, %2 attached</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Экспертная проверка: %1</source>
        <translation>Expert check: %1</translation>
    </message>
    <message>
        <source>Проверено %1 из %2</source>
        <translation>Checked %1 of %2</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Отметки сохранены как черновик</source>
        <translation>The marks are saved as a draft</translation>
    </message>
    <message>
        <source>Не проверено: %1</source>
        <translation>Not checked: %1</translation>
    </message>
    <message>
        <source>Сохранить и отправить</source>
        <translation>Save and send</translation>
    </message>
    <message>
        <source>Недоступно, пока не отмечены все пункты</source>
        <translation>Not available until every item is marked</translation>
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
    <name>EvidenceFile</name>
    <message>
        <source>Фото можно взять только из файла на этом устройстве: %1</source>
        <translation>Photos can only come from a file on this device: %1</translation>
    </message>
    <message>
        <source>Не удаётся открыть файл «%1»</source>
        <translation>Cannot open the file “%1”</translation>
    </message>
    <message>
        <source>Не удаётся прочитать файл «%1»: %2</source>
        <translation>Cannot read the file “%1”: %2</translation>
    </message>
    <message>
        <source>Файл «%1» больше 6 МБ; выберите фото меньшего размера</source>
        <translation>The file “%1” is larger than 6 MB; choose a smaller photo</translation>
    </message>
    <message>
        <source>Файл «%1» не фотография JPEG или PNG</source>
        <translation>The file “%1” is not a JPEG or PNG photo</translation>
    </message>
    <message>
        <source>Снимок пуст; сделайте фото ещё раз</source>
        <translation>The picture is empty; take the photo again</translation>
    </message>
    <message>
        <source>Не удаётся сохранить снимок как JPEG</source>
        <translation>Cannot save the picture as JPEG</translation>
    </message>
    <message>
        <source>Снимок больше 6 МБ; уменьшите разрешение камеры</source>
        <translation>The picture is larger than 6 MB; lower the camera resolution</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Фото: %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <source>Фото пока нет. Можно добавить до 10.</source>
        <translation>No photos yet. Up to 10 can be added.</translation>
    </message>
    <message>
        <source>Прикреплено фото: %1 из 10</source>
        <translation>Photos attached: %1 of 10</translation>
    </message>
    <message>
        <source>Фото %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Удалить фото %1</source>
        <translation>Remove photo %1</translation>
    </message>
    <message>
        <source>Сфотографировать</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Выбрать файл</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Готово</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ExitPrompt</name>
    <message>
        <source>Выйти из опроса?</source>
        <translation>Leave the survey?</translation>
    </message>
    <message>
        <source>Ваши ответы не будут сохранены: они будут удалены.</source>
        <translation>Your answers will not be saved: they will be deleted.</translation>
    </message>
    <message>
        <source>Вернуться к опросу</source>
        <translation>Back to the survey</translation>
    </message>
    <message>
        <source>Выйти без сохранения</source>
        <translation>Leave without saving</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Изображения</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Флешки и карты памяти</source>
        <translation>Memory sticks and cards</translation>
    </message>
    <message>
        <source>Съёмные диски</source>
        <translation>Removable drives</translation>
    </message>
    <message>
        <source>Выберите фото</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Папка %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <source>Фото %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Здесь нет фото (JPEG или PNG). Вставьте флешку или выберите другое место.</source>
        <translation>No photos here (JPEG or PNG). Insert a memory stick or choose another place.</translation>
    </message>
    <message>
        <source>Папка выше</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Этой папки на планшете нет. Вставьте флешку или выберите другое место.</source>
        <translation>This folder is not on the tablet. Insert a memory stick or choose another place.</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Осталось секунд: %1. Чтобы продолжить, нажмите «Да, продолжить».</source>
        <translation>Seconds left: %1. To go on, press “Yes, continue”.</translation>
    </message>
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
    <name>KeyCommands</name>
    <message>
        <source>Клавиши: стрелки или Tab — перейти к кнопке, Ввод или пробел — нажать, F1 — прочитать экран ещё раз, F2 — включить или выключить озвучивание.</source>
        <translation>Keys: arrows or Tab move to a button, Enter or Space press it, F1 reads the screen again, F2 turns reading aloud on or off.</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <source>Прокрутка</source>
        <translation>Scroll</translation>
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
    <name>MenuPage</name>
    <message>
        <source>Служебный режим</source>
        <translation>Operator mode</translation>
    </message>
    <message>
        <source>Оператор: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Интервью и экспертная проверка в этой сборке киоска недоступны.</source>
        <translation>Interviews and expert checks are not available in this build of the kiosk.</translation>
    </message>
    <message>
        <source>Интервью по телефону</source>
        <translation>Phone interview</translation>
    </message>
    <message>
        <source>Экспертная проверка</source>
        <translation>Expert check</translation>
    </message>
    <message>
        <source>Состояние и синхронизация</source>
        <translation>Status and sync</translation>
    </message>
    <message>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Введите имя и фамилию</source>
        <translation>Enter your first and last name</translation>
    </message>
    <message>
        <source>Имя слишком длинное: не больше 100 знаков</source>
        <translation>The name is too long: at most 100 characters</translation>
    </message>
    <message>
        <source>Кто работает с планшетом?</source>
        <translation>Who is using the tablet?</translation>
    </message>
    <message>
        <source>Имя попадёт только в экспертную проверку. В ответы интервью оно не записывается.</source>
        <translation>The name goes only into expert checks. It is never written into interview answers.</translation>
    </message>
    <message>
        <source>Имя и фамилия оператора</source>
        <translation>Operator&apos;s first and last name</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Продолжить</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>OperatorFlow</name>
    <message>
        <source>нужно для выборки: %1 · осталось: %2</source>
        <translation>needed for the sample: %1 · remaining: %2</translation>
    </message>
    <message>
        <source>нужно для выборки: неизвестно (нет числа получателей)</source>
        <translation>needed for the sample: unknown (no number of recipients)</translation>
    </message>
    <message>
        <source>Сегодня: %1 · на планшете: %2 · %3</source>
        <translation>Today: %1 · on this tablet: %2 · %3</translation>
    </message>
    <message>
        <source>Кампания: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Экспертная проверка «%1» сохранена и будет отправлена при синхронизации.</source>
        <translation>The expert check of “%1” is saved and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Интервью по телефону: выберите организацию</source>
        <translation>Phone interview: choose the organisation</translation>
    </message>
    <message>
        <source>Экспертная проверка: выберите организацию</source>
        <translation>Expert check: choose the organisation</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
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
    <name>OrgPickerPage</name>
    <message>
        <source>Планшет не подключён ни к одной организации. Подключите его в разделе «Состояние и синхронизация».</source>
        <translation>The tablet is not enrolled for any organisation. Enrol it under “Status and sync”.</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
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
        <source>Вопрос %1 из %2.</source>
        <translation>Question %1 of %2.</translation>
    </message>
    <message>
        <source>Варианты ответа: %1.</source>
        <translation>Answers: %1.</translation>
    </message>
    <message>
        <source>Этот вопрос можно пропустить.</source>
        <translation>You may skip this question.</translation>
    </message>
    <message>
        <source>Ваш ответ: %1.</source>
        <translation>Your answer: %1.</translation>
    </message>
    <message>
        <source>Вопрос пропущен.</source>
        <translation>Question skipped.</translation>
    </message>
    <message>
        <source>Измените ответ: после него Вы вернётесь к проверке ответов.</source>
        <translation>Change the answer: afterwards you return to checking your answers.</translation>
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
        <source>Выйти</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Выйти из опроса без сохранения ответов</source>
        <translation>Leave the survey without saving the answers</translation>
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
        <source>Ответ: %1.</source>
        <translation>Answer: %1.</translation>
    </message>
    <message>
        <source>Проверьте ответы.</source>
        <translation>Check your answers.</translation>
    </message>
    <message>
        <source>Чтобы изменить ответ, выберите его. Чтобы сохранить, нажмите «%1».</source>
        <translation>To change an answer, choose it. To save, press “%1”.</translation>
    </message>
    <message>
        <source>Изменить ответ: %1 — %2</source>
        <translation>Change the answer: %1 — %2</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Выйти из опроса без сохранения ответов</source>
        <translation>Leave the survey without saving the answers</translation>
    </message>
    <message>
        <source>Отправить</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <source>Интервью сохранено</source>
        <translation>Interview saved</translation>
    </message>
    <message>
        <source>Поблагодарите собеседника и завершите звонок.</source>
        <translation>Thank the person and end the call.</translation>
    </message>
    <message>
        <source>Следующее интервью</source>
        <translation>Next interview</translation>
    </message>
    <message>
        <source>В меню оператора</source>
        <translation>Operator menu</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Анна Петрова</source>
        <translation>Anna Petrova</translation>
    </message>
    <message>
        <source>Изображения</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>Флешки и карты памяти</source>
        <translation>Memory sticks and cards</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <source>Варианты ответа: %1.</source>
        <translation>Answers: %1.</translation>
    </message>
    <message>
        <source>На этот вопрос можно не отвечать.</source>
        <translation>This question may be left unanswered.</translation>
    </message>
    <message>
        <source>Интервью: %1 · вопрос %2 из %3</source>
        <translation>Interview: %1 · question %2 of %3</translation>
    </message>
    <message>
        <source>Прочитайте вслух. Перед первым вопросом скажите: опрос анонимный, имя и телефон не записываются.</source>
        <translation>Read aloud. Before the first question say: the survey is anonymous, no name or phone number is recorded.</translation>
    </message>
    <message>
        <source>Прочитайте вслух:</source>
        <translation>Read aloud:</translation>
    </message>
    <message>
        <source> или </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Прервать</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Пропустить</source>
        <translation>Skip</translation>
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
        <source>Экспертные проверки: ждут %1, отклонены %2, фото ждут %3</source>
        <translation>Expert checks: %1 waiting, %2 rejected, photos waiting %3</translation>
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
        <source>Подробности для техника: %1</source>
        <translation>Details for a technician: %1</translation>
    </message>
    <message>
        <source>Синхронизировать сейчас</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Назад</source>
        <translation>Back</translation>
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
        <source>Готово</source>
        <translation>Done</translation>
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
    <name>SyncErrorText</name>
    <message>
        <source>Нет связи с сервером. Ответы сохранены в киоске; он повторит отправку сам, когда появится сеть.</source>
        <translation>No connection to the server. The responses are kept on the kiosk; it will send them again by itself when the network is back.</translation>
    </message>
    <message>
        <source>Сервер временно не работает. Ответы сохранены в киоске; он повторит отправку позже.</source>
        <translation>The server is temporarily down. The responses are kept on the kiosk; it will send them again later.</translation>
    </message>
    <message>
        <source>Сервер не принимает этот киоск (его отключили или удалили). Ответы сохранены; подключите киоск заново кодом от администратора.</source>
        <translation>The server does not accept this kiosk (it was disconnected or removed). The responses are kept; enrol the kiosk again with a code from the administrator.</translation>
    </message>
    <message>
        <source>Ответ сервера не прошёл проверку подписи. Из киоска ничего не удалено; сообщите администратору.</source>
        <translation>The server&apos;s answer failed the signature check. Nothing was removed from the kiosk; tell the administrator.</translation>
    </message>
    <message>
        <source>Ошибка памяти киоска. Сообщите технику.</source>
        <translation>The kiosk&apos;s storage failed. Tell a technician.</translation>
    </message>
    <message>
        <source>Демонстрационный режим: сервера нет, ответы никуда не отправляются.</source>
        <translation>Demo mode: there is no server, responses are not sent anywhere.</translation>
    </message>
    <message>
        <source>Синхронизация не удалась. Ответы сохранены в киоске; он повторит отправку сам.</source>
        <translation>Sync failed. The responses are kept on the kiosk; it will send them again by itself.</translation>
    </message>
    <message>
        <source>Сервер не принял код: он неверный, уже использован или истёк. Попросите у администратора новый.</source>
        <translation>The server did not accept the code: it is wrong, already used or expired. Ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>Адрес сервера в настройках киоска неверный. Сообщите технику.</source>
        <translation>The server address in the kiosk&apos;s settings is wrong. Tell a technician.</translation>
    </message>
    <message>
        <source>Нет связи с сервером. Проверьте сеть и попробуйте ещё раз.</source>
        <translation>No connection to the server. Check the network and try again.</translation>
    </message>
    <message>
        <source>В демонстрационном режиме киоск не подключается к серверу.</source>
        <translation>A kiosk in demo mode does not enrol with a server.</translation>
    </message>
    <message>
        <source>В киоске есть неотправленные ответы для прежнего сервера. Сначала синхронизируйте их, потом подключайте киоск заново.</source>
        <translation>The kiosk holds unsent responses for the previous server. Sync them first, then enrol the kiosk again.</translation>
    </message>
    <message>
        <source>Сервер не подключил киоск. Сообщите администратору.</source>
        <translation>The server did not enrol the kiosk. Tell the administrator.</translation>
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
    <name>WaitingTimePoints</name>
    <message>
        <source>Время ожидания: не оценивается</source>
        <translation>Waiting time: not assessed</translation>
    </message>
    <message>
        <source>Время ожидания: %1 из 100 баллов</source>
        <translation>Waiting time: %1 of 100 points</translation>
    </message>
    <message>
        <source>Баллы за ожидание: меньше на 10</source>
        <translation>Waiting points: ten less</translation>
    </message>
    <message>
        <source>Баллы за ожидание: меньше на 1</source>
        <translation>Waiting points: one less</translation>
    </message>
    <message>
        <source>Баллы за ожидание: больше на 1</source>
        <translation>Waiting points: one more</translation>
    </message>
    <message>
        <source>Баллы за ожидание: больше на 10</source>
        <translation>Waiting points: ten more</translation>
    </message>
    <message>
        <source>Не оценивать</source>
        <translation>Do not assess</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Оцените, пожалуйста, качество услуг</source>
        <translation>Please rate the quality of the services</translation>
    </message>
    <message>
        <source>Чтобы начать, нажмите «Начать опрос».</source>
        <translation>To begin, press “Start the survey”.</translation>
    </message>
    <message>
        <source>Анонимный опрос: от %1 до %2 вопросов, почти все с ответом «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.</source>
        <translation>An anonymous survey: %1 to %2 questions, nearly all answered “Yes” or “No”. Your name is not needed. Take your time.</translation>
    </message>
    <message>
        <source>Начать опрос</source>
        <translation>Start the survey</translation>
    </message>
    <message numerus="yes">
        <source>Спасибо, предыдущий ответ сохранён. Опрос можно будет начать через %n с.</source>
        <translation>
            <numerusform>Thank you, the previous answer is saved. The survey can start in %n second.</numerusform>
            <numerusform>Thank you, the previous answer is saved. The survey can start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nok::kiosk</name>
    <message>
        <source>Память устройства заполнена. Сообщите сотруднику: устройству нужна синхронизация или свободное место.</source>
        <translation>The device&apos;s storage is full. Tell a member of staff: the device needs to sync or to free some space.</translation>
    </message>
    <message>
        <source>Устройство не может записывать данные. Сообщите сотруднику: нужна проверка устройства.</source>
        <translation>The device cannot write data. Tell a member of staff: the device needs checking.</translation>
    </message>
    <message>
        <source>Хранилище ответов повреждено. Сообщите сотруднику: нужна проверка устройства, ранее сохранённые ответы не удаляйте.</source>
        <translation>The answer store is damaged. Tell a member of staff: the device needs checking; do not delete the answers saved before.</translation>
    </message>
    <message>
        <source>Устройство занято. Подождите несколько секунд и попробуйте ещё раз.</source>
        <translation>The device is busy. Wait a few seconds and try again.</translation>
    </message>
    <message>
        <source>Устройство не смогло прочитать или записать данные. Попробуйте ещё раз; если не получится, сообщите сотруднику.</source>
        <translation>The device could not read or write data. Try again; if it does not work, tell a member of staff.</translation>
    </message>
    <message>
        <source>Устройство ещё не подключено к серверу. Сообщите сотруднику.</source>
        <translation>The device is not connected to the server yet. Tell a member of staff.</translation>
    </message>
    <message>
        <source>Предыдущий ответ сохранён только что. Подождите немного и попробуйте ещё раз.</source>
        <translation>The previous answer was saved a moment ago. Wait a little and try again.</translation>
    </message>
    <message>
        <source>Устройство не подключено для этой организации. Сообщите сотруднику.</source>
        <translation>The device is not connected for this organisation. Tell a member of staff.</translation>
    </message>
    <message>
        <source>Это не фотография в формате JPEG или PNG.</source>
        <translation>This is not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>Фотография больше 6 МБ: сделайте снимок поменьше.</source>
        <translation>The photo is larger than 6 MB: take a smaller picture.</translation>
    </message>
    <message>
        <source>Попробуйте ещё раз; если не получится, сообщите сотруднику.</source>
        <translation>Try again; if it does not work, tell a member of staff.</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::ExpertChecklistModel</name>
    <message>
        <source>Чек-лист не открыт: выберите организацию</source>
        <translation>No checklist is open: choose an organisation</translation>
    </message>
    <message>
        <source>Нет пункта с номером %1</source>
        <translation>There is no item number %1</translation>
    </message>
    <message>
        <source>Режим оператора недоступен на этом устройстве</source>
        <translation>Operator mode is not available on this device</translation>
    </message>
    <message>
        <source>Устройство не подключено к организации «%1»</source>
        <translation>This device is not enrolled for the organisation “%1”</translation>
    </message>
    <message>
        <source>Введите имя оператора перед проверкой пунктов</source>
        <translation>Enter the operator&apos;s name before checking items</translation>
    </message>
    <message>
        <source>Заметка длиннее %1 знаков (%2); сократите её</source>
        <translation>The note is longer than %1 characters (%2); shorten it</translation>
    </message>
    <message>
        <source>Баллы за время ожидания — от 0 до 100 (или не оценивается)</source>
        <translation>Waiting-time points are 0 to 100 (or not assessed)</translation>
    </message>
    <message>
        <source>К пункту можно приложить не больше %1 фото</source>
        <translation>At most %1 photos can be attached to an item</translation>
    </message>
    <message>
        <source>Это фото уже приложено к пункту</source>
        <translation>This photo is already attached to the item</translation>
    </message>
    <message>
        <source>У пункта нет такого фото</source>
        <translation>The item has no such photo</translation>
    </message>
    <message>
        <source>Не проверен пункт %1 «%2»; отметьте, есть он или нет</source>
        <translation>Item %1 “%2” is not checked; mark whether it is present or not</translation>
    </message>
    <message>
        <source>Черновик не сохранён.</source>
        <translation>The draft was not saved.</translation>
    </message>
    <message>
        <source>Черновик не прочитан.</source>
        <translation>The draft could not be read.</translation>
    </message>
    <message>
        <source>Фото не сохранено.</source>
        <translation>The photo was not saved.</translation>
    </message>
    <message>
        <source>Проверка не сохранена.</source>
        <translation>The check was not saved.</translation>
    </message>
    <message>
        <source>Черновик не удалён.</source>
        <translation>The draft was not deleted.</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::InterviewProgressModel</name>
    <message>
        <source>Режим оператора недоступен на этом устройстве</source>
        <translation>Operator mode is not available on this device</translation>
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
        <source>Устройство не подключено к организации «%1»: интервью для неё не записываются</source>
        <translation>This device is not enrolled for the organisation “%1”: interviews for it are not recorded</translation>
    </message>
    <message>
        <source>Введите число</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>Ответ не сохранён.</source>
        <translation>The answer was not saved.</translation>
    </message>
</context>
</TS>
