// KioskDefaults: the kiosk's local settings before kiosk.ini or the server say otherwise (the
// operator PIN and the privacy timings). One place, read by the environment the screens see and
// by the kiosk.ini reader, so the two can never disagree about a default.
#pragma once

namespace nok::kiosk::defaults {

inline constexpr const char* kOperatorPin = "2580";
inline constexpr int kIdleTimeoutSeconds = 90;  // no touch for this long: the session ends
inline constexpr int kIdlePromptSeconds = 30;   // the «Вы ещё здесь?» prompt waits this long
inline constexpr int kMinIntervalSeconds = 20;  // between two finished responses on one kiosk

} // namespace nok::kiosk::defaults
