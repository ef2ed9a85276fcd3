#pragma once
// One program per test folder, one Qt Test class per ctest. Each tst_<unit>.cpp ends with
// NOK_TEST_GUILESS_MAIN(tst_<unit>, Class) (or the APPLESS/GUI form) instead of Qt's
// QTEST_*_MAIN: the macro does what Qt's does (the same application object, initMain, qExec)
// inside a function registered under the unit's name, and the folder's program
// (test_program_main.cpp) runs the one named by its first argument:
//     tests/server_api/nok_server_api_tests tst_sync [Qt Test options]
// Why: building ~70 separate test programs, each parsing and instantiating the same Qt Test,
// nlohmann json and cpp-httplib templates, was about a third of a full build; one program per
// folder compiles its tests in unity batches (tests/CMakeLists.txt). Each test's code lives in a
// namespace named after it, so helpers with the same name in two tests do not collide.
#include <QCoreApplication>
#include <QtTest/qtest.h>

namespace nok::test {

using TestRunner = int (*)(int argc, char* argv[]);

// Registers a test under its ctest name; returns true so it can initialise a static.
bool registerTestProgram(const char* name, TestRunner run);

} // namespace nok::test

#define NOK_TEST_MAIN_WITH(name, TestObject, ...)                                                \
    namespace name {                                                                             \
    namespace {                                                                                  \
    int runRegisteredTest(int argc, char* argv[]) {                                              \
        QTest::Internal::callInitMain<TestObject>();                                             \
        __VA_ARGS__                                                                              \
        TestObject tc;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                               \
        return QTest::qExec(&tc, argc, argv);                                                    \
    }                                                                                            \
    [[maybe_unused]] const bool registeredTest =                                                 \
        ::nok::test::registerTestProgram(#name, &runRegisteredTest);                             \
    }                                                                                            \
    }

// Qt's QTEST_APPLESS_MAIN, QTEST_GUILESS_MAIN and QTEST_MAIN (with Qt Gui), by name.
#define NOK_TEST_APPLESS_MAIN(name, TestObject) NOK_TEST_MAIN_WITH(name, TestObject)
#define NOK_TEST_GUILESS_MAIN(name, TestObject)                                                  \
    NOK_TEST_MAIN_WITH(name, TestObject, QCoreApplication app(argc, argv);                       \
                       app.setAttribute(Qt::AA_Use96Dpi, true);)
#define NOK_TEST_GUI_MAIN(name, TestObject)                                                      \
    NOK_TEST_MAIN_WITH(name, TestObject, QGuiApplication app(argc, argv);                        \
                       app.setAttribute(Qt::AA_Use96Dpi, true);)
