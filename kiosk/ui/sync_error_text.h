// SyncErrorText: what a failure of the kiosk's sync or enrolment means for the operator, in the
// interface's language, from the failure's machine code (Error::code: network_error,
// device_not_accepted, …). The backend's own text stays English and technical (it names the
// address, the HTTP status, the file) and is shown beneath it for a technician; this sentence
// says what happened and what to do, and that nothing stored is lost where that is so.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace nok::kiosk {

class SyncErrorText {
    Q_DECLARE_TR_FUNCTIONS(SyncErrorText)
public:
    // The operator's sentence for a sync failure; a general one for a code it does not know.
    [[nodiscard]] static QString forSync(const QString& code);
    // The same for a refused enrolment (a wrong code reads differently there).
    [[nodiscard]] static QString forEnrolment(const QString& code);
};

} // namespace nok::kiosk
