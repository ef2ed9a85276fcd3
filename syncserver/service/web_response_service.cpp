#include "service/web_response_service.h"

#include "service/approval_service.h"

#include "nok/survey/answer_validator.h"
#include "nok/survey/response_payload.h"
#include "service/invitation_service.h"
#include "storage/response_store.h"
#include "storage/server_keys.h"
#include "storage/web_queries.h"

#include <algorithm>

namespace nok::server {

Result<StoredWebResponse> storeWebResponse(sqlite::Database& db,
                                           const WebResponseRequest& request) {
    auto campaign = findWebCampaign(db, request.campaign);
    if (!campaign) return campaign.error();
    if (!*campaign) return makeError("unknown_campaign", "no campaign with this id", "campaign");
    const auto& orgs = (*campaign)->organizations;
    if (std::none_of(orgs.begin(), orgs.end(),
                     [&](const WebOrg& o) { return o.id == request.org; }))
        return makeError("unknown_org", "the campaign has no organisation with this id", "org");

    auto questionnaire = survey::builtinQuestionnaire((*campaign)->questionnaire);
    if (!questionnaire) return questionnaire.error();
    if (auto s = survey::checkAnswers(*questionnaire, request.answers, "answers"); !s)
        return s.error();

    auto keys = loadServerKeys(db);
    if (!keys) return keys.error();

    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    // Before the invitation is spent: a refused answer must leave the code usable.
    if (auto s = refuseIfApproved(db, request.campaign); !s) return s.error();
    // The code is spent inside the response's transaction: a failed insert rolls it back, and
    // two submissions racing with one code cannot both pass (the flag flips only from 0).
    auto required = invitationRequired(db, request.campaign, request.org);
    if (!required) return required.error();
    if (*required || !request.invitation.empty())
        if (auto s = spendInvitation(db, request.campaign, request.org, request.invitation); !s)
            return s.error();
    auto seq = nextWebSeq(db);
    if (!seq) return seq.error();

    survey::ResponsePayload p;
    p.id = crypto::uuidV4();
    p.device = "web";
    p.org = request.org;
    p.campaign = request.campaign;
    p.questionnaire = questionnaire->key();
    p.channel = "web";
    p.day = survey::todayUtc();
    p.seq = *seq;
    p.answers = request.answers;
    const std::string bytes = survey::encodePayload(p);
    // The server's own payload obeys the rule every signed payload does (one reading, seq in
    // 1…2^53−1), checked on the exact bytes before they are signed: the web counter running past
    // the range must stop the form, not store a number other readers would round.
    if (auto reread = survey::decodePayload(bytes); !reread) return reread.error();
    const auto signedItem = survey::signPayload(bytes, keys->sign.secretKey);

    const NewResponse row = NewResponse::fromSigned(p, "web", std::nullopt, signedItem, p.answers.dump());
    auto outcome = insertResponse(db, row);
    if (!outcome) return outcome.error();
    if (*outcome != InsertOutcome::Stored)
        return makeError("storage_conflict", "a fresh response id was already taken", "id");
    if (auto s = tx.commit(); !s) return s.error();
    return StoredWebResponse{p.id, bytes};
}

} // namespace nok::server
