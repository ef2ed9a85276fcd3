// jsonTypeName: how an error message names the JSON type that was found where another was
// expected ("must be text, got a number"). One wording for every validator, so a user who meets
// two of them reads the same words.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace nok {

// "null", "a boolean", "a number", "a string", "an array" or "an object".
[[nodiscard]] std::string jsonTypeName(const nlohmann::json& value);

} // namespace nok
