// A small server for the browser tests until `nok-server serve` is on this branch: the real web
// routes on a real temporary database (campaign seeded from a dataset file, web responses stored
// and signed by the real service), results scored by the real engine, a council token from argv.
// Prints "PORT <n>" once listening on 127.0.0.1 (port 0: the system picks a free one) and stops
// when its stdin closes, so it never outlives the test that started it.
//   web_test_server --db FILE --dataset FILE --council-token T [--operator-token T]
//                   [--invite-campaign ID --invite-code CODE]... [--rate-limit N]
#include "nok/crypto/crypto.h"
#include "storage/server_database.h"
#include "storage/server_keys.h"
#include "web/web_routes.h"
#include "web/web_storage_wiring.h"
#include "web_fixture.h"

#include <httplib.h>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

int main(int argc, char** argv) {
    std::string dbPath, datasetPath, councilToken, operatorToken;
    std::set<std::string> inviteCampaigns, inviteCodes;
    int rateLimit = 50;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--db")
            dbPath = v;
        else if (k == "--dataset")
            datasetPath = v;
        else if (k == "--council-token")
            councilToken = v;
        else if (k == "--operator-token")
            operatorToken = v;
        else if (k == "--invite-campaign")
            inviteCampaigns.insert(v);
        else if (k == "--invite-code")
            inviteCodes.insert(v);
        else if (k == "--rate-limit")
            rateLimit = std::stoi(v);
        else {
            std::cerr << "web_test_server: unknown option " << k << "\n";
            return 2;
        }
    }
    if (dbPath.empty() || datasetPath.empty() || councilToken.empty()) {
        std::cerr << "web_test_server: --db, --dataset and --council-token are required\n";
        return 2;
    }
    if (!nok::crypto::init()) return 1;
    auto db = nok::server::openServerDatabase(dbPath, true);
    if (!db) {
        std::cerr << db.error().describe() << "\n";
        return 1;
    }
    if (auto k = nok::server::ensureServerKeys(**db); !k) {
        std::cerr << k.error().describe() << "\n";
        return 1;
    }
    std::ifstream in(datasetPath);
    std::stringstream text;
    text << in.rdbuf();
    const auto dataset = nlohmann::json::parse(text.str(), nullptr, false);
    if (dataset.is_discarded()) {
        std::cerr << datasetPath << ": not JSON\n";
        return 1;
    }
    if (auto s = nok::webtest::seedDataset(**db, dataset); !s) {
        std::cerr << s.error().describe() << "\n";
        return 1;
    }

    auto shared = std::make_shared<nok::web::SharedDatabase>();
    shared->db = std::move(*db);
    nok::web::WebContext ctx;
    ctx.options.rateLimitCount = rateLimit;
    ctx.resultsJson = [shared](const std::string& c) {
        std::lock_guard lock(shared->mutex);
        return nok::webtest::scoredResults(*shared->db, c);
    };
    ctx.resultsCsv = [shared](const std::string& c) -> nok::Result<std::string> {
        std::lock_guard lock(shared->mutex);
        auto r = nok::webtest::scoredResults(*shared->db, c);
        if (!r) return r.error();
        return nok::webtest::resultsCsv(*r);
    };
    ctx.resultsHtml = [](const std::string& c) -> nok::Result<std::string> {
        return "<!doctype html><title>Report</title><h1>Report " + c + "</h1>";
    };
    ctx.authenticateCouncilToken =
        [councilToken, operatorToken](const std::string& t) -> nok::Result<nok::web::CouncilUser> {
        if (t == councilToken) return nok::web::CouncilUser{"Член совета", "council"};
        if (!operatorToken.empty() && t == operatorToken)
            return nok::web::CouncilUser{"Оператор", "operator"};
        return nok::makeError("unauthorized", "unknown token");
    };
    auto codes = std::make_shared<std::pair<std::mutex, std::set<std::string>>>();
    codes->second = inviteCodes;
    ctx.requiresInvitation = [inviteCampaigns](const std::string& c) {
        return inviteCampaigns.count(c) > 0;
    };
    ctx.consumeInvitation = [codes](const std::string&, const std::string& code) -> nok::Status {
        std::lock_guard lock(codes->first);
        if (codes->second.erase(code) == 0)
            return nok::makeError("invitation_invalid", "unknown or used code");
        return {};
    };

    httplib::Server server;
    nok::web::registerWebRoutes(server, nok::web::wireWebStorage(ctx, shared));
    const int port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        std::cerr << "web_test_server: cannot bind\n";
        return 1;
    }
    std::thread stopper([&server] {
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        server.stop();
    });
    std::cout << "PORT " << port << std::endl;
    server.listen_after_bind();
    stopper.join();
    return 0;
}
