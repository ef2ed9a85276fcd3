<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ru_RU">
<context>
    <name>AccessibilityBar</name>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="29"/>
        <source>Озвучить: вкл.</source>
        <translation>Read aloud: on</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="29"/>
        <source>Озвучить: выкл.</source>
        <translation>Read aloud: off</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="41"/>
        <source>Шрифт: обычный</source>
        <translation>Text: normal</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="41"/>
        <source>Шрифт: крупный</source>
        <translation>Text: large</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="41"/>
        <source>Шрифт: самый крупный</source>
        <translation>Text: largest</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="51"/>
        <source>Контраст: высокий</source>
        <translation>Contrast: high</translation>
    </message>
    <message>
        <location filename="../../qml/Controls/AccessibilityBar.qml" line="51"/>
        <source>Контраст: обычный</source>
        <translation>Contrast: normal</translation>
    </message>
</context>
<context>
    <name>AgePicker</name>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="26"/>
        <source>Меньше на 10</source>
        <translation>Ten less</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="32"/>
        <source>Меньше на 1</source>
        <translation>One less</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="45"/>
        <source>Возраст: %1</source>
        <translation>Age: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="50"/>
        <source>Больше на 1</source>
        <translation>One more</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="56"/>
        <source>Больше на 10</source>
        <translation>Ten more</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/AgePicker.qml" line="67"/>
        <source>Далее: мне %1</source>
        <translation>Next: I am %1</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../qml/Expert/CameraView.qml" line="23"/>
        <source>Снимок не получился: %1</source>
        <translation>The photo failed: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/CameraView.qml" line="49"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/CameraView.qml" line="57"/>
        <source>Снять</source>
        <translation>Shoot</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="42"/>
        <source>Основание: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="54"/>
        <source>Есть</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="55"/>
        <source>Есть: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="63"/>
        <source>Нет</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="64"/>
        <source>Нет: %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="75"/>
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="76"/>
        <source>Примечание: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="81"/>
        <source>Фото: %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="81"/>
        <source>Фото</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistItemRow.qml" line="82"/>
        <source>Фото к пункту: %1, прикреплено %2</source>
        <translation>Photos for: %1, %2 attached</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="69"/>
        <source>Экспертная проверка: %1</source>
        <translation>Expert check: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="110"/>
        <source>Проверено %1 из %2</source>
        <translation>Checked %1 of %2</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="123"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="124"/>
        <source>Отметки сохранены как черновик</source>
        <translation>The marks are saved as a draft</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="134"/>
        <source>Не проверено: %1</source>
        <translation>Not checked: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="143"/>
        <source>Сохранить и отправить</source>
        <translation>Save and send</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/ChecklistPage.qml" line="145"/>
        <source>Недоступно, пока не отмечены все пункты</source>
        <translation>Not available until every item is marked</translation>
    </message>
</context>
<context>
    <name>CornerHotspot</name>
    <message>
        <location filename="../../qml/Operator/CornerHotspot.qml" line="17"/>
        <source>Служебный вход</source>
        <translation>Staff entry</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <location filename="../ui/evidence_file.cpp" line="26"/>
        <source>Фото можно взять только из файла на этом устройстве: %1</source>
        <translation>Photos can only come from a file on this device: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="30"/>
        <source>Не удаётся открыть файл «%1»</source>
        <translation>Cannot open the file “%1”</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="33"/>
        <source>Не удаётся прочитать файл «%1»: %2</source>
        <translation>Cannot read the file “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="35"/>
        <source>Файл «%1» больше 6 МБ; выберите фото меньшего размера</source>
        <translation>The file “%1” is larger than 6 MB; choose a smaller photo</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="38"/>
        <source>Файл «%1» не фотография JPEG или PNG</source>
        <translation>The file “%1” is not a JPEG or PNG photo</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="43"/>
        <source>Снимок пуст; сделайте фото ещё раз</source>
        <translation>The picture is empty; take the photo again</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="47"/>
        <source>Не удаётся сохранить снимок как JPEG</source>
        <translation>Cannot save the picture as JPEG</translation>
    </message>
    <message>
        <location filename="../ui/evidence_file.cpp" line="49"/>
        <source>Снимок больше 6 МБ; уменьшите разрешение камеры</source>
        <translation>The picture is larger than 6 MB; lower the camera resolution</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="48"/>
        <source>Фото: %1</source>
        <translation>Photos: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="54"/>
        <source>Фото пока нет. Можно добавить до 10.</source>
        <translation>No photos yet. Up to 10 can be added.</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="55"/>
        <source>Прикреплено фото: %1 из 10</source>
        <translation>Photos attached: %1 of 10</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="72"/>
        <source>Фото %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="77"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="78"/>
        <source>Удалить фото %1</source>
        <translation>Remove photo %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="98"/>
        <source>Сфотографировать</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="104"/>
        <source>Выбрать файл</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/EvidencePage.qml" line="111"/>
        <source>Готово</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="18"/>
        <source>Изображения</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="19"/>
        <source>Флешки и карты памяти</source>
        <translation>Memory sticks and cards</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="20"/>
        <source>Съёмные диски</source>
        <translation>Removable drives</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="70"/>
        <source>Выберите фото</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="106"/>
        <source>Папка %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="106"/>
        <source>Фото %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="140"/>
        <source>Здесь нет фото (JPEG или PNG). Вставьте флешку или выберите другое место.</source>
        <translation>No photos here (JPEG or PNG). Insert a memory stick or choose another place.</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="141"/>
        <source>Этой папки на планшете нет. Вставьте флешку или выберите другое место.</source>
        <translation>This folder is not on the tablet. Insert a memory stick or choose another place.</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="147"/>
        <source>Папка выше</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/FilePicker.qml" line="155"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../qml/Survey/IdlePrompt.qml" line="38"/>
        <source>Вы ещё здесь?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/IdlePrompt.qml" line="51"/>
        <source>Если Вы не ответите, опрос закончится, а ответы будут удалены.</source>
        <translation>If you do not answer, the survey will end and your answers will be deleted.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/IdlePrompt.qml" line="64"/>
        <source>Да, продолжить</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/IdlePrompt.qml" line="71"/>
        <source>Закончить и удалить ответы</source>
        <translation>Stop and delete my answers</translation>
    </message>
</context>
<context>
    <name>KioskScrollBar</name>
    <message>
        <location filename="../../qml/Controls/KioskScrollBar.qml" line="16"/>
        <source>Прокрутка</source>
        <translation>Scroll</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="14"/>
        <source>Опрос о качестве услуг</source>
        <translation>Survey on the quality of services</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="26"/>
        <source>Служебный режим</source>
        <translation>Operator mode</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="32"/>
        <source>Оператор: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="45"/>
        <source>Интервью и экспертная проверка в этой сборке киоска недоступны.</source>
        <translation>Interviews and expert checks are not available in this build of the kiosk.</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="53"/>
        <source>Интервью по телефону</source>
        <translation>Phone interview</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="62"/>
        <source>Экспертная проверка</source>
        <translation>Expert check</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="70"/>
        <source>Состояние и синхронизация</source>
        <translation>Status and sync</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/MenuPage.qml" line="76"/>
        <source>Выход</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="19"/>
        <source>Введите имя и фамилию</source>
        <translation>Enter your first and last name</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="23"/>
        <source>Имя слишком длинное: не больше 100 знаков</source>
        <translation>The name is too long: at most 100 characters</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="37"/>
        <source>Кто работает с планшетом?</source>
        <translation>Who is using the tablet?</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="42"/>
        <source>Имя попадёт только в экспертную проверку. В ответы интервью оно не записывается.</source>
        <translation>The name goes only into expert checks. It is never written into interview answers.</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="49"/>
        <source>Имя и фамилия оператора</source>
        <translation>Operator&apos;s first and last name</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="64"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/NamePage.qml" line="71"/>
        <source>Продолжить</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>OperatorFlow</name>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="30"/>
        <source>нужно для выборки: %1 · осталось: %2</source>
        <translation>needed for the sample: %1 · remaining: %2</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="31"/>
        <source>нужно для выборки: неизвестно (нет числа получателей)</source>
        <translation>needed for the sample: unknown (no number of recipients)</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="32"/>
        <source>Сегодня: %1 · на планшете: %2 · %3</source>
        <translation>Today: %1 · on this tablet: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="39"/>
        <source>Кампания: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="70"/>
        <source>Экспертная проверка «%1» сохранена и будет отправлена при синхронизации.</source>
        <translation>The expert check of “%1” is saved and will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="121"/>
        <source>Интервью по телефону: выберите организацию</source>
        <translation>Phone interview: choose the organisation</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="131"/>
        <source>Экспертная проверка: выберите организацию</source>
        <translation>Expert check: choose the organisation</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OperatorFlow.qml" line="151"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OptionButtons</name>
    <message>
        <location filename="../../qml/Survey/OptionButtons.qml" line="44"/>
        <source>выбрано ранее</source>
        <translation>chosen before</translation>
    </message>
</context>
<context>
    <name>OrgPickerPage</name>
    <message>
        <location filename="../../qml/Operator/OrgPickerPage.qml" line="33"/>
        <source>Планшет не подключён ни к одной организации. Подключите его в разделе «Состояние и синхронизация».</source>
        <translation>The tablet is not enrolled for any organisation. Enrol it under “Status and sync”.</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/OrgPickerPage.qml" line="76"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="54"/>
        <source>Служебный вход: введите PIN</source>
        <translation>Staff entry: enter the PIN</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="62"/>
        <source>Введено цифр: %1</source>
        <translation>Digits entered: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="70"/>
        <source>Неверный PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="99"/>
        <source>Стереть</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="101"/>
        <source>Войти</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/PinPage.qml" line="75"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../qml/Survey/QuestionPage.qml" line="23"/>
        <source>Варианты ответа: %1.</source>
        <translation>Answers: %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/QuestionPage.qml" line="25"/>
        <source>Этот вопрос можно пропустить.</source>
        <translation>You may skip this question.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/QuestionPage.qml" line="76"/>
        <source>Вопрос %1 из %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/QuestionPage.qml" line="126"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/QuestionPage.qml" line="159"/>
        <source>Пропустить</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../qml/Survey/ReviewPage.qml" line="23"/>
        <source>Проверьте ответы</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/ReviewPage.qml" line="44"/>
        <source>пропущено</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/ReviewPage.qml" line="60"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/ReviewPage.qml" line="12"/>
        <source>Отправить</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../../qml/Interview/SavedPage.qml" line="25"/>
        <source>Интервью сохранено</source>
        <translation>Interview saved</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/SavedPage.qml" line="40"/>
        <source>Поблагодарите собеседника и завершите звонок.</source>
        <translation>Thank the person and end the call.</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/SavedPage.qml" line="47"/>
        <source>Следующее интервью</source>
        <translation>Next interview</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/SavedPage.qml" line="53"/>
        <source>В меню оператора</source>
        <translation>Operator menu</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../qml/Flow/ScreenshotTour.qml" line="73"/>
        <source>Анна Петрова</source>
        <translation>Anna Petrova</translation>
    </message>
    <message>
        <location filename="../../qml/Flow/ScreenshotTour.qml" line="114"/>
        <source>Изображения</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <location filename="../../qml/Flow/ScreenshotTour.qml" line="115"/>
        <source>Флешки и карты памяти</source>
        <translation>Memory sticks and cards</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="26"/>
        <location filename="../../qml/Interview/ScriptPage.qml" line="103"/>
        <source>Варианты ответа: %1.</source>
        <translation>Answers: %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="28"/>
        <location filename="../../qml/Interview/ScriptPage.qml" line="110"/>
        <source>На этот вопрос можно не отвечать.</source>
        <translation>This question may be left unanswered.</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="71"/>
        <source>Интервью: %1 · вопрос %2 из %3</source>
        <translation>Interview: %1 · question %2 of %3</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="78"/>
        <source>Прочитайте вслух. Перед первым вопросом скажите: опрос анонимный, имя и телефон не записываются.</source>
        <translation>Read aloud. Before the first question say: the survey is anonymous, no name or phone number is recorded.</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="79"/>
        <source>Прочитайте вслух:</source>
        <translation>Read aloud:</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="103"/>
        <source> или </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="139"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="145"/>
        <source>Прервать</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../qml/Interview/ScriptPage.qml" line="153"/>
        <source>Пропустить</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="28"/>
        <source>Состояние киоска</source>
        <translation>Kiosk status</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="30"/>
        <source>Устройство: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="30"/>
        <source>не подключено</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="31"/>
        <source>Организация: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="32"/>
        <source>Ожидают отправки: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="33"/>
        <source>Отклонены сервером: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="37"/>
        <source>Экспертные проверки: ждут %1, отклонены %2, фото ждут %3</source>
        <translation>Expert checks: %1 waiting, %2 rejected, photos waiting %3</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="41"/>
        <source>Последняя синхронизация: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="41"/>
        <source>не было</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="46"/>
        <source>Последняя ошибка: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="46"/>
        <source>нет</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="95"/>
        <source>Синхронизировать сейчас</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="102"/>
        <source>Назад</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="71"/>
        <location filename="../../qml/Operator/StatusPage.qml" line="74"/>
        <source>Код подключения</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="85"/>
        <source>Подключить</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="55"/>
        <source>Киоск подключён.</source>
        <translation>The kiosk is enrolled.</translation>
    </message>
    <message>
        <location filename="../../qml/Operator/StatusPage.qml" line="56"/>
        <source>Не удалось подключить: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionInput</name>
    <message>
        <location filename="../../qml/Survey/SuggestionInput.qml" line="21"/>
        <source>Не пишите имён и телефонов: анкета анонимная.</source>
        <translation>Please do not write names or phone numbers: the survey is anonymous.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/SuggestionInput.qml" line="39"/>
        <source>Напишите здесь, если хотите</source>
        <translation>Write here if you wish</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/SuggestionInput.qml" line="42"/>
        <source>Ваши предложения</source>
        <translation>Your suggestions</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/SuggestionInput.qml" line="67"/>
        <source>Слишком длинный текст: не больше %1 знаков.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/SuggestionInput.qml" line="58"/>
        <source>Далее</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <location filename="../../qml/Survey/ThanksPage.qml" line="30"/>
        <source>Спасибо!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/ThanksPage.qml" line="43"/>
        <source>Ваши ответы сохранены. Они помогут сделать услуги лучше.</source>
        <translation>Your answers are saved. They will help to make the services better.</translation>
    </message>
    <message>
        <location filename="../../qml/Survey/ThanksPage.qml" line="49"/>
        <source>На главный экран</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>WaitingTimePoints</name>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="24"/>
        <source>Время ожидания: не оценивается</source>
        <translation>Waiting time: not assessed</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="25"/>
        <source>Время ожидания: %1 из 100 баллов</source>
        <translation>Waiting time: %1 of 100 points</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="29"/>
        <source>Баллы за ожидание: меньше на 10</source>
        <translation>Waiting points: ten less</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="30"/>
        <source>Баллы за ожидание: меньше на 1</source>
        <translation>Waiting points: one less</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="31"/>
        <source>Баллы за ожидание: больше на 1</source>
        <translation>Waiting points: one more</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="32"/>
        <source>Баллы за ожидание: больше на 10</source>
        <translation>Waiting points: ten more</translation>
    </message>
    <message>
        <location filename="../../qml/Expert/WaitingTimePoints.qml" line="35"/>
        <source>Не оценивать</source>
        <translation>Do not assess</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Welcome/WelcomePage.qml" line="31"/>
        <source>Оцените, пожалуйста, качество услуг</source>
        <translation>Please rate the quality of the services</translation>
    </message>
    <message>
        <location filename="../../qml/Welcome/WelcomePage.qml" line="49"/>
        <source>Анонимный опрос: 15 вопросов «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.</source>
        <translation>An anonymous survey: 15 yes-or-no questions. Your name is not needed. Take your time.</translation>
    </message>
    <message>
        <location filename="../../qml/Welcome/WelcomePage.qml" line="61"/>
        <source>Начать опрос</source>
        <translation>Start the survey</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Welcome/WelcomePage.qml" line="70"/>
        <source>Спасибо, предыдущий ответ сохранён. Опрос можно будет начать через %n с.</source>
        <translation>
            <numerusform>Thank you, the previous answer is saved. The survey can start in %n second.</numerusform>
            <numerusform>Thank you, the previous answer is saved. The survey can start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nok::kiosk::ExpertChecklistModel</name>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="115"/>
        <location filename="../ui/expert_checklist_model.cpp" line="197"/>
        <location filename="../ui/expert_checklist_model.cpp" line="252"/>
        <source>Чек-лист не открыт: выберите организацию</source>
        <translation>No checklist is open: choose an organisation</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="116"/>
        <source>Нет пункта с номером %1</source>
        <translation>There is no item number %1</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="122"/>
        <location filename="../ui/expert_checklist_model.cpp" line="134"/>
        <location filename="../ui/expert_checklist_model.cpp" line="207"/>
        <location filename="../ui/expert_checklist_model.cpp" line="261"/>
        <source>Режим оператора недоступен на этом устройстве</source>
        <translation>Operator mode is not available on this device</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="124"/>
        <source>Черновик не сохранён: %1</source>
        <translation>The draft is not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="139"/>
        <source>Устройство не подключено к организации «%1»</source>
        <translation>This device is not enrolled for the organisation “%1”</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="142"/>
        <source>Черновик не прочитан: %1</source>
        <translation>The draft could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="167"/>
        <source>Введите имя оператора перед проверкой пунктов</source>
        <translation>Enter the operator&apos;s name before checking items</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="190"/>
        <source>Заметка длиннее %1 знаков (%2); сократите её</source>
        <translation>The note is longer than %1 characters (%2); shorten it</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="199"/>
        <source>Баллы за время ожидания — от 0 до 100 (или не оценивается)</source>
        <translation>Waiting-time points are 0 to 100 (or not assessed)</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="209"/>
        <source>К пункту можно приложить не больше %1 фото</source>
        <translation>At most %1 photos can be attached to an item</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="211"/>
        <source>Фото не сохранено: %1</source>
        <translation>The photo is not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="214"/>
        <source>Это фото уже приложено к пункту</source>
        <translation>This photo is already attached to the item</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="237"/>
        <source>У пункта нет такого фото</source>
        <translation>The item has no such photo</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="256"/>
        <source>Не проверен пункт %1 «%2»; отметьте, есть он или нет</source>
        <translation>Item %1 “%2” is not checked; mark whether it is present or not</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="263"/>
        <source>Проверка не сохранена: %1</source>
        <translation>The check is not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/expert_checklist_model.cpp" line="279"/>
        <source>Черновик не удалён: %1</source>
        <translation>The draft is not deleted: %1</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::InterviewProgressModel</name>
    <message>
        <location filename="../ui/interview_progress_model.cpp" line="35"/>
        <source>Режим оператора недоступен на этом устройстве</source>
        <translation>Operator mode is not available on this device</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::KioskStatusModel</name>
    <message>
        <location filename="../ui/kiosk_status_model.cpp" line="47"/>
        <source>Введите код подключения</source>
        <translation>Enter the enrolment code</translation>
    </message>
</context>
<context>
    <name>nok::kiosk::SurveySession</name>
    <message>
        <location filename="../ui/survey_session.cpp" line="154"/>
        <source>Устройство не подключено к организации «%1»: интервью для неё не записываются</source>
        <translation>This device is not enrolled for the organisation “%1”: interviews for it are not recorded</translation>
    </message>
    <message>
        <location filename="../ui/survey_session.cpp" line="192"/>
        <source>Введите число</source>
        <translation>Enter a number</translation>
    </message>
</context>
</TS>
