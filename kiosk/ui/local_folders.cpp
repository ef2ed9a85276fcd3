#include "local_folders.h"

#include <QFileInfo>

namespace nok::kiosk {

bool LocalFolders::exists(const QUrl& folder) const {
    if (folder.isEmpty()) return false;
    const QString path = folder.isLocalFile() ? folder.toLocalFile()
                         : folder.scheme().isEmpty() ? folder.path()
                                                     : QString();
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace nok::kiosk
