#include "sync_error_text.h"

namespace nok::kiosk {

namespace {

bool isStorageFailure(const QString& code) {
    return code == QLatin1String("database_corrupt") || code == QLatin1String("database_too_new") ||
           code == QLatin1String("io_error") || code == QLatin1String("migration_failed") ||
           code == QLatin1String("no_transaction");
}

bool isUntrustedAnswer(const QString& code) {
    return code == QLatin1String("malformed_receipts") || code == QLatin1String("malformed_receipt") ||
           code == QLatin1String("receipt_not_for_this_batch") ||
           code == QLatin1String("bad_receipt_signature");
}

} // namespace

QString SyncErrorText::forSync(const QString& code) {
    if (code == QLatin1String("network_error"))
        return tr("Нет связи с сервером. Ответы сохранены в киоске; он повторит отправку сам, "
                  "когда появится сеть.");
    if (code == QLatin1String("server_error"))
        return tr("Сервер временно не работает. Ответы сохранены в киоске; он повторит отправку "
                  "позже.");
    if (code == QLatin1String("device_not_accepted"))
        return tr("Сервер не принимает этот киоск (его отключили или удалили). Ответы сохранены; "
                  "подключите киоск заново кодом от администратора.");
    if (isUntrustedAnswer(code))
        return tr("Ответ сервера не прошёл проверку подписи. Из киоска ничего не удалено; "
                  "сообщите администратору.");
    if (isStorageFailure(code))
        return tr("Ошибка памяти киоска. Сообщите технику.");
    if (code == QLatin1String("demo_mode"))
        return tr("Демонстрационный режим: сервера нет, ответы никуда не отправляются.");
    return tr("Синхронизация не удалась. Ответы сохранены в киоске; он повторит отправку сам.");
}

QString SyncErrorText::forEnrolment(const QString& code) {
    if (code == QLatin1String("enrolment_refused"))
        return tr("Сервер не принял код: он неверный, уже использован или истёк. Попросите у "
                  "администратора новый.");
    if (code == QLatin1String("invalid_server_url"))
        return tr("Адрес сервера в настройках киоска неверный. Сообщите технику.");
    if (code == QLatin1String("network_error"))
        return tr("Нет связи с сервером. Проверьте сеть и попробуйте ещё раз.");
    if (code == QLatin1String("demo_mode"))
        return tr("В демонстрационном режиме киоск не подключается к серверу.");
    if (code == QLatin1String("outbox_not_empty"))
        return tr("В киоске есть неотправленные ответы для прежнего сервера. Сначала "
                  "синхронизируйте их, потом подключайте киоск заново.");
    if (isStorageFailure(code)) return forSync(code); // the same storage failure either way
    return tr("Сервер не подключил киоск. Сообщите администратору.");
}

} // namespace nok::kiosk
