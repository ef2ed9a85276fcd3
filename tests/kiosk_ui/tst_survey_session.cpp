// SurveySession without any screen: the path follows the questionnaire's skip logic, going back
// and answering differently drops the abandoned branch, values are checked by the core, only a
// complete set reaches the sink, and discard()/submit() leave nothing of the respondent behind.
#include "demo_device_control.h"
#include "kiosk_environment.h"
#include "memory_response_sink.h"
#include "survey_session.h"

#include "nok/survey/questionnaire.h"

#include <QSignalSpy>
#include <QTest>
#include "test_program.h"

namespace tst_survey_session {

using namespace nok::kiosk;
using nlohmann::json;

class TstSurveySession : public QObject {
    Q_OBJECT

    nok::survey::Questionnaire m_q = nok::survey::builtinQuestionnaire("social-675n/1").value();
    std::unique_ptr<MemoryResponseSink> m_sink;
    std::unique_ptr<DemoDeviceControl> m_device;
    std::unique_ptr<KioskEnvironment> m_env;
    std::unique_ptr<SurveySession> m_s;

    void answerYesUntilText() {
        while (m_s->questionType() == QLatin1String("yes_no")) QVERIFY(m_s->answer(QStringLiteral("yes")));
    }
    void skipOptionals() {
        QVERIFY(m_s->skip());
        QVERIFY(m_s->skip());
        QVERIFY(m_s->skip());
    }

private slots:
    void init() {
        m_sink = std::make_unique<MemoryResponseSink>(m_q);
        m_device = std::make_unique<DemoDeviceControl>();
        m_env = std::make_unique<KioskEnvironment>(m_q, *m_sink, *m_device);
        m_env->setOrganization("org-1", "Org");
        m_env->setMinIntervalSeconds(0);
        m_s = std::make_unique<SurveySession>();
        m_s->setEnvironment(m_env.get());
        m_s->start();
    }

    void startsAtTheFirstQuestion() {
        QCOMPARE(m_s->questionId(), QStringLiteral("stand_used"));
        QCOMPARE(m_s->position(), 1);
        // Follow-ups count once their gate question asks for them: 14 certain questions.
        QCOMPARE(m_s->total(), 14);
        QVERIFY(!m_s->canGoBack());
        QCOMPARE(m_s->options().size(), 2);
        QVERIFY(m_s->questionText().startsWith(QStringLiteral("Обращались")));
    }

    void skipLogicJumps() {
        QVERIFY(m_s->answer(QStringLiteral("no")));
        QCOMPARE(m_s->questionId(), QStringLiteral("site_used"));
        QCOMPARE(m_s->total(), 14);
        QCOMPARE(m_s->position(), 2);
    }

    // The counter counts what this respondent meets: «Да» to a gate adds its follow-up.
    void progressCountsTheQuestionsOnThisPath() {
        QCOMPARE(m_env->fewestQuestions(), 14);
        QCOMPARE(m_env->mostQuestions(), 18);
        QVERIFY(m_s->answer(QStringLiteral("yes"))); // stand_used → stand_satisfied
        QCOMPARE(m_s->position(), 2);
        QCOMPARE(m_s->total(), 15);
        int guard = 0;
        while (m_s->questionType() == QLatin1String("yes_no") && guard++ < 20) {
            const int before = m_s->position();
            QVERIFY(m_s->answer(QStringLiteral("yes")));
            QCOMPARE(m_s->position(), before + 1);
        }
        QCOMPARE(m_s->total(), 18);
        skipOptionals();
        QVERIFY(m_s->reviewing());
        QCOMPARE(m_s->review().size(), 18);
    }

    // From the review, one answer is changed and the review comes back; a changed gate answer
    // first asks the follow-up it now needs.
    void editFromTheReviewReturnsToTheReview() {
        QVERIFY(m_s->answer(QStringLiteral("no"))); // stand_used: no, stand_satisfied skipped
        answerYesUntilText();
        skipOptionals();
        QVERIFY(m_s->reviewing());
        QVERIFY(!m_s->edit(QStringLiteral("stand_satisfied"))); // not on this path
        QVERIFY(m_s->edit(QStringLiteral("timely")));
        QVERIFY(!m_s->reviewing());
        QVERIFY(m_s->editing());
        QCOMPARE(m_s->questionId(), QStringLiteral("timely"));
        QCOMPARE(m_s->currentAnswer().toString(), QStringLiteral("yes"));
        QVERIFY(m_s->answer(QStringLiteral("no")));
        QVERIFY(m_s->reviewing());
        QCOMPARE(m_s->answers().at("timely").get<std::string>(), std::string("no"));
        QCOMPARE(m_s->answers().at("overall_satisfied").get<std::string>(), std::string("yes"));

        QVERIFY(m_s->edit(QStringLiteral("stand_used")));
        QVERIFY(m_s->answer(QStringLiteral("yes")));
        QCOMPARE(m_s->questionId(), QStringLiteral("stand_satisfied")); // newly needed
        QVERIFY(m_s->answer(QStringLiteral("no")));
        QVERIFY(m_s->reviewing());
        QVERIFY(m_s->submit());
        QCOMPARE(m_sink->received().size(), std::size_t(1));
        QCOMPARE(m_sink->received().front().at("answers").at("stand_satisfied").get<std::string>(), std::string("no"));
    }

    void backAndChangeDropsTheAbandonedBranch() {
        QVERIFY(m_s->answer(QStringLiteral("yes")));
        QVERIFY(m_s->answer(QStringLiteral("no"))); // stand_satisfied
        QCOMPARE(m_s->questionId(), QStringLiteral("site_used"));
        QVERIFY(m_s->back());
        QCOMPARE(m_s->currentAnswer().toString(), QStringLiteral("no"));
        QVERIFY(m_s->back());
        QCOMPARE(m_s->questionId(), QStringLiteral("stand_used"));
        QVERIFY(m_s->answer(QStringLiteral("no")));
        QCOMPARE(m_s->questionId(), QStringLiteral("site_used"));
        QVERIFY(!m_s->answers().contains("stand_satisfied"));
        QCOMPARE(m_s->answeredCount(), 1);
    }

    void invalidValuesAreRefusedByTheCore() {
        QVERIFY(!m_s->answer(QStringLiteral("maybe")));
        QVERIFY(!m_s->errorText().isEmpty());
        QCOMPARE(m_s->questionId(), QStringLiteral("stand_used"));
    }

    void tooLongSuggestionIsRefused() {
        answerYesUntilText();
        QVERIFY(!m_s->answer(QString(2001, QChar(u'ж'))));
        QVERIFY(m_s->errorText().contains(QStringLiteral("2000")));
        QCOMPARE(m_s->questionId(), QStringLiteral("suggestions"));
    }

    void ageOutOfRangeIsRefused() {
        answerYesUntilText();
        QVERIFY(m_s->skip());
        QVERIFY(m_s->answer(QStringLiteral("male")));
        QCOMPARE(m_s->questionType(), QStringLiteral("integer"));
        QCOMPARE(m_s->minValue(), 14);
        QCOMPARE(m_s->maxValue(), 120);
        QVERIFY(!m_s->answer(7));
        QVERIFY(!m_s->answer(QStringLiteral("70"))); // text is not a number answer
        QVERIFY(m_s->answer(70));
        QVERIFY(m_s->reviewing());
    }

    void requiredQuestionsCannotBeSkipped() {
        QVERIFY(!m_s->skip());
        QCOMPARE(m_s->questionId(), QStringLiteral("stand_used"));
    }

    void submitHandsTheExactSetToTheSinkAndForgetsIt() {
        QSignalSpy finished(m_s.get(), &SurveySession::finished);
        QVERIFY(!m_s->submit()); // not at the review step
        answerYesUntilText();
        QVERIFY(m_s->answer(QStringLiteral("  Больше прогулок ")));
        QVERIFY(m_s->answer(QStringLiteral("female")));
        QVERIFY(m_s->answer(80));
        QVERIFY(m_s->reviewing());
        QCOMPARE(m_s->review().size(), 18);
        QVERIFY(m_s->submit());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_sink->received().size(), std::size_t(1));
        const json& answers = m_sink->received().front().at("answers");
        QCOMPARE(answers.size(), std::size_t(18));
        QCOMPARE(answers.at("suggestions").get<std::string>(), std::string("Больше прогулок"));
        QCOMPARE(answers.at("age").get<int>(), 80);
        QCOMPARE(m_sink->received().front().at("org").get<std::string>(), std::string("org-1"));
        QCOMPARE(m_s->answeredCount(), 0);
        QVERIFY(!m_s->active());
    }

    void failedStoreKeepsTheAnswers() {
        QSignalSpy failed(m_s.get(), &SurveySession::submitFailed);
        answerYesUntilText();
        skipOptionals();
        m_sink->failNextWith("SQL failed: database or disk is full", "disk_full");
        QVERIFY(!m_s->submit());
        QCOMPARE(failed.count(), 1);
        // The resident reads what happened and what to do, in Russian; SQLite's words go to the log.
        QVERIFY2(m_s->errorText().startsWith(QStringLiteral("Ответ не сохранён. Память устройства "
                                                            "заполнена. Сообщите сотруднику")),
                 qPrintable(m_s->errorText()));
        QVERIFY(!m_s->errorText().contains(QStringLiteral("SQL")));
        QVERIFY(m_s->reviewing());
        QCOMPARE(m_s->answeredCount(), 15);
        QVERIFY(m_s->submit());
    }

    void everyStorageFailureReadsAsRussianWithWhatToDo() {
        answerYesUntilText();
        skipOptionals();
        const std::pair<const char*, const char*> cases[] = {
            {"read_only", "Устройство не может записывать данные"},
            {"database_corrupt", "Хранилище ответов повреждено"},
            {"database_busy", "Подождите несколько секунд"},
            {"io_error", "не смогло прочитать или записать"},
            {"something_new", "Попробуйте ещё раз; если не получится, сообщите сотруднику."}};
        for (const auto& [code, phrase] : cases) {
            m_sink->failNextWith("SQL failed: attempt to write a readonly database", code);
            QVERIFY(!m_s->submit());
            QVERIFY2(m_s->errorText().contains(QString::fromUtf8(phrase)), qPrintable(m_s->errorText()));
            QVERIFY2(!m_s->errorText().contains(QStringLiteral("readonly")), code);
        }
        QVERIFY(m_s->submit());
    }

    void discardClearsEverything() {
        QSignalSpy discarded(m_s.get(), &SurveySession::discarded);
        QVERIFY(m_s->answer(QStringLiteral("yes")));
        m_s->discard();
        QCOMPARE(discarded.count(), 1);
        QCOMPARE(m_s->answeredCount(), 0);
        QVERIFY(!m_s->active());
        QVERIFY(m_sink->received().empty());
        m_s->start();
        QVERIFY(!m_s->currentAnswer().isValid());
    }

    void minimumIntervalAfterACompletedResponse() {
        m_env->setMinIntervalSeconds(3600);
        QVERIFY(m_env->canStart()); // nothing completed yet
        answerYesUntilText();
        skipOptionals();
        QVERIFY(m_s->submit());
        QVERIFY(!m_env->canStart());
        QVERIFY(m_env->secondsUntilStart() > 3500);
        m_env->setMinIntervalSeconds(0);
        QVERIFY(m_env->canStart());
    }

    void languageSwitchesTheQuestionText() {
        m_env->setLanguage("en");
        QVERIFY(m_s->questionText().startsWith(QStringLiteral("Did you use")));
        QCOMPARE(m_s->options().at(0).toMap().value("label").toString(), QStringLiteral("Yes"));
        m_env->setLanguage("ru");
    }
};

} // namespace tst_survey_session

NOK_TEST_GUILESS_MAIN(tst_survey_session, TstSurveySession)
#include "tst_survey_session.moc"
