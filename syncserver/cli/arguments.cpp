#include "cli/arguments.h"

#include <charconv>

namespace nok::server::cli {

std::optional<std::string> Arguments::get(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::all(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() ? std::vector<std::string>{} : it->second;
}

Result<std::optional<long long>> Arguments::getInt(const std::string& name, long long min, long long max) const {
    auto v = get(name);
    if (!v) return std::optional<long long>{};
    long long n = 0;
    const auto* end = v->data() + v->size();
    auto [ptr, ec] = std::from_chars(v->data(), end, n);
    if (ec != std::errc() || ptr != end || n < min || n > max)
        return makeError("invalid_argument",
                         "must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", got '" + *v + "'",
                         "--" + name);
    return std::optional<long long>(n);
}

Result<Arguments> parseArguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec,
                                 std::size_t minPositional, std::size_t maxPositional) {
    Arguments out;
    auto findSpec = [&](const std::string& name) -> const OptionSpec* {
        for (const auto& s : spec)
            if (s.name == name) return &s;
        return nullptr;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a.substr(2);
            std::optional<std::string> inlineValue;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const OptionSpec* s = findSpec(name);
            if (!s) return makeError("invalid_argument", "unknown option (see --help)", "--" + name);
            if (!s->takesValue) {
                if (inlineValue) return makeError("invalid_argument", "takes no value", "--" + name);
                out.values[name].push_back("1");
                continue;
            }
            std::string value;
            if (inlineValue) value = *inlineValue;
            else if (i + 1 < args.size()) value = args[++i];
            else return makeError("invalid_argument", "needs a value (" + s->valueName + ")", "--" + name);
            if (value.empty()) return makeError("invalid_argument", "must not be empty", "--" + name);
            if (!s->repeatable && out.values.count(name)) return makeError("invalid_argument", "given more than once", "--" + name);
            out.values[name].push_back(std::move(value));
        } else {
            out.positional.push_back(a);
        }
    }
    for (const auto& s : spec)
        if (s.required && !out.has(s.name)) return makeError("invalid_argument", "is required", "--" + s.name);
    if (out.positional.size() < minPositional)
        return makeError("invalid_argument", "missing argument (see --help)");
    if (out.positional.size() > maxPositional)
        return makeError("invalid_argument", "unexpected argument '" + out.positional[maxPositional] + "'");
    return out;
}

} // namespace nok::server::cli
