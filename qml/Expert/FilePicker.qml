// FilePicker: a touch-friendly picker for a photo file: the places a photo can come from (the
// Pictures folder, where the camera saves too, and removable media under /media and /run/media),
// their folders as big buttons and their JPEG/PNG files as big thumbnails. No tiny desktop dialog.
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
    function folderLoaded() {
        return files.status === FolderListModel.Ready
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

        PageTitle {
            Layout.fillWidth: true
            text: qsTr("Выберите фото")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
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
            text: decodeURIComponent(String(root.folder).replace("file://", ""))
        }
        GridView {
            id: grid
            objectName: "fileGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Theme.touchTarget * 2.2
            cellHeight: Theme.touchTarget * 2.2
            model: files
            ScrollBar.vertical: ScrollBar { width: Theme.spacing; policy: ScrollBar.AsNeeded }
            delegate: BigButton {
                required property string fileName
                required property url fileUrl
                required property bool fileIsDir
                readonly property int thumbnailStatus: thumb.status
                objectName: "file_" + fileName
                width: grid.cellWidth - Theme.spacing
                height: grid.cellHeight - Theme.spacing
                text: fileIsDir ? "📁 " + fileName : fileName
                fontSize: Math.round(Theme.bodySize * 0.6)
                Accessible.name: fileIsDir ? qsTr("Папка %1").arg(fileName) : qsTr("Фото %1").arg(fileName)
                contentItem: Column {
                    spacing: 4
                    Image {
                        id: thumb
                        visible: !fileIsDir
                        width: parent.width
                        height: parent.height - caption.height - 4
                        source: fileIsDir ? "" : fileUrl
                        sourceSize.width: 240
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    Text {
                        id: caption
                        width: parent.width
                        text: (fileIsDir ? "📁 " : "") + fileName
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(Theme.bodySize * 0.6)
                        color: Theme.palette.secondaryText
                        elide: Text.ElideMiddle
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                onClicked: fileIsDir ? root.folder = fileUrl : root.picked(fileUrl)
            }
        }
        BodyText {
            objectName: "noFiles"
            Layout.fillWidth: true
            visible: files.status === FolderListModel.Ready && files.count === 0
            text: qsTr("Здесь нет фото (JPEG или PNG). Вставьте флешку или выберите другое место.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "folderUp"
                text: qsTr("Папка выше")
                enabled: String(files.parentFolder).length > 0 && !root.places.some(p => String(p.url) === String(root.folder))
                onClicked: root.folder = files.parentFolder
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "pickerCancel"
                text: qsTr("Отмена")
                onClicked: root.cancelled()
            }
        }
    }
}
