// What a resident or an operator reads when the device could not save or read something: a short
// Russian sentence that says what was not done, why in plain words, and what to do ("сообщите
// сотруднику", "попробуйте ещё раз"). The raw error (SQLite's English, file paths) goes to the
// log (category nok.kiosk.store) for the technician, never to the screen.
#pragma once

#include "nok/result.h"

#include <QString>

namespace nok::kiosk {

// `whatFailed` is a whole sentence such as tr("Ответ не сохранён.").
[[nodiscard]] QString storageProblem(const QString& whatFailed, const Error& error);

} // namespace nok::kiosk
