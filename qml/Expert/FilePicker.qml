// FilePicker: a touch-friendly picker for a photo file: the places a photo can come from (the
// Pictures folder, where the camera saves too, and removable media under /media and /run/media),
// then the folder's subfolders (a drawn folder icon) and JPEG/PNG files (a thumbnail) as one big
// button per line with the whole name, wrapped. A place that does not exist says so and lists
// nothing. No tiny desktop dialog.
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Nok.Kiosk

Rectangle {
    id: root

    // The places offered first; tests and the screenshot tour can replace them.
    property var places: [
        { name: qsTr("Изображения"), url: StandardPaths.writableLocation(StandardPaths.PicturesLocation) },
        { name: qsTr("Флешки и карты памяти"), url: "file:///media" },
        { name: qsTr("Съёмные диски"), url: "file:///run/media" }
    ]
    property url folder: places.length > 0 ? places[0].url : ""
    // FolderListModel lists the working directory in place of a missing folder: ask first.
    readonly property bool folderExists: LocalFolders.exists(folder)
    function folderLoaded() {
        return !folderExists || files.status === FolderListModel.Ready
    }
    // True while a thumbnail in view is still loading (the screenshot tour waits for it).
    function thumbnailsLoading() {
        for (let i = 0; i < grid.contentItem.children.length; ++i)
            if (grid.contentItem.children[i].thumbnailStatus === Image.Loading)
                return true
        return false
    }
    signal picked(url file)
    signal cancelled()

    color: Theme.palette.background

    FolderListModel {
        id: files
        folder: root.folder
        nameFilters: ["*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG"]
        showDirsFirst: true
        showHidden: false
        sortField: FolderListModel.Time
        sortReversed: false
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        ListView {
            id: grid
            objectName: "fileGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.folderExists ? files : null
            ScrollBar.vertical: KioskScrollBar {}
            // The title, the places and the path scroll away with the files: the list keeps the room.
            header: ColumnLayout {
                width: grid.width - Theme.scrollBarWidth - Theme.spacing
                spacing: Theme.spacing / 2
                PageTitle {
                    Layout.fillWidth: true
                    text: qsTr("Выберите фото")
                }
                WrapRow {
                    Layout.fillWidth: true
                    Repeater {
                        model: root.places
                        delegate: BigButton {
                            required property var modelData
                            objectName: "place_" + index
                            required property int index
                            Layout.fillWidth: true
                            kind: String(root.folder) === String(modelData.url) ? "primary" : "secondary"
                            text: modelData.name
                            onClicked: root.folder = modelData.url
                        }
                    }
                }
                BodyText {
                    objectName: "folderPath"
                    Layout.fillWidth: true
                    color: Theme.palette.mutedText
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    text: decodeURIComponent(String(root.folder).replace("file://", ""))
                }
                Item { implicitHeight: Theme.spacing / 2 }
            }
            delegate: BigButton {
                id: entry
                required property string fileName
                required property url fileUrl
                required property bool fileIsDir
                readonly property int thumbnailStatus: thumb.status
                objectName: "file_" + fileName
                width: grid.width - Theme.scrollBarWidth - Theme.spacing
                text: fileName
                fontSize: Theme.bodySize
                Accessible.name: fileIsDir ? qsTr("Папка %1").arg(fileName) : qsTr("Фото %1").arg(fileName)
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    FolderIcon {
                        visible: entry.fileIsDir
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget * 0.75
                    }
                    Image {
                        id: thumb
                        visible: !entry.fileIsDir
                        Layout.preferredWidth: Theme.touchTarget * 1.5
                        Layout.preferredHeight: Theme.touchTarget
                        source: entry.fileIsDir ? "" : entry.fileUrl
                        sourceSize.width: 240
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: entry.fileName
                        font: entry.font
                        color: entry.ink
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere // file names may have no spaces
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                onClicked: fileIsDir ? root.folder = fileUrl : root.picked(fileUrl)
            }
        }
        BodyText {
            objectName: "noFiles"
            Layout.fillWidth: true
            visible: !root.folderExists || (files.status === FolderListModel.Ready && files.count === 0)
            text: root.folderExists ? qsTr("Здесь нет фото (JPEG или PNG). Вставьте флешку или выберите другое место.")
                                    : qsTr("Этой папки на планшете нет. Вставьте флешку или выберите другое место.")
        }
        WrapRow {
            Layout.fillWidth: true
            BigButton {
                objectName: "folderUp"
                text: qsTr("Папка выше")
                enabled: String(files.parentFolder).length > 0 && !root.places.some(p => String(p.url) === String(root.folder))
                onClicked: root.folder = files.parentFolder
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "pickerCancel"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Отмена")
                onClicked: root.cancelled()
            }
        }
    }
}
