// OperatorFlow: operator mode after the PIN: the operator's name, the menu, phone interviews
// (organisation → reading script → review → saved → next interview for the same organisation),
// the expert check (organisation → checklist ⇄ evidence) and the device's state. KioskFlow shows
// it on its "operator" screen; leaving it (or the idle timeout there) returns to the kiosk.
import QtQuick
import Nok.Kiosk

Item {
    id: root

    required property KioskStatusModel status
    required property Speaker speaker
    // "name", "menu", "status", "interviewOrgs", "interview", "interviewSaved", "expertOrgs", "checklist"
    property string screen: "name"
    property string operatorName: ""
    property string organizationId: ""
    property string organizationName: ""
    property string notice: ""            // one line for the menu: what was just saved
    readonly property SurveySession interview: interviewSession
    readonly property ExpertChecklistModel checklist: checklistModel
    readonly property InterviewProgressModel progress: progressModel
    readonly property Item page: pages.item
    signal exitRequested()
    signal activity()

    // One line of an organisation's interview counts, as the picker and the saved screen show it.
    function countsLine(row) {
        if (!row || row.name === undefined)
            return ""
        const need = row.target > 0 ? qsTr("нужно для выборки: %1 · осталось: %2").arg(row.target).arg(row.remaining)
                                    : qsTr("нужно для выборки: неизвестно (нет числа получателей)")
        return qsTr("Сегодня: %1 · на планшете: %2 · %3").arg(row.today).arg(row.total).arg(need)
    }
    function organizations(withCounts) {
        const list = []
        for (let i = 0; i < progressModel.count; ++i) {
            const row = progressModel.get(i)
            list.push({ organizationId: row.orgId, name: row.name,
                        detail: withCounts ? countsLine(row) : qsTr("Кампания: %1").arg(row.campaign) })
        }
        return list
    }
    function startInterview(orgId, name) {
        organizationId = orgId
        organizationName = name
        if (interviewSession.startInterview(orgId))
            screen = "interview"
    }
    function startChecklist(orgId, name) {
        organizationId = orgId
        organizationName = name
        if (checklistModel.start(orgId))
            screen = "checklist"
    }
    function toMenu() {
        interviewSession.discard()
        speaker.stop()
        screen = "menu"
    }

    InterviewProgressModel {
        id: progressModel
        environment: Kiosk
    }
    ExpertChecklistModel {
        id: checklistModel
        environment: Kiosk
        operatorName: Kiosk.operatorName
        onSubmitted: {
            root.notice = qsTr("Экспертная проверка «%1» сохранена и будет отправлена при синхронизации.").arg(root.organizationName)
            root.screen = "menu"
        }
        onDraftChanged: root.activity()
    }
    SurveySession {
        id: interviewSession
        environment: Kiosk
        onFinished: { progressModel.refresh(); root.screen = "interviewSaved" }
        onChanged: root.activity()
    }

    Loader {
        id: pages
        anchors.fill: parent
        sourceComponent: ({ name: namePage, menu: menuPage, status: statusPage,
                            interviewOrgs: interviewOrgsPage, expertOrgs: expertOrgsPage,
                            interviewSaved: savedPage, checklist: checklistPage,
                            interview: interviewSession.reviewing ? reviewPage : scriptPage })[root.screen]
    }

    Component {
        id: namePage
        NamePage {
            initialName: root.operatorName
            onAccepted: name => { root.operatorName = name; Kiosk.operatorName = name; root.screen = "menu" }
            onCancelled: root.exitRequested()
        }
    }
    Component {
        id: menuPage
        MenuPage {
            operatorName: root.operatorName
            notice: root.notice
            Component.onDestruction: root.notice = ""
            onInterviewRequested: { progressModel.refresh(); root.screen = "interviewOrgs" }
            onExpertRequested: { progressModel.refresh(); root.screen = "expertOrgs" }
            onStatusRequested: root.screen = "status"
            onExitRequested: root.exitRequested()
        }
    }
    Component {
        id: statusPage
        StatusPage {
            status: root.status
            onClosed: root.screen = "menu"
        }
    }
    Component {
        id: interviewOrgsPage
        OrgPickerPage {
            title: qsTr("Интервью по телефону: выберите организацию")
            model: root.organizations(true)
            errorText: interviewSession.errorText || progressModel.errorText
            onChosen: (orgId, name) => root.startInterview(orgId, name)
            onBackRequested: root.screen = "menu"
        }
    }
    Component {
        id: expertOrgsPage
        OrgPickerPage {
            title: qsTr("Экспертная проверка: выберите организацию")
            model: root.organizations(false)
            errorText: checklistModel.errorText || progressModel.errorText
            onChosen: (orgId, name) => root.startChecklist(orgId, name)
            onBackRequested: root.screen = "menu"
        }
    }
    Component {
        id: scriptPage
        ScriptPage {
            session: interviewSession
            speaker: root.speaker
            organizationName: root.organizationName
            onAbortRequested: { interviewSession.discard(); root.speaker.stop(); root.screen = "interviewOrgs" }
        }
    }
    Component {
        id: reviewPage
        ReviewPage {
            session: interviewSession
            submitText: qsTr("Сохранить")
        }
    }
    Component {
        id: savedPage
        SavedPage {
            organizationName: root.organizationName
            detail: root.countsLine(progressModel.get(progressModel.indexOf(root.organizationId)))
            onNextRequested: root.startInterview(root.organizationId, root.organizationName)
            onMenuRequested: root.toMenu()
        }
    }
    Component {
        id: checklistPage
        ChecklistPage {
            model: checklistModel
            onBackRequested: root.screen = "menu"
        }
    }
}
