#include "nok/format/ru_number.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace nok::format {

namespace {

// Adds one unit in the last place of a string of decimal digits; "99" → "100".
void incrementDigits(std::string& digits) {
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '9') {
            ++*it;
            return;
        }
        *it = '0';
    }
    digits.insert(digits.begin(), '1');
}

std::string decimalComma(std::string s) {
    for (auto& c : s)
        if (c == '.') c = ',';
    return s;
}

} // namespace

std::string roundedDecimal(double value, int decimals) {
    if (!std::isfinite(value)) return {};
    if (decimals < 0) decimals = 0;
    char buf[400]; // the longest fixed form of a double is ~330 characters
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed);
    if (ec != std::errc()) return {};
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    // All digits kept, as one integer string: whole part then `decimals` fraction digits.
    std::string digits(whole);
    for (int i = 0; i < decimals; ++i)
        digits += i < static_cast<int>(frac.size()) ? frac[static_cast<std::size_t>(i)] : '0';
    if (static_cast<int>(frac.size()) > decimals && frac[static_cast<std::size_t>(decimals)] >= '5')
        incrementDigits(digits);
    std::string out = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
    if (decimals > 0) out += "." + digits.substr(digits.size() - static_cast<std::size_t>(decimals));
    const bool zero = digits.find_first_not_of('0') == std::string::npos;
    return (value < 0 && !zero ? "-" : "") + out;
}

std::string ruDecimal(double value, int decimals) {
    return decimalComma(roundedDecimal(value, decimals));
}

std::string ruDecimalTrimmed(double value, int decimals) {
    std::string s = roundedDecimal(value, decimals);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return decimalComma(s);
}

std::string ruCount(long long value) {
    const bool negative = value < 0;
    std::string digits = std::to_string(value);
    if (negative) digits.erase(0, 1);
    if (digits.size() > 4)
        for (auto i = static_cast<long long>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<std::size_t>(i), "\u00A0");
    return (negative ? "-" : "") + digits;
}

} // namespace nok::format
