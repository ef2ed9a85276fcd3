// LocalFolders (QML singleton): whether a folder exists on this device. The photo file picker
// asks before it lists a place, because Qt's FolderListModel lists the program's working
// directory instead of a folder that does not exist (a tablet without a Pictures folder showed
// «/root/Pictures» over the kiosk's own files).
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace nok::kiosk {

class LocalFolders : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit LocalFolders(QObject* parent = nullptr) : QObject(parent) {}
    // True for a file:// URL (or a plain path) naming a directory that exists.
    Q_INVOKABLE [[nodiscard]] bool exists(const QUrl& folder) const;
};

} // namespace nok::kiosk
