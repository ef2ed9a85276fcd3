// Speaker: read-aloud for the «Озвучить» toggle, in the respondent's language. The engine
// (SpeechService, C++) lives on its own thread and is started on first use, so speech can never
// freeze or slow the screens; with no working engine the kiosk is simply silent.
import QtQuick
import Nok.Kiosk

Item {
    id: root

    readonly property bool available: service.available
    readonly property string lastSpoken: service.lastSpoken // read by tests

    function say(text) {
        service.say(text)
    }
    function stop() {
        service.stop()
    }

    SpeechService {
        id: service
        language: Kiosk.language
    }
}
