// SurveySession: one respondent's pass through the questionnaire, as the screens see it. The
// current question, its texts in the chosen language, the progress («Вопрос 3 из 15») and the path
// all come from the core (nextQuestion, reachableQuestions, validateAnswers), never from QML.
// The progress counts the questions this respondent meets: a follow-up question («Удовлетворены
// ли Вы…») counts only once its gate question was answered so that it is asked.
// From the review, edit(id) opens one answered question and returns to the review after it (after
// any follow-up the changed answer now needs).
// Answers live only in this object's memory: discard() and a completed submit() clear them, so
// nothing of an abandoned session reaches disk and the next respondent never sees them.
#pragma once

#include "kiosk_environment.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <string>
#include <vector>

namespace nok::kiosk {

class SurveySession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nok::kiosk::KioskEnvironment* environment READ environment WRITE setEnvironment NOTIFY environmentChanged REQUIRED)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY changed)
    Q_PROPERTY(QString questionId READ questionId NOTIFY changed)
    Q_PROPERTY(QString questionType READ questionType NOTIFY changed)
    Q_PROPERTY(QString questionText READ questionText NOTIFY changed)
    Q_PROPERTY(QString questionHint READ questionHint NOTIFY changed)
    Q_PROPERTY(bool questionOptional READ questionOptional NOTIFY changed)
    Q_PROPERTY(QVariantList options READ options NOTIFY changed)
    Q_PROPERTY(int minValue READ minValue NOTIFY changed)
    Q_PROPERTY(int maxValue READ maxValue NOTIFY changed)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY changed)
    Q_PROPERTY(QVariant currentAnswer READ currentAnswer NOTIFY changed)
    Q_PROPERTY(int position READ position NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(bool editing READ editing NOTIFY changed)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed)
    Q_PROPERTY(QVariantList review READ review NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    Q_PROPERTY(QString organizationId READ organizationId NOTIFY changed)

public:
    explicit SurveySession(QObject* parent = nullptr);

    [[nodiscard]] KioskEnvironment* environment() const { return m_env; }
    void setEnvironment(KioskEnvironment* env);

    [[nodiscard]] bool active() const { return !m_path.empty(); }
    [[nodiscard]] bool reviewing() const { return m_reviewing; }
    [[nodiscard]] QString questionId() const;
    [[nodiscard]] QString questionType() const;
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString questionHint() const;
    [[nodiscard]] bool questionOptional() const;
    [[nodiscard]] QVariantList options() const;
    [[nodiscard]] int minValue() const;
    [[nodiscard]] int maxValue() const;
    [[nodiscard]] int maxLength() const;
    [[nodiscard]] QVariant currentAnswer() const;
    [[nodiscard]] int position() const;
    [[nodiscard]] int total() const;
    [[nodiscard]] bool canGoBack() const { return m_reviewing || m_path.size() > 1; }
    // True while a question opened from the review is shown: answering returns to the review.
    [[nodiscard]] bool editing() const { return m_returnToReview && !m_reviewing; }
    // The questions met with these answers: skip logic applied, and an unanswered gate question
    // counted as skipping its follow-up (which is not yet certain to be asked).
    [[nodiscard]] static std::vector<std::string> pathMet(const survey::Questionnaire& q,
                                                          const nlohmann::json& answers);
    [[nodiscard]] int answeredCount() const { return int(m_answers.size()); }
    [[nodiscard]] QVariantList review() const;
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] const nlohmann::json& answers() const { return m_answers; }
    // "kiosk" (start()) or "interview" (startInterview()).
    [[nodiscard]] QString channel() const { return m_channel; }
    // The organisation the response is for: the kiosk's own, or the one chosen for the interview.
    [[nodiscard]] QString organizationId() const;

    // A respondent at the kiosk: channel "kiosk", the environment's organisation.
    Q_INVOKABLE void start();
    // An operator's phone interview: channel "interview" for `orgId`, which must be one of the
    // organisations the device is enrolled for (else false and errorText, nothing started). Not
    // subject to the kiosk's minimum interval; otherwise exactly a kiosk response.
    Q_INVOKABLE bool startInterview(const QString& orgId);
    // Records the answer to the current question (validated by the core) and moves on along
    // the skip logic; answers on a path no longer taken are dropped. False (and errorText) if
    // the value is not acceptable.
    Q_INVOKABLE bool answer(const QVariant& value);
    Q_INVOKABLE bool skip();   // optional questions only
    Q_INVOKABLE bool back();
    // From the review: show question `id` (one on the path) again; after its answer (and any
    // follow-up it now needs) the review returns. False for a question not on the path.
    Q_INVOKABLE bool edit(const QString& id);
    // From the review step: validates the whole set and hands it to the sink. On success the
    // answers are cleared and finished(id) is emitted; otherwise errorText says why.
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void discard();

signals:
    void environmentChanged();
    void changed();
    void finished(const QString& responseId);
    void submitFailed(const QString& message);
    void discarded();

private:
    [[nodiscard]] const survey::Question* current() const;
    [[nodiscard]] std::string language() const;
    [[nodiscard]] QString labelFor(const survey::Question& q, const nlohmann::json& value) const;
    void advance(const std::string& next);
    [[nodiscard]] std::string passAnswered(std::string next);
    void setError(const QString& error);

    KioskEnvironment* m_env = nullptr;
    std::vector<std::string> m_path; // questions shown, in order; the current one is last
    nlohmann::json m_answers = nlohmann::json::object();
    bool m_reviewing = false;
    bool m_returnToReview = false; // set by edit(): questions seen before are passed by
    std::set<std::string> m_seen;  // the path when edit() was called
    QString m_error;
    QString m_channel = QStringLiteral("kiosk");
    QString m_interviewOrg; // set only for an interview
};

} // namespace nok::kiosk
