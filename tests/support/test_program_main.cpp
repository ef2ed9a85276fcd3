// The folder test program's entry point: runs the registered test named by the first argument
// with the remaining arguments, as the test's own program did before (test_program.h).
#include "test_program.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace nok::test {
namespace {

std::map<std::string, TestRunner>& registry() {
    static std::map<std::string, TestRunner> tests;
    return tests;
}

void printTests(std::FILE* out) {
    for (const auto& [name, run] : registry()) std::fprintf(out, "  %s\n", name.c_str());
}

} // namespace

bool registerTestProgram(const char* name, TestRunner run) {
    registry().emplace(name, run);
    return true;
}

} // namespace nok::test

int main(int argc, char* argv[]) {
    using nok::test::registry;
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: %s <test> [Qt Test options]\ntests in this program:\n", argv[0]);
        nok::test::printTests(stderr);
        return 2;
    }
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) {
        std::fprintf(stderr, "%s: no test named '%s'; tests in this program:\n", argv[0], argv[1]);
        nok::test::printTests(stderr);
        return 2;
    }
    // The test sees the command line its own program saw: its name as argv[0] (so the
    // application name is still tst_<unit>), then the options.
    std::string program(argv[0]);
    const auto slash = program.rfind('/');
    program = (slash == std::string::npos ? std::string() : program.substr(0, slash + 1)) + argv[1];
    std::vector<char*> args;
    args.push_back(program.data());
    for (int i = 2; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(nullptr);
    return found->second(argc - 1, args.data());
}
