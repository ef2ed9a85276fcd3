// Speaker: read-aloud for the «Озвучить» toggle. Speaks through Qt TextToSpeech (speech-dispatcher,
// Russian voice via espeak-ng); when no speech engine is installed it says so through
// `available` and stays silent instead of failing.
import QtQuick
import QtTextToSpeech
import Nok.Kiosk

Item {
    id: root

    readonly property bool available: tts.state !== TextToSpeech.Error
    property string lastSpoken: "" // what the last say() asked for (read by tests)

    function say(text) {
        lastSpoken = text
        if (!available || text.length === 0)
            return
        tts.stop()
        tts.say(text)
    }
    function stop() {
        if (available)
            tts.stop()
    }

    TextToSpeech {
        id: tts
        locale: Qt.locale(Kiosk.language === "en" ? "en_GB" : "ru_RU")
    }
}
