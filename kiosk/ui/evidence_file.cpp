#include "evidence_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nok::kiosk {

namespace {
Error refuse(const QString& message) { return makeError("invalid_evidence", message.toStdString(), "evidence"); }
} // namespace

QString sniffImageType(const QByteArray& bytes) {
    static const QByteArray jpeg("\xFF\xD8\xFF", 3);
    static const QByteArray png("\x89PNG\r\n\x1A\n", 8);
    if (bytes.startsWith(jpeg)) return QStringLiteral("image/jpeg");
    if (bytes.startsWith(png)) return QStringLiteral("image/png");
    return {};
}

Result<EvidenceFile> readEvidenceFile(const QUrl& url) {
    QString path;
    if (url.isLocalFile()) path = url.toLocalFile();
    else if (url.scheme().isEmpty()) path = url.toString();
    if (path.isEmpty()) return refuse(QCoreApplication::translate("EvidenceFile", "Фото можно взять только из файла на этом устройстве: %1").arg(url.toString()));
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("EvidenceFile", "Не удаётся открыть файл «%1»").arg(name));
    const QByteArray bytes = file.read(kMaxEvidenceBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(QCoreApplication::translate("EvidenceFile", "Не удаётся прочитать файл «%1»: %2").arg(name, file.errorString()));
    if (bytes.size() > kMaxEvidenceBytes)
        return refuse(QCoreApplication::translate("EvidenceFile", "Файл «%1» больше 6 МБ; выберите фото меньшего размера").arg(name));
    const QString type = sniffImageType(bytes);
    if (type.isEmpty())
        return refuse(QCoreApplication::translate("EvidenceFile", "Файл «%1» не фотография JPEG или PNG").arg(name));
    return EvidenceFile{bytes, type};
}

Result<EvidenceFile> encodeEvidenceImage(const QImage& image) {
    if (image.isNull()) return refuse(QCoreApplication::translate("EvidenceFile", "Снимок пуст; сделайте фото ещё раз"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 85)) return refuse(QCoreApplication::translate("EvidenceFile", "Не удаётся сохранить снимок как JPEG"));
    if (bytes.size() > kMaxEvidenceBytes)
        return refuse(QCoreApplication::translate("EvidenceFile", "Снимок больше 6 МБ; уменьшите разрешение камеры"));
    return EvidenceFile{bytes, QStringLiteral("image/jpeg")};
}

} // namespace nok::kiosk
