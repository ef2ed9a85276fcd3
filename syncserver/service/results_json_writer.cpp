#include "service/results_json_writer.h"

#include "service/approval_service.h"
#include "service/json_text.h"
#include "service/org_result_json.h"

#include <algorithm>
#include <iterator>

namespace nok::server {

using nlohmann::json;

namespace {

constexpr std::size_t kSlice = 64; // organisations converted to JSON at a time

// `value` dumped as it would appear `depth` levels deep inside a pretty-printed document:
// every line after the first is shifted right. JSON strings hold no raw line breaks, so every
// '\n' in the dump is structural.
std::string nested(const json& value, int indent, int depth) {
    std::string text = value.dump(indent);
    if (indent <= 0 || depth == 0) return text;
    const std::string shift(static_cast<std::size_t>(indent * depth), ' ');
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    std::string out;
    out.reserve(text.size() + lines * shift.size());
    std::size_t pos = 0;
    while (true) {
        const auto nl = text.find('\n', pos);
        if (nl == std::string::npos) break;
        out.append(text, pos, nl + 1 - pos);
        out += shift;
        pos = nl + 1;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

// Writes the document; `release`, when set, is `scored` itself, whose organisations are emptied
// once written.
Status writeDocument(const ScoredCampaign& scored, ScoredCampaign* release, int indent,
                     const TextSink& out, const ResultsJsonOptions& options) {
    const bool pretty = indent >= 0;
    const std::string nl = pretty ? "\n" : "";
    const std::string pad1(pretty ? static_cast<std::size_t>(indent) : 0, ' ');
    const std::string pad2(pretty ? static_cast<std::size_t>(2 * indent) : 0, ' ');
    const std::string colon = pretty ? ": " : ":";
    std::size_t written = 0; // bytes handed to the sink so far, for organizationSpans
    const TextSink sink = [&](std::string_view piece) {
        written += piece.size();
        return out(piece);
    };

    json top = resultsHead(scored);
    if (!options.summary) top.erase("summary");

    if (auto st = sink("{" + nl); !st) return st;
    bool firstKey = true;
    for (const auto& [key, value] : top.items()) { // keys in the order dump() uses
        std::string piece = (firstKey ? "" : "," + nl) + pad1 + json(key).dump() + colon;
        firstKey = false;
        if (key != "organizations") {
            piece += nested(value, indent, 1);
            if (auto st = sink(piece); !st) return st;
            continue;
        }
        const auto& orgs = scored.results.organizations;
        if (orgs.empty()) {
            if (auto st = sink(piece + "[]"); !st) return st;
            continue;
        }
        if (auto st = sink(piece + "["); !st) return st;
        std::string text;
        for (std::size_t from = 0; from < orgs.size(); from += kSlice) {
            const std::size_t to = std::min(orgs.size(), from + kSlice);
            text.clear();
            for (std::size_t i = from; i < to; ++i) {
                if (i > 0) text += ',';
                text += nl + pad2;
                const std::size_t begin = written + text.size();
                JsonText org(text, indent, 2);
                writeOrganizationJson(org, orgs[i], scored.results.criterionIds, options.form,
                                      scored.comparison.get());
                if (options.organizationSpans)
                    options.organizationSpans->emplace_back(begin, written + text.size());
                if (release) release->results.organizations[i] = {}; // written: free it now
            }
            if (auto st = sink(text); !st) return st;
        }
        if (auto st = sink(nl + pad1 + "]"); !st) return st;
    }
    return sink(nl + "}");
}

} // namespace

json resultsHead(const ScoredCampaign& scored) {
    // From the engine's own serialisation, with the organisations left out.
    scoring::CampaignResults head;
    head.methodologyId = scored.results.methodologyId;
    head.methodologyVersion = scored.results.methodologyVersion;
    head.criterionIds = scored.results.criterionIds;
    head.categories = scored.results.categories;
    head.region = scored.results.region;
    head.regionalSummary = scored.results.regionalSummary;
    json top = scoring::toJson(head);
    top["campaign"] = campaignBlock(scored.campaign);
    top["approval"] = approvalJson(scored.approval);
    if (scored.comparison) top["compared_with"] = scored.comparison->campaign;
    return top;
}

Status writeResultsJson(ScoredCampaign scored, int indent, const TextSink& sink) {
    return writeDocument(scored, &scored, indent, sink, {});
}

namespace {

json treeOf(const ScoredCampaign& scored, ScoredCampaign* release,
            const ResultsJsonOptions& options) {
    std::string text;
    auto st = writeDocument(scored, release, -1, appendTo(text), options);
    (void)st; // appendTo cannot fail
    if (release) *release = {};
    return json::parse(text);
}

} // namespace

json resultsTree(const ScoredCampaign& scored, const ResultsJsonOptions& options) {
    return treeOf(scored, nullptr, options);
}

json resultsTree(ScoredCampaign&& scored, const ResultsJsonOptions& options) {
    return treeOf(scored, &scored, options);
}

Status writeResultsJson(const ScoredCampaign& scored, int indent, const TextSink& sink,
                        const ResultsJsonOptions& options) {
    return writeDocument(scored, nullptr, indent, sink, options);
}

} // namespace nok::server
