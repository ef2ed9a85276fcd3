// Conversions between the operator screens' plain data (operator_store.h) and the expert core
// (nok::expert): a checklist as the screens show it, a draft as kept in kiosk.db (JSON), and a
// finished draft as the ExpertCheck the device signs. Stored drafts are input read back from
// disk, so decoding checks every field and names the path of the first problem.
#pragma once

#include "operator_store.h"

#include "nok/expert/expert_check.h"

#include <string>
#include <string_view>

namespace nok::kiosk {

[[nodiscard]] ChecklistInfo checklistInfoFrom(const expert::Checklist& checklist, QByteArray sourceJson = {});
// The built-in checklist (shared/data/checklists) as the screens see it.
[[nodiscard]] ChecklistInfo builtinChecklistInfo();
// Parses a checklist document (the server's or a stored one) into both forms.
[[nodiscard]] Result<ChecklistInfo> checklistInfoFromJson(std::string_view json);

// The item states, notes, photos and waiting points of a draft (not its checklist: that is kept
// beside it as the checklist document).
[[nodiscard]] std::string draftItemsToJson(const ExpertDraft& draft);
// Fills draft.items / waitingTimePoints from that JSON, aligned to draft.checklist: items the
// checklist does not have are dropped, items it has and the JSON lacks start unchecked.
[[nodiscard]] Status draftItemsFromJson(std::string_view json, ExpertDraft& draft);

// The complete draft as an expert check (id, device and recorded_at are filled in by the caller).
[[nodiscard]] expert::ExpertCheck toExpertCheck(const ExpertDraft& draft, const QString& operatorName);

} // namespace nok::kiosk
