#include "survey_session.h"

#include "storage_problem.h"

#include "nok/survey/answer_validator.h"

#include <algorithm>

namespace nok::kiosk {

using nlohmann::json;
using survey::QuestionType;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::string textIn(const survey::Texts& texts, const std::string& lang) {
    if (auto it = texts.find(lang); it != texts.end()) return it->second;
    if (auto it = texts.find("ru"); it != texts.end()) return it->second;
    return {};
}

QVariant toVariant(const json& v) {
    if (v.is_string()) return qs(v.get<std::string>());
    if (v.is_number_integer()) return QVariant::fromValue(v.get<int>());
    return {};
}

} // namespace

SurveySession::SurveySession(QObject* parent) : QObject(parent) {}

void SurveySession::setEnvironment(KioskEnvironment* env) {
    if (env == m_env) return;
    if (m_env) disconnect(m_env, nullptr, this, nullptr);
    m_env = env;
    if (m_env) connect(m_env, &KioskEnvironment::languageChanged, this, &SurveySession::changed);
    emit environmentChanged();
    emit changed();
}

const survey::Question* SurveySession::current() const {
    if (!m_env || m_path.empty()) return nullptr;
    return m_env->questionnaire().find(m_path.back());
}

std::string SurveySession::language() const {
    return m_env ? m_env->language().toStdString() : std::string("ru");
}

QString SurveySession::questionId() const { return m_path.empty() ? QString() : qs(m_path.back()); }

QString SurveySession::questionType() const {
    const auto* q = current();
    return q ? qs(std::string(survey::toString(q->type))) : QString();
}

QString SurveySession::questionText() const {
    const auto* q = current();
    return q ? qs(textIn(q->text, language())) : QString();
}

QString SurveySession::questionHint() const {
    const auto* q = current();
    return q ? qs(textIn(q->hint, language())) : QString();
}

bool SurveySession::questionOptional() const {
    const auto* q = current();
    return q && q->optional;
}

QVariantList SurveySession::options() const {
    QVariantList list;
    const auto* q = current();
    if (!q) return list;
    for (const auto& o : q->options)
        list.append(QVariantMap{{QStringLiteral("value"), qs(o.value)},
                                {QStringLiteral("label"), qs(textIn(o.label, language()))}});
    return list;
}

int SurveySession::minValue() const {
    const auto* q = current();
    return q && q->min ? *q->min : 0;
}

int SurveySession::maxValue() const {
    const auto* q = current();
    return q && q->max ? *q->max : 0;
}

int SurveySession::maxLength() const {
    const auto* q = current();
    return q && q->maxLength ? *q->maxLength : 0;
}

QVariant SurveySession::currentAnswer() const {
    if (m_path.empty()) return {};
    auto it = m_answers.find(m_path.back());
    return it == m_answers.end() ? QVariant() : toVariant(*it);
}

std::vector<std::string> SurveySession::pathMet(const survey::Questionnaire& q, const json& answers) {
    json assumed = answers.is_object() ? answers : json::object();
    for (const auto& question : q.questions)
        if (question.skip && !assumed.contains(question.id)) assumed[question.id] = question.skip->when;
    return survey::reachableQuestions(q, assumed);
}

int SurveySession::position() const {
    if (!m_env || m_path.empty()) return 0;
    const auto ids = pathMet(m_env->questionnaire(), m_answers);
    auto it = std::find(ids.begin(), ids.end(), m_path.back());
    return it == ids.end() ? 0 : int(it - ids.begin()) + 1;
}

int SurveySession::total() const {
    if (!m_env) return 0;
    return int(pathMet(m_env->questionnaire(), m_answers).size());
}

QString SurveySession::labelFor(const survey::Question& q, const json& value) const {
    if (value.is_string())
        for (const auto& o : q.options)
            if (o.value == value.get<std::string>()) return qs(textIn(o.label, language()));
    if (value.is_number_integer()) return QString::number(value.get<int>());
    return value.is_string() ? qs(value.get<std::string>()) : QString();
}

QVariantList SurveySession::review() const {
    QVariantList list;
    if (!m_env || !m_reviewing) return list;
    const auto& questionnaire = m_env->questionnaire();
    for (const auto& id : survey::reachableQuestions(questionnaire, m_answers)) {
        const auto* q = questionnaire.find(id);
        auto it = m_answers.find(id);
        list.append(QVariantMap{{QStringLiteral("id"), qs(id)},
                                {QStringLiteral("text"), qs(textIn(q->text, language()))},
                                {QStringLiteral("answered"), it != m_answers.end()},
                                {QStringLiteral("answer"),
                                 it != m_answers.end() ? labelFor(*q, *it) : QString()}});
    }
    return list;
}

void SurveySession::setError(const QString& error) { m_error = error; }

QString SurveySession::organizationId() const {
    if (m_channel == QLatin1String("interview")) return m_interviewOrg;
    return m_env ? m_env->organizationId() : QString();
}

bool SurveySession::startInterview(const QString& orgId) {
    if (!m_env) return false;
    const OperatorStore* store = m_env->operatorStore();
    bool enrolled = false;
    if (store)
        for (const auto& o : store->interviewProgress()) enrolled = enrolled || o.id == orgId;
    if (!enrolled) {
        discard();
        setError(tr("Устройство не подключено к организации «%1»: интервью для неё не записываются").arg(orgId));
        emit changed();
        return false;
    }
    start();
    m_channel = QStringLiteral("interview");
    m_interviewOrg = orgId;
    emit changed();
    return true;
}

void SurveySession::start() {
    m_channel = QStringLiteral("kiosk");
    m_interviewOrg.clear();
    m_answers = json::object();
    m_path.clear();
    m_reviewing = false;
    m_returnToReview = false;
    m_error.clear();
    if (m_env && !m_env->questionnaire().questions.empty())
        m_path.push_back(m_env->questionnaire().questions.front().id);
    emit changed();
}

void SurveySession::advance(const std::string& next) {
    m_error.clear();
    if (next.empty()) {
        m_reviewing = true;
        m_returnToReview = false;
    } else {
        m_path.push_back(next);
    }
    emit changed();
}

std::string SurveySession::passAnswered(std::string next) {
    if (!m_returnToReview) return next;
    // Back to the review past the questions already seen; a follow-up the new answer opened
    // (never seen, so unanswered) stops the walk and is asked.
    while (!next.empty() && m_seen.count(next)) {
        m_path.push_back(next);
        auto it = m_answers.find(next);
        const std::string text = it != m_answers.end() && it->is_string() ? it->get<std::string>() : std::string();
        next = survey::nextQuestion(m_env->questionnaire(), next, text);
    }
    return next;
}

bool SurveySession::edit(const QString& id) {
    if (!m_env || !m_reviewing) return false;
    const auto it = std::find(m_path.begin(), m_path.end(), id.toStdString());
    if (it == m_path.end()) return false;
    m_seen = std::set<std::string>(m_path.begin(), m_path.end());
    m_path.erase(it + 1, m_path.end());
    m_reviewing = false;
    m_returnToReview = true;
    m_error.clear();
    emit changed();
    return true;
}

bool SurveySession::answer(const QVariant& value) {
    const auto* q = current();
    if (!q || m_reviewing) return false;
    json v;
    if (q->type == QuestionType::Integer) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || value.typeId() == QMetaType::QString) {
            setError(tr("Введите число"));
            emit changed();
            return false;
        }
        v = n;
    } else {
        QString s = value.toString();
        if (q->type == QuestionType::Text) {
            s = s.trimmed().normalized(QString::NormalizationForm_C);
            if (s.isEmpty()) return skip(); // an empty suggestion is no suggestion
        }
        v = s.toStdString();
    }
    json candidate = m_answers;
    candidate[q->id] = v;
    // The core decides what is acceptable; the only error for this question that does not
    // count here is a still-missing later answer.
    for (const auto& e : survey::validateAnswers(m_env->questionnaire(), candidate).errors) {
        if (e.field == q->id && e.code != "missing_answer") {
            setError(qs(e.message));
            emit changed();
            return false;
        }
    }
    // Drop answers on a path this answer no longer takes (skip logic changed by going back).
    const auto reachable = survey::reachableQuestions(m_env->questionnaire(), candidate);
    for (auto it = candidate.begin(); it != candidate.end();) {
        if (std::find(reachable.begin(), reachable.end(), it.key()) == reachable.end())
            it = candidate.erase(it);
        else
            ++it;
    }
    m_answers = std::move(candidate);
    const std::string answerText = v.is_string() ? v.get<std::string>() : std::string();
    advance(passAnswered(survey::nextQuestion(m_env->questionnaire(), q->id, answerText)));
    return true;
}

bool SurveySession::skip() {
    const auto* q = current();
    if (!q || m_reviewing || !q->optional) return false;
    m_answers.erase(q->id);
    advance(passAnswered(survey::nextQuestion(m_env->questionnaire(), q->id, {})));
    return true;
}

bool SurveySession::back() {
    if (m_reviewing) {
        m_reviewing = false;
    } else if (m_path.size() > 1) {
        m_path.pop_back();
    } else {
        return false;
    }
    m_error.clear();
    emit changed();
    return true;
}

bool SurveySession::submit() {
    if (!m_env || !m_reviewing) return false;
    if (auto status = survey::checkAnswers(m_env->questionnaire(), m_answers); !status) {
        setError(qs(status.error().describe()));
        emit changed();
        emit submitFailed(m_error);
        return false;
    }
    const bool interview = m_channel == QLatin1String("interview");
    auto stored = m_env->sink().submit(m_answers, organizationId(), m_channel);
    if (!stored) {
        setError(storageProblem(tr("Ответ не сохранён."), stored.error()));
        emit changed();
        emit submitFailed(m_error);
        return false;
    }
    // Stored: nothing of the respondent stays in memory for the next one.
    m_answers = json::object();
    m_path.clear();
    m_reviewing = false;
    m_returnToReview = false;
    m_error.clear();
    // The minimum interval guards an unattended kiosk; an operator's interviews follow each
    // other as fast as the calls do.
    if (interview) m_env->notifyOperatorDataChanged();
    else m_env->noteCompleted();
    emit changed();
    emit finished(stored.value());
    return true;
}

void SurveySession::discard() {
    const bool had = active() || !m_answers.empty();
    m_answers = json::object();
    m_path.clear();
    m_reviewing = false;
    m_returnToReview = false;
    m_error.clear();
    emit changed();
    if (had) emit discarded();
}

} // namespace nok::kiosk
