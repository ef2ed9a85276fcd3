// Operator entry: holding the corner for 3 s opens the PIN pad; a wrong PIN is refused; the
// status screen (name → menu → «Состояние и синхронизация») shows the device's state, asks for a
// sync, and enrols by code with clear errors.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "Operator"
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
        Kiosk.idleTimeoutSeconds = 600
        FakeBackend.setDeviceStatus("dev-0123456789ab", 3, 1, "cannot reach http://10.0.0.5:8080/api/v1/sync: Connection", "network_error")
        FakeBackend.setExpertStatus(2, 1, 5)
        FakeBackend.setEnrollError("code expired or already used")
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
    }

    function enterPin(pin) {
        for (const digit of pin)
            driver.press("pin_" + digit)
        driver.press("pinEnter")
    }

    function test_short_press_does_nothing_and_hold_opens_pin() {
        const hotspot = findChild(driver.flow.page, "operatorHotspot")
        mouseClick(hotspot)
        compare(driver.flow.screen, "welcome")
        mousePress(hotspot)
        tryCompare(driver.flow, "screen", "pin", 6000)
        mouseRelease(driver.flow, 10, driver.flow.height - 10)
    }

    function test_wrong_pin_is_refused() {
        driver.flow.screen = "pin"
        enterPin("1111")
        verify(driver.control("pinError").visible)
        compare(driver.flow.screen, "pin")
        driver.press("pinCancel")
        tryCompare(driver.flow, "screen", "welcome")
    }

    function test_status_sync_and_enrolment() {
        driver.flow.screen = "pin"
        enterPin("2580")
        tryCompare(driver.flow, "screen", "operator")
        driver.control("operatorName").text = "Анна Петрова"
        driver.press("nameContinue")
        driver.press("menuStatus")
        verify(driver.text("deviceId").indexOf("dev-0123456789ab") >= 0)
        verify(driver.text("pending").indexOf("3") >= 0)
        verify(driver.text("deadLetter").indexOf("1") >= 0)
        // What it means, in Russian, and the backend's own text beneath it for a technician.
        compare(driver.text("lastError"), "Последняя ошибка: Нет связи с сервером. Ответы сохранены в киоске; он повторит отправку сам, когда появится сеть.")
        verify(driver.text("lastErrorDetail").indexOf("cannot reach http://10.0.0.5:8080") >= 0)
        verify(driver.control("lastErrorDetail").visible)
        compare(driver.text("pendingChecks"), "Экспертные проверки: ждут 2, отклонены 1, фото ждут 5")

        const before = FakeBackend.syncRequests
        driver.press("syncNowButton")
        compare(FakeBackend.syncRequests, before + 1)

        driver.press("enrollButton")
        tryVerify(() => driver.control("enrollError").text.indexOf("Введите код") >= 0)
        driver.control("enrollCode").text = " ABCD-1234 "
        driver.press("enrollButton")
        compare(FakeBackend.lastEnrollCode, "ABCD-1234")
        tryVerify(() => driver.control("enrollError").text.indexOf("Сервер не принял код") >= 0)
        verify(driver.text("enrollErrorDetail").indexOf("code expired") >= 0)
        FakeBackend.setEnrollError("")
        driver.press("enrollButton")
        tryVerify(() => driver.control("enrollError").text.indexOf("подключён") >= 0)
        verify(!findChild(driver.flow.page, "enrollErrorDetail").visible) // nothing technical after a success

        driver.press("operatorExit")
        driver.press("menuExit")
        tryCompare(driver.flow, "screen", "welcome")
    }
}
