// Numbers as people read them in Russian documents: the one rounding rule every display of a
// figure uses (the council dashboard, the printable report, the engine's shortcoming texts), so
// the same value never reads 78,13 on one page and 78,12 on another. Rounding is half up on the
// shortest decimal form of the double (the figure a person would see and round by hand): 78.125
// → 78,13 and 1.005 → 1,01, where printf's "%.2f" rounds the binary value (78,12; 1,00).
#pragma once

#include <string>

namespace nok::format {

// `value` rounded half up (away from zero) to `decimals` places, with a decimal point:
// "78.13", "90.00", "-1.01". "" when the value is not finite. A result of zero has no sign.
[[nodiscard]] std::string roundedDecimal(double value, int decimals);

// Russian display: decimal comma and exactly `decimals` places ("78,13", "90,00").
[[nodiscard]] std::string ruDecimal(double value, int decimals = 2);

// As ruDecimal with trailing zeros dropped ("90", "82,5"): thresholds and rules in running text.
[[nodiscard]] std::string ruDecimalTrimmed(double value, int decimals = 2);

// A count with groups of three digits from 10 000 on, separated by a no-break space
// ("259", "1234", "12 345"), as Russian typography writes them.
[[nodiscard]] std::string ruCount(long long value);

} // namespace nok::format
