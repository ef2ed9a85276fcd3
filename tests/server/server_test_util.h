// Helpers for the server tests: run nok-server commands in-process through the real CLI entry
// point (cli::run), file bytes and hashes (to prove a database file did not change), fixtures.
#pragma once

#include "../support/cli_run.h"
#include "nok/crypto/crypto.h"

#include <nlohmann/json.hpp>

#include <QMetaType>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

// Data-driven tests take std::string columns; declared here once, at global scope, because the
// folder's tests are compiled together (tests/support/test_program.h).
Q_DECLARE_METATYPE(std::string)

namespace nok::test {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

inline std::string fileHash(const std::string& path) {
    return crypto::sha256Hex(readFile(path));
}

inline std::string fixture(const std::string& name) {
    return std::string(NOK_TEST_DATA_DIR) + "/server/" + name;
}

inline nlohmann::json workedExample() {
    return nlohmann::json::parse(readFile(fixture("worked-example.json")));
}

} // namespace nok::test
