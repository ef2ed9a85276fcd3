// Audio mode (read-aloud on), checked through what would be spoken, in order, with the speech
// engine off (NOK_SPEECH_ENGINE=none): each new screen is read (question, then its answers), the
// chosen answer is confirmed before the next question, «Повторить» repeats, «Темп» slows the
// reading, and the idle time is three times longer and announced before the session ends.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "AudioMode"
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
    property int heard: 0 // utterances before the part a test looks at

    function init() {
        FakeBackend.clear()
        Kiosk.minIntervalSeconds = 0
        Kiosk.idleTimeoutSeconds = 600
        Kiosk.idlePromptSeconds = 3600
        Kiosk.readAloud = false
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
        heard = driver.flow.speaker.recentlySpoken.length
    }
    function cleanup() {
        Kiosk.readAloud = false
        Kiosk.idleTimeoutSeconds = 90
        Kiosk.idlePromptSeconds = 30
    }
    function spokenSince() {
        return driver.flow.speaker.recentlySpoken.slice(heard)
    }
    // Waits until `count` new utterances were spoken and returns them.
    function nextSpoken(count) {
        tryVerify(() => spokenSince().length >= count, 3000, count + " utterance(s); got " + JSON.stringify(spokenSince()))
        const said = spokenSince()
        heard += said.length
        return said
    }
    function question(n, total, text) {
        return "Вопрос " + n + " из " + total + ". " + text + " Варианты ответа: Да, Нет."
    }

    function test_each_screen_is_read_and_each_answer_confirmed_in_order() {
        driver.press("readAloudButton")
        let said = nextSpoken(1)
        verify(said[0].indexOf("Оцените, пожалуйста, качество услуг") === 0, "the welcome screen: " + said[0])
        verify(said[0].indexOf("Начать опрос") > 0)

        driver.start()
        const s = driver.flow.session
        said = nextSpoken(1)
        compare(said, [question(1, 14, s.questionText)])

        driver.answer("yes", "stand_satisfied")
        compare(nextSpoken(1), ["Ваш ответ: Да. " + question(2, 15, s.questionText)])
        driver.answer("no", "site_used")
        compare(nextSpoken(1), ["Ваш ответ: Нет. " + question(3, 15, s.questionText)])

        // «Повторить» reads the question again (no confirmation this time).
        driver.press("repeatButton")
        compare(nextSpoken(1), [question(3, 15, s.questionText)])

        // «Назад» is a new screen too, read without a confirmation.
        driver.press("backButton")
        tryCompare(s, "questionId", "stand_satisfied")
        compare(nextSpoken(1), [question(2, 15, s.questionText)])
        driver.answer("no", "site_used")
        nextSpoken(1)

        while (s.questionType === "yes_no") {
            const before = s.questionId
            driver.press("option_yes")
            tryVerify(() => s.questionId !== before)
            nextSpoken(1)
        }
        compare(s.questionId, "suggestions")
        driver.press("skipButton")
        tryCompare(s, "questionId", "sex")
        said = nextSpoken(1)
        verify(said[0].indexOf("Вопрос пропущен. Вопрос 17 из 18.") === 0, said[0])
        verify(said[0].indexOf("Варианты ответа: Мужской, Женский.") > 0, said[0])
        driver.answer("female", "age")
        said = nextSpoken(1)
        verify(said[0].indexOf("Ваш ответ: Женский. Вопрос 18 из 18.") === 0, said[0])
        driver.press("decade_80")
        driver.press("year_85")
        driver.press("ageNext")
        tryCompare(s, "reviewing", true)
        said = nextSpoken(1)
        verify(said[0].indexOf("Ваш ответ: 85. Проверьте ответы.") === 0, said[0])
        verify(said[0].indexOf("Ответ: 85.") > 0, "the review reads every answer")

        driver.press("submitButton")
        tryCompare(driver.flow, "screen", "thanks")
        said = nextSpoken(1)
        verify(said[0].indexOf("Спасибо!") === 0, said[0])
    }

    function test_repeat_and_rate_only_in_audio_mode() {
        driver.start()
        verify(!findChild(driver.flow.page, "repeatButton").visible, "no «Повторить» while silent")
        driver.press("readAloudButton")
        nextSpoken(1)
        compare(driver.text("rateButton"), "Темп: обычный")
        compare(driver.flow.speaker.rate, 0)
        driver.press("rateButton")
        compare(driver.text("rateButton"), "Темп: медленнее")
        verify(driver.flow.speaker.rate < 0, "slower: " + driver.flow.speaker.rate)
        driver.press("rateButton")
        compare(driver.flow.speaker.rate, 0)
        driver.press("rateButton")
        driver.flow.toWelcome()
        compare(driver.flow.speaker.rate, 0, "the next respondent starts at the normal pace")
    }

    function test_idle_time_is_three_times_longer_and_announced() {
        const idle = findChild(driver.flow, "idleMonitor")
        const prompt = findChild(driver.flow, "idlePrompt")
        Kiosk.idleTimeoutSeconds = 1
        Kiosk.idlePromptSeconds = 20
        driver.start()
        compare(idle.timeoutSeconds, 1)
        compare(prompt.waitSeconds, 20)
        driver.press("readAloudButton")
        compare(idle.timeoutSeconds, 3)
        compare(prompt.waitSeconds, 60)
        nextSpoken(1)
        tryCompare(prompt, "visible", true, 10000)
        const said = nextSpoken(1)
        compare(said.length, 1, JSON.stringify(said))
        verify(said[0].indexOf("Вы ещё здесь?") === 0, said[0])
        verify(said[0].indexOf("Осталось секунд: 60") > 0, said[0])
        verify(findChild(prompt, "continueButton").activeFocus, "Enter continues")
        keyClick(Qt.Key_Return)
        tryCompare(prompt, "visible", false)
        compare(driver.flow.screen, "survey")
    }
}
