// The text of an invitation code: 12 symbols from the 31-symbol alphabet of enrolment codes
// (no 0/O, 1/I/L), printed in groups of four ("K7QD-M2XP-9F4H"), drawn with libsodium's
// randomness. 31^12 ≈ 2^59: with a few thousand codes per campaign and the web form's limit on
// wrong attempts, guessing one is hopeless. Codes are compared and stored in a canonical form
// (upper case, dashes and spaces removed), and only as its sha256.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nok::server {

constexpr std::size_t kInvitationCodeLength = 12; // symbols, without the dashes

// A fresh random code, "XXXX-XXXX-XXXX".
[[nodiscard]] std::string randomInvitationCode();
// The canonical form of what a respondent typed, or nullopt when it cannot be a code (wrong
// length or a symbol outside the alphabet): such text is refused without a database lookup.
[[nodiscard]] std::optional<std::string> canonicalInvitationCode(std::string_view text);
// sha256 hex of the canonical form: the only form the database holds.
[[nodiscard]] std::string invitationCodeHash(std::string_view canonical);

} // namespace nok::server
