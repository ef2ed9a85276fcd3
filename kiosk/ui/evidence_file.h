// Evidence photos as the tablet accepts them: at most 6 MiB, JPEG (FF D8 FF) or PNG (89 50 4E 47
// 0D 0A 1A 0A) by their first bytes, whatever the file is called. The same rule as the server's
// PUT /api/v1/evidence, checked before anything is stored so the operator hears about a wrong
// file at once and not after a sync. Errors are Russian sentences naming the file.
#pragma once

#include "nok/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QUrl>

namespace nok::kiosk {

inline constexpr qint64 kMaxEvidenceBytes = 6291456;

struct EvidenceFile {
    QByteArray bytes;
    QString mimeType; // image/jpeg | image/png
};

// "image/jpeg", "image/png", or "" for anything else.
[[nodiscard]] QString sniffImageType(const QByteArray& bytes);
// Reads a local file (file:// URL or path), refusing what is not a local file, too large, or not
// JPEG/PNG. Reads at most the limit plus one byte, so a huge file is never loaded whole.
[[nodiscard]] Result<EvidenceFile> readEvidenceFile(const QUrl& file);
// A captured image as JPEG (quality 85), refused when empty or still too large.
[[nodiscard]] Result<EvidenceFile> encodeEvidenceImage(const QImage& image);

} // namespace nok::kiosk
