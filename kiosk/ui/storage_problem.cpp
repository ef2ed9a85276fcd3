#include "storage_problem.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nok::kiosk {

namespace {

Q_LOGGING_CATEGORY(lcStorageProblem, "nok.kiosk.store")

QString tr(const char* text) {
    return QCoreApplication::translate("StorageProblem", text);
}

// Why, in words a resident understands, and what to do; empty when the code is not one we name.
QString reasonFor(const Error& error) {
    const std::string& code = error.code;
    if (code == "disk_full")
        return tr("Память устройства заполнена. Сообщите сотруднику: устройству нужна "
                  "синхронизация или свободное место.");
    if (code == "read_only")
        return tr("Устройство не может записывать данные. Сообщите сотруднику: нужна проверка "
                  "устройства.");
    if (code == "database_corrupt")
        return tr("Хранилище ответов повреждено. Сообщите сотруднику: нужна проверка устройства, "
                  "ранее сохранённые ответы не удаляйте.");
    if (code == "database_busy")
        return tr("Устройство занято. Подождите несколько секунд и попробуйте ещё раз.");
    if (code == "io_error" || code == "cannot_open")
        return tr("Устройство не смогло прочитать или записать данные. Попробуйте ещё раз; если "
                  "не получится, сообщите сотруднику.");
    if (code == "not_enrolled")
        return tr("Устройство ещё не подключено к серверу. Сообщите сотруднику.");
    if (code == "too_soon")
        return tr("Предыдущий ответ сохранён только что. Подождите немного и попробуйте ещё "
                  "раз.");
    if (code == "unknown_organization")
        return tr("Устройство не подключено для этой организации. Сообщите сотруднику.");
    if (code == "not_an_image") return tr("Это не фотография в формате JPEG или PNG.");
    if (code == "too_large") return tr("Фотография больше 6 МБ: сделайте снимок поменьше.");
    return {};
}

} // namespace

QString storageProblem(const QString& whatFailed, const Error& error) {
    qCWarning(lcStorageProblem, "%s %s", whatFailed.toUtf8().constData(),
              error.describe().c_str());
    QString reason = reasonFor(error);
    if (reason.isEmpty())
        reason = tr("Попробуйте ещё раз; если не получится, сообщите сотруднику.");
    return whatFailed + QLatin1Char(' ') + reason;
}

} // namespace nok::kiosk
