# The server's layering (STYLE.md, convention 8), checked on the sources:
#   http/ and web/ (parse, validate, map errors) reach the database only through service/: no file
#   there includes "storage/…", except the two that start the server (http/api_server.cpp opens
#   the database, http/server_context.h holds the loaded keys);
#   service/ (decides) never includes the layers above it or the renderers: no "report/…",
#   "http/…" or "web/…".
# Usage: cmake -DROOT=<a tree with syncserver/> -P check_layers.cmake
# Prints every offending include as <file>:<line>: <include> and fails if there is one.
cmake_minimum_required(VERSION 3.20)

if(NOT ROOT OR NOT IS_DIRECTORY "${ROOT}/syncserver")
    message(FATAL_ERROR "check_layers: ROOT='${ROOT}' has no syncserver/ folder")
endif()

set(start_up_files syncserver/http/api_server.cpp syncserver/http/server_context.h)
set(include_line "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]*)[\">]")
set(violations "")
set(checked 0)

# Appends "<file>:<line>: <text>" to `violations` for each include in `file` (relative to ROOT)
# whose path starts with one of `forbidden` (e.g. "storage/").
function(check_file file forbidden reason)
    file(READ "${ROOT}/${file}" text)
    # One list element per line: neutralise the characters a CMake list treats specially first.
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "[" "<lbracket>" text "${text}")
    string(REPLACE "]" "<rbracket>" text "${text}")
    string(REPLACE "\\" "<backslash>" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(number 0)
    set(found "${violations}")
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(NOT line MATCHES "${include_line}")
            continue()
        endif()
        set(included "${CMAKE_MATCH_1}")
        foreach(prefix IN LISTS forbidden)
            string(FIND "${included}" "${prefix}" at)
            if(at EQUAL 0)
                string(STRIP "${line}" shown)
                list(APPEND found "${file}:${number}: ${shown} (${reason})")
            endif()
        endforeach()
    endforeach()
    set(violations "${found}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE upper RELATIVE "${ROOT}" "${ROOT}/syncserver/http/*.h" "${ROOT}/syncserver/http/*.cpp"
     "${ROOT}/syncserver/web/*.h" "${ROOT}/syncserver/web/*.cpp")
file(GLOB_RECURSE services RELATIVE "${ROOT}" "${ROOT}/syncserver/service/*.h"
     "${ROOT}/syncserver/service/*.cpp")
list(SORT upper)
list(SORT services)
if(NOT upper OR NOT services)
    message(FATAL_ERROR "check_layers: no sources under ${ROOT}/syncserver/{http,web,service}")
endif()

foreach(file IN LISTS upper)
    if(NOT file IN_LIST start_up_files)
        check_file("${file}" "storage/" "http/ and web/ reach storage through service/")
    endif()
    math(EXPR checked "${checked} + 1")
endforeach()
foreach(file IN LISTS services)
    check_file("${file}" "report/;http/;web/" "service/ must not depend on report/, http/ or web/")
    math(EXPR checked "${checked} + 1")
endforeach()

if(violations)
    # One plain line each (a FATAL_ERROR message would be re-wrapped), then the failure.
    foreach(violation IN LISTS violations)
        message(NOTICE "${violation}")
    endforeach()
    list(LENGTH violations count)
    message(FATAL_ERROR "check_layers: ${count} include(s) above cross the server's layers")
endif()
message(STATUS "check_layers: ${checked} files under ${ROOT}/syncserver keep the layers")
