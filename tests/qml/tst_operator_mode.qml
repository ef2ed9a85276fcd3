// Operator mode with the in-memory store: PIN → name → menu; a phone interview for the chosen
// organisation is read from the script and stored as channel "interview" for that organisation,
// its counts go up and «Следующее интервью» starts again for it; the expert checklist's buttons
// change the items, «Сохранить и отправить» stays disabled while an item is unchecked (and the
// first one is named), a photo is chosen from a folder, and the check reaches the store.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "OperatorMode"
    width: 1280
    height: 800
    when: windowShown

    Component {
        id: flowComponent
        KioskFlow {
            width: tc.width
            height: tc.height
        }
    }
    KioskDriver {
        id: driver
        test: tc
    }

    function init() {
        FakeBackend.clear()
        Kiosk.minIntervalSeconds = 0
        Kiosk.idleTimeoutSeconds = 600
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
        verify(driver.flow)
    }

    function operator() {
        return driver.flow.page
    }
    function enterOperatorMode(name) {
        driver.flow.screen = "pin"
        for (const digit of "2580")
            driver.press("pin_" + digit)
        driver.press("pinEnter")
        tryCompare(driver.flow, "screen", "operator")
        driver.control("operatorName").text = name
        driver.press("nameContinue")
        tryCompare(operator(), "screen", "menu")
    }

    function test_name_is_required_and_forgotten_on_exit() {
        driver.flow.screen = "pin"
        for (const digit of "2580")
            driver.press("pin_" + digit)
        driver.press("pinEnter")
        tryCompare(driver.flow, "screen", "operator")
        driver.control("operatorName").text = "   "
        driver.press("nameContinue")
        verify(driver.text("nameError").indexOf("Введите имя") >= 0)
        compare(operator().screen, "name")

        driver.control("operatorName").text = " Анна Петрова "
        driver.press("nameContinue")
        tryCompare(operator(), "screen", "menu")
        verify(driver.text("operatorGreeting").indexOf("Анна Петрова") >= 0)
        compare(Kiosk.operatorName, "Анна Петрова")
        for (const name of ["menuInterview", "menuExpert", "menuStatus", "menuExit"])
            verify(driver.control(name).height >= Theme.touchTarget, name + " is a full touch target")

        driver.press("menuStatus")
        verify(driver.control("syncNowButton"))
        driver.press("operatorExit")
        tryCompare(operator(), "screen", "menu")
        driver.press("menuExit")
        tryCompare(driver.flow, "screen", "welcome")
        compare(Kiosk.operatorName, "", "the name is not kept after operator mode")
    }

    function test_interview_is_stored_for_the_chosen_organisation() {
        enterOperatorMode("Анна Петрова")
        driver.press("menuInterview")
        // Both organisations with their counts: target = min(600, ceil(0.4 × recipients)).
        const first = driver.control("org_org-test")
        verify(first.text.indexOf("Сегодня: 0") >= 0, first.text)
        verify(first.text.indexOf("нужно для выборки: 40 · осталось: 30") >= 0, first.text)
        const second = driver.control("org_org-second")
        verify(second.text.indexOf("нужно для выборки: 600 · осталось: 600") >= 0, second.text)

        driver.press("org_org-second")
        tryCompare(operator(), "screen", "interview")
        compare(operator().interview.channel, "interview")
        compare(operator().interview.organizationId, "org-second")
        // The script shows the whole question and every option as text to read out.
        compare(driver.text("scriptQuestion"), operator().interview.questionText)
        verify(driver.text("scriptQuestion").length > 20)
        compare(driver.text("scriptOptions"), "Варианты ответа: «Да» или «Нет».")
        verify(driver.text("progress").indexOf("Второй центр") >= 0)
        // «Озвучить» reads the script as the kiosk reads a question: text, then the options.
        compare(driver.flow.speaker.lastSpoken, "", "silent until «Озвучить» is on")
        driver.press("readAloudButton")
        tryVerify(() => driver.flow.speaker.lastSpoken.indexOf(operator().interview.questionText) === 0)
        verify(driver.flow.speaker.lastSpoken.indexOf("Варианты ответа: Да, Нет.") > 0)
        driver.press("readAloudButton")
        tryCompare(Kiosk, "readAloud", false)

        driver.press("option_no")                             // stand_used: no
        tryCompare(operator().interview, "questionId", "site_used")
        driver.press("backButton")
        tryCompare(operator().interview, "questionId", "stand_used")
        driver.press("option_yes")
        tryCompare(operator().interview, "questionId", "stand_satisfied")
        while (operator().interview.questionType === "yes_no") {
            const before = operator().interview.position
            driver.press("option_yes")
            tryVerify(() => operator().interview.position !== before, 3000)
        }
        compare(operator().interview.questionId, "suggestions")
        for (let i = 0; i < 3; ++i) {                         // suggestion, sex, age: optional
            const before = operator().interview.position
            driver.press("skipButton")
            tryVerify(() => operator().interview.reviewing || operator().interview.position !== before, 3000)
        }
        tryCompare(operator().interview, "reviewing", true)
        compare(driver.text("submitButton"), "Сохранить")
        compare(FakeBackend.submittedCount, 0, "nothing stored before «Сохранить»")
        driver.press("submitButton")
        tryCompare(operator(), "screen", "interviewSaved")

        compare(FakeBackend.submittedCount, 1)
        compare(FakeBackend.lastOrganization(), "org-second")
        compare(FakeBackend.lastChannel(), "interview")
        compare(FakeBackend.lastAnswers().stand_used, "yes")
        compare(FakeBackend.lastAnswers().stand_satisfied, "yes")
        verify(driver.text("savedCounts").indexOf("Сегодня: 1 · на планшете: 1") >= 0, driver.text("savedCounts"))

        driver.press("nextInterview")
        tryCompare(operator(), "screen", "interview")
        compare(operator().interview.organizationId, "org-second")
        compare(operator().interview.questionId, "stand_used")
        compare(operator().interview.answeredCount, 0, "the next interview starts empty")
        driver.press("abortInterview")
        tryCompare(operator(), "screen", "interviewOrgs")
        verify(driver.control("org_org-second").text.indexOf("Сегодня: 1") >= 0)
        compare(FakeBackend.submittedCount, 1, "an aborted interview stores nothing")
    }

    function test_checklist_buttons_progress_and_submit() {
        enterOperatorMode("Анна Петрова")
        driver.press("menuExpert")
        driver.press("org_org-test")
        tryCompare(operator(), "screen", "checklist")
        compare(driver.text("checkedProgress"), "Проверено 0 из 5")
        const submit = findChild(operator().page, "submitChecklist")
        verify(!submit.enabled, "nothing checked: submit disabled")
        compare(driver.text("firstUnchecked"), "Не проверено: Лицензия")

        driver.press("present_stand.licence")
        tryCompare(driver.control("present_stand.licence"), "text", "✓ Есть")
        compare(driver.text("checkedProgress"), "Проверено 1 из 5")
        compare(driver.text("firstUnchecked"), "Не проверено: Режим работы")
        driver.press("absent_stand.schedule")
        tryCompare(driver.control("absent_stand.schedule"), "text", "✓ Нет")
        // Changing one's mind: the other button takes the mark.
        driver.press("present_stand.schedule")
        tryCompare(driver.control("present_stand.schedule"), "text", "✓ Есть")
        compare(driver.control("absent_stand.schedule").text, "Нет")
        compare(driver.text("checkedProgress"), "Проверено 2 из 5")

        const list = findChild(operator().page, "checklistList")
        for (const [row, id] of [[2, "site.contacts"], [3, "comfort_conditions.rest_area"]]) {
            // Rows further down exist once scrolled to; they are visual children of the content.
            list.positionViewAtIndex(row, ListView.Beginning)
            let button = null
            tryVerify(() => (button = findChild(list.contentItem, "absent_" + id)) !== null)
            mouseClick(button)
            tryCompare(button, "text", "✓ Нет")
        }
        compare(driver.text("firstUnchecked"), "Не проверено: Питьевая вода")
        verify(!submit.enabled, "one item left: submit still disabled")
        driver.press("firstUnchecked")                    // shows the item that is left
        driver.press("present_comfort_conditions.drinking_water")
        tryVerify(() => submit.enabled, 3000, "all checked: submit enabled")
        verify(!findChild(operator().page, "firstUnchecked").visible)

        driver.press("waitPlus10")
        driver.press("waitPlus10")
        driver.press("waitMinus1")
        verify(driver.text("waitingPoints").indexOf("19") >= 0)

        driver.press("submitChecklist")
        tryCompare(operator(), "screen", "menu")
        compare(FakeBackend.submittedChecks, 1)
        verify(driver.text("menuNotice").indexOf("сохранена") >= 0)
        const check = FakeBackend.lastCheck()
        compare(check.org, "org-test")
        compare(check.operator, "Анна Петрова")
        compare(check.waitingTimePoints, 19)
        compare(check.states, { "stand.licence": "present", "stand.schedule": "present",
                                "site.contacts": "absent", "comfort_conditions.rest_area": "absent",
                                "comfort_conditions.drinking_water": "present" })
    }

    Item {
        id: photoSource
        width: 64
        height: 48
        visible: false
        Rectangle { anchors.fill: parent; color: "#0b4f8a" }
    }

    function test_photo_from_a_file() {
        // A real PNG in a folder of its own, as on a memory card.
        let saved = false
        photoSource.visible = true
        photoSource.grabToImage(result => { saved = result.saveToFile(FakeBackend.scratchDir + "/stand.png") })
        tryVerify(() => saved, 5000, "the test picture was written")
        photoSource.visible = false
        verify(FakeBackend.writeScratchFile("fake.png", "<html>not a picture</html>"))

        enterOperatorMode("Анна Петрова")
        driver.press("menuExpert")
        driver.press("org_org-second")
        tryCompare(operator(), "screen", "checklist")
        compare(driver.text("evidence_stand.licence"), "Фото")
        driver.press("evidence_stand.licence")
        verify(driver.text("evidenceTitle").indexOf("Лицензия") >= 0)
        driver.press("chooseFile")
        const evidencePage = operator().page.evidencePage
        evidencePage.picker.places = [{ name: "Карта памяти", url: "file://" + FakeBackend.scratchDir }]
        evidencePage.picker.folder = "file://" + FakeBackend.scratchDir
        // A file named .png that is not a picture is refused with the reason; nothing attached.
        driver.press("file_fake.png")
        tryCompare(evidencePage, "mode", "photos")
        verify(driver.text("evidenceError").indexOf("fake.png") >= 0, driver.text("evidenceError"))
        verify(driver.text("evidenceCount").indexOf("Фото пока нет") === 0)
        driver.press("chooseFile")
        evidencePage.picker.places = [{ name: "Карта памяти", url: "file://" + FakeBackend.scratchDir }]
        evidencePage.picker.folder = "file://" + FakeBackend.scratchDir
        driver.press("file_stand.png")
        tryCompare(evidencePage, "mode", "photos")
        tryVerify(() => driver.text("evidenceCount") === "Прикреплено фото: 1 из 10")
        driver.press("evidenceDone")
        tryCompare(driver.control("evidence_stand.licence"), "text", "Фото: 1")
        driver.press("evidence_stand.licence")
        driver.press("removeEvidence_0")
        tryVerify(() => driver.text("evidenceCount").indexOf("Фото пока нет") === 0)
    }

    Component {
        id: cameraLoader
        Loader { source: "qrc:/Nok/Kiosk/Expert/CameraView.qml" }
    }

    // No camera here: the photo screen offers only «Выбрать файл»; the camera page itself still
    // loads (QtMultimedia present) and cannot shoot without a camera.
    function test_no_camera_means_file_only() {
        enterOperatorMode("Анна Петрова")
        driver.press("menuExpert")
        driver.press("org_org-test")
        tryCompare(operator(), "screen", "checklist")
        driver.press("evidence_stand.licence")
        verify(driver.control("chooseFile"))
        compare(findChild(operator().page, "takePhoto").visible, false)
        const loader = createTemporaryObject(cameraLoader, tc)
        tryCompare(loader, "status", Loader.Ready)
        compare(findChild(loader.item, "cameraShoot").enabled, false)
    }
}
