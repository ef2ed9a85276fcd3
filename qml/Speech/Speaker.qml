// Speaker: read-aloud for the «Озвучить» toggle, in the respondent's language. The engine
// (SpeechService, C++) lives on its own thread and is started on first use, so speech can never
// freeze or slow the screens; with no working engine the kiosk is simply silent. `slower` is the
// respondent's «Темп: медленнее» choice (reset for each respondent by the flow).
import QtQuick
import Nok.Kiosk

Item {
    id: root

    readonly property bool available: service.available
    readonly property string lastSpoken: service.lastSpoken // read by tests
    readonly property var recentlySpoken: service.recentlySpoken // in order; read by tests
    readonly property real rate: service.rate
    property bool slower: false

    function say(text) {
        service.say(text)
    }
    function stop() {
        service.stop()
    }

    SpeechService {
        id: service
        language: Kiosk.language
        rate: root.slower ? -0.4 : 0.0
    }
}
