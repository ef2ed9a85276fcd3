#include "nok/json_type_name.h"

#include <nlohmann/json.hpp>

namespace nok {

std::string jsonTypeName(const nlohmann::json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "a boolean";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a string";
    if (v.is_array()) return "an array";
    return "an object";
}

} // namespace nok
