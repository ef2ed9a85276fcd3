// ScreenshotTour: walks through every screen of the kiosk (every question, the review, the idle
// prompt, operator mode with every interview question, the checklist, photos and the file
// picker) at each text size and contrast asked for. With --screenshot-dir it runs by itself and
// saves the documented screens as small PNGs (docs/screenshots/); the layout test
// (tests/layout/tst_kiosk_layout) drives it step by step with run(i) and checks every screen.
// Each grab waits for the previous one's callback, so the screens are saved in order. Operator
// mode is shown with the first enrolled organisation; the file picker shows `pickerFolder`.
import QtQuick
import Nok.Kiosk

QtObject {
    id: root

    required property KioskFlow flow
    required property Item target
    property string directory: ""            // where PNGs go; "" = none
    property string pickerFolder: directory  // an absolute path the file picker shows
    property var textSizes: [0, 2]           // Theme.textSize values
    property var contrasts: [false, true]
    property bool autoRun: true              // false: the caller runs the steps one by one
    property bool documentedOnly: true       // save only the screens the documentation shows
    property real scale: 0.625
    signal finished()

    readonly property var sizeSuffixes: ["", "-large", "-largest"]

    // One step = one screen: setup() brings it up from the previous step's screen; ready() (if
    // given) says when it has finished loading; doc: whether the documentation shows it. Built
    // once when the tour starts (a binding would rebuild it as the answers change).
    property var steps: []

    // How many yes/no questions someone who answers «Да» to each meets (every conditional one):
    // counted on the session itself, which is then discarded (nothing is stored).
    function yesNoOnFullPath() {
        const session = flow.session
        session.start()
        let n = 0
        while (session.questionType === "yes_no" && n < 1000) {
            session.answer("yes")
            ++n
        }
        session.discard()
        return n
    }
    function buildSteps() {
        const s = []
        const questionCount = yesNoOnFullPath()
        const answerYes = session => { if (session.questionType === "yes_no") session.answer("yes") }
        for (const size of textSizes) {
            for (const contrast of contrasts) {
                const suffix = (contrast ? "contrast" : "normal") + sizeSuffixes[size]
                const theme = () => { Theme.highContrast = contrast; Theme.textSize = size }
                const add = (name, setup, extra) => s.push(Object.assign({ name: name + "-" + suffix, setup: setup, doc: true }, extra || {}))
                const page = () => flow.page.page
                add("01-welcome", () => { flow.toWelcome(); theme() })
                add("02-question", () => { flow.startSurvey(); theme() })
                for (let q = 2; q <= questionCount; ++q) // the other yes/no questions
                    add("02-question-" + String(q).padStart(2, "0"), () => answerYes(flow.session), { doc: false })
                add("03-suggestion", () => {
                    while (flow.session.questionType === "yes_no")
                        flow.session.answer("yes")
                })
                add("04-sex", () => flow.session.answer(""))
                add("05-age", () => flow.session.answer("female"))
                add("06-review", () => flow.session.answer(72))
                add("07-idle-prompt", () => { flow.idlePromptShown = true })
                add("08-thanks", () => { flow.idlePromptShown = false; flow.session.submit() })
                add("09-operator-pin", () => { flow.toWelcome(); flow.screen = "pin"; theme() })
                add("10-operator-status", () => { flow.screen = "operator"; flow.page.screen = "status" })
                add("10-operator-status-enrol-error", () => flow.page.page.status.enroll(" "), { doc: false })
                add("11-operator-name", () => { flow.page.screen = "name" })
                add("12-operator-menu", () => {
                    flow.page.operatorName = Kiosk.operatorName = qsTr("Анна Петрова")
                    flow.page.screen = "menu"
                })
                add("13-interview-organisations", () => {
                    flow.page.progress.refresh()
                    flow.page.screen = "interviewOrgs"
                })
                add("14-interview-script", () => {
                    const org = flow.page.progress.get(0)
                    flow.page.startInterview(org.orgId, org.name)
                    flow.page.interview.answer("yes")
                })
                for (let q = 3; q <= questionCount; ++q)
                    add("14-interview-script-" + String(q).padStart(2, "0"), () => answerYes(flow.page.interview), { doc: false })
                add("14-interview-script-suggestion", () => {
                    while (flow.page.interview.questionType === "yes_no")
                        flow.page.interview.answer("yes")
                }, { doc: false })
                add("14-interview-script-sex", () => flow.page.interview.answer(""), { doc: false })
                add("14-interview-script-age", () => flow.page.interview.answer("female"), { doc: false })
                add("14-interview-review", () => {
                    flow.page.interview.answer(72)
                    while (!flow.page.interview.reviewing)
                        flow.page.interview.skip()
                }, { doc: false })
                add("15-interview-saved", () => flow.page.interview.submit())
                add("16-expert-organisations", () => {
                    flow.page.progress.refresh()
                    flow.page.screen = "expertOrgs"
                }, { doc: false })
                add("16-checklist", () => {
                    const org = flow.page.progress.get(0)
                    flow.page.startChecklist(org.orgId, org.name)
                    flow.page.checklist.setPresent(0, true)
                    flow.page.checklist.setPresent(1, false)
                })
                add("16-checklist-end", () => page().listView.positionViewAtEnd(), { doc: false })
                add("17-evidence", () => { page().listView.positionViewAtBeginning(); page().evidenceRow = 0 })
                add("18-evidence-file-picker", () => {
                    const evidence = page().evidencePage
                    if (pickerFolder.startsWith("/")) // FolderListModel needs an absolute path
                        evidence.filePlaces = [{ name: qsTr("Изображения"), url: "file://" + pickerFolder },
                                               { name: qsTr("Флешки и карты памяти"), url: "file:///media" }]
                    evidence.mode = "files"
                }, { ready: () => {
                    const picker = page().evidencePage.picker
                    return picker.folderLoaded() && !picker.thumbnailsLoading()
                } })
                add("19-evidence-closed", () => { page().evidencePage.mode = "photos"; page().evidenceRow = -1 }, { doc: false })
            }
        }
        return s
    }

    // The layout test's interface: bring up step i; whether it has finished loading.
    function run(i) {
        steps[i].setup()
    }
    function ready(i) {
        return !steps[i].ready || steps[i].ready()
    }
    function stepCount(unused) {
        return steps.length
    }
    function stepName(i) {
        return steps[i].name
    }
    function documented(i) {
        return steps[i].doc
    }

    property int index: 0
    function next() {
        if (index >= steps.length) {
            finished()
            return
        }
        run(index)
        settle.begin(index)
    }
    // Waits (polling, at most 5 s) until the step's screen says it is ready, e.g. thumbnails loaded.
    property Timer settle: Timer {
        property int step
        property int tries: 0
        interval: 100
        repeat: true
        function begin(i) { step = i; tries = 0; restart() }
        onTriggered: {
            if (!root.ready(step) && ++tries < 50)
                return
            stop()
            const s = root.steps[step]
            if (root.directory.length > 0 && (s.doc || !root.documentedOnly))
                root.grab(s)
            else
                root.advance()
        }
    }
    function advance() {
        index += 1
        next()
    }
    function grab(step) {
        Qt.callLater(() => {
            target.grabToImage(result => {
                const path = directory + "/" + step.name + ".png"
                if (!result.saveToFile(path))
                    console.error("screenshot: cannot write " + path)
                advance()
            }, Qt.size(target.width * scale, target.height * scale))
        })
    }

    Component.onCompleted: {
        Kiosk.minIntervalSeconds = 0
        steps = buildSteps()
        if (autoRun)
            Qt.callLater(next)
    }
}
