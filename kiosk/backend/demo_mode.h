// Demo mode (--demo): a kiosk that works with no server. Its state lives in <data dir>/demo/ so
// demo answers never mix with a real outbox. The enrolment is built locally: a demo organisation
// («Демонстрационный дом-интернат»), the builtin questionnaire social-675n/1, default settings,
// and a stand-in server key pair generated once and kept in that folder, so demo responses are
// signed and sealed exactly like real ones (and can be opened for a demonstration).
#pragma once

#include "enrolment_document.h"
#include "nok/result.h"

#include <string>

namespace nok::kiosk {

inline constexpr char kDemoOrganizationId[] = "demo-org";
inline constexpr char kDemoCampaignId[] = "demo";

// <data dir>/demo
[[nodiscard]] std::string demoDataDir(const std::string& dataDir);
// Loads or creates the stand-in server keys (demo-server-sign.key, demo-server-seal.key) in
// `demoDir` and returns the demo enrolment to store.
[[nodiscard]] Result<Enrolment> makeDemoEnrolment(const std::string& demoDir);

} // namespace nok::kiosk
