// nok-server: thin entry point; everything lives in nok_server_lib (see cli/).
#include "cli/command.h"

#include <iostream>

int main(int argc, char** argv) {
    nok::server::cli::Io io{std::cout, std::cerr};
    return nok::server::cli::run(argc, argv, io);
}
