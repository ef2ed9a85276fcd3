// ScreenshotTour (debug, --screenshot-dir DIR): walks through every screen in the normal and
// the high-contrast theme and saves each as a small PNG (docs/screenshots/ in the repository).
// Each grab waits for the previous one's callback, so the screens are saved in order. Operator
// mode is shown with the first enrolled organisation; the file picker shows this folder.
import QtQuick
import Nok.Kiosk

QtObject {
    id: root

    required property KioskFlow flow
    required property Item target
    required property string directory
    signal finished()

    property int index: 0
    readonly property var steps: {
        const s = []
        for (const contrast of [false, true]) {
            const suffix = contrast ? "contrast" : "normal"
            const theme = () => { Theme.highContrast = contrast }
            s.push({ name: "01-welcome-" + suffix, setup: () => { flow.toWelcome(); theme() } })
            s.push({ name: "02-question-" + suffix, setup: () => { flow.startSurvey(); theme() } })
            s.push({ name: "03-suggestion-" + suffix, setup: () => {
                while (flow.session.questionType === "yes_no")
                    flow.session.answer("yes")
            } })
            s.push({ name: "04-sex-" + suffix, setup: () => flow.session.answer("") })
            s.push({ name: "05-age-" + suffix, setup: () => flow.session.answer("female") })
            s.push({ name: "06-review-" + suffix, setup: () => flow.session.answer(72) })
            s.push({ name: "07-idle-prompt-" + suffix, setup: () => { flow.idlePromptShown = true } })
            s.push({ name: "08-thanks-" + suffix, setup: () => { flow.idlePromptShown = false; flow.session.submit() } })
            s.push({ name: "09-operator-pin-" + suffix, setup: () => { flow.toWelcome(); flow.screen = "pin"; theme() } })
            s.push({ name: "10-operator-status-" + suffix, setup: () => { flow.screen = "operator"; flow.page.screen = "status" } })
            s.push({ name: "11-operator-name-" + suffix, setup: () => { flow.page.screen = "name" } })
            s.push({ name: "12-operator-menu-" + suffix, setup: () => {
                flow.page.operatorName = Kiosk.operatorName = qsTr("Анна Петрова")
                flow.page.screen = "menu"
            } })
            s.push({ name: "13-interview-organisations-" + suffix, setup: () => {
                flow.page.progress.refresh()
                flow.page.screen = "interviewOrgs"
            } })
            s.push({ name: "14-interview-script-" + suffix, setup: () => {
                const org = flow.page.progress.get(0)
                flow.page.startInterview(org.orgId, org.name)
                flow.page.interview.answer("yes")
            } })
            s.push({ name: "15-interview-saved-" + suffix, setup: () => {
                while (flow.page.interview.questionType === "yes_no")
                    flow.page.interview.answer("yes")
                while (!flow.page.interview.reviewing)
                    flow.page.interview.skip()
                flow.page.interview.submit()
            } })
            s.push({ name: "16-checklist-" + suffix, setup: () => {
                const org = flow.page.progress.get(0)
                flow.page.startChecklist(org.orgId, org.name)
                flow.page.checklist.setPresent(0, true)
                flow.page.checklist.setPresent(1, false)
            } })
            s.push({ name: "17-evidence-" + suffix, setup: () => { flow.page.page.evidenceRow = 0 } })
            s.push({ name: "18-evidence-file-picker-" + suffix, setup: () => {
                const evidence = flow.page.page.evidencePage
                if (directory.startsWith("/")) // FolderListModel needs an absolute path
                    evidence.filePlaces = [{ name: qsTr("Изображения"), url: "file://" + directory },
                                           { name: qsTr("Флешки и карты памяти"), url: "file:///media" }]
                evidence.mode = "files"
            }, ready: () => {
                const picker = flow.page.page.evidencePage.picker
                return picker.folderLoaded() && !picker.thumbnailsLoading()
            } })
        }
        return s
    }

    function next() {
        if (index >= steps.length) {
            finished()
            return
        }
        const step = steps[index]
        step.setup()
        settle.begin(step)
    }
    // Waits (polling, at most 5 s) until the step's screen says it is ready, e.g. thumbnails loaded.
    property Timer settle: Timer {
        property var step
        property int tries: 0
        interval: 100
        repeat: true
        function begin(s) { step = s; tries = 0; restart() }
        onTriggered: {
            if (step.ready && !step.ready() && ++tries < 50)
                return
            stop()
            root.grab(step)
        }
    }
    function grab(step) {
        Qt.callLater(() => {
            target.grabToImage(result => {
                const path = directory + "/" + step.name + ".png"
                if (!result.saveToFile(path))
                    console.error("screenshot: cannot write " + path)
                index += 1
                next()
            }, Qt.size(target.width * 0.625, target.height * 0.625))
        })
    }

    Component.onCompleted: {
        Kiosk.minIntervalSeconds = 0
        Qt.callLater(next)
    }
}
