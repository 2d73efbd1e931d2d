// PromptBuilder: what of a sheet reaches the prompt, the token budgets, the project's own
// templates overriding the built-in ones.

#include "generation/promptbuilder.h"
#include "tempproject.h"
#include "testpaths.h"
#include "tokenizer/tokencount.h"

#include <QTest>

class TestPromptBuilder : public QObject
{
    Q_OBJECT
private slots:
    void voiceSectionsAndRules();
    void trimsToBudget();
    void projectTemplatesOverride();
    void summaryIsNotAQuote();
};

void TestPromptBuilder::voiceSectionsAndRules()
{
    const Project project = *Project::open(TestPaths::dataDir() + QStringLiteral("/generation/small")).project;
    PromptBuilder builder(project);
    const Category advice{QStringLiteral("advice"), QStringLiteral("The user asks for advice."), 1};
    const PromptBuilder::Prompt p = builder.build(QStringLiteral("Mara Vell"), advice, 5, true, {QStringLiteral("Hi Mara, how are the gulls?")});
    QVERIFY(p.system.contains(QStringLiteral("Mara Vell")));
    QVERIFY(p.system.contains(QStringLiteral("The Lantern Coast")));
    QVERIFY(p.system.contains(QStringLiteral("As an AI")));            // the rule against it
    QVERIFY(p.user.contains(QStringLiteral("Character: Mara Vell")));
    QVERIFY(p.user.contains(QStringLiteral("exactly 5")));
    QVERIFY(p.user.contains(QStringLiteral("The user asks for advice.")));
    QVERIFY(p.user.contains(QStringLiteral("Dry, patient and stubborn")));  // personality
    QVERIFY(p.user.contains(QStringLiteral("Never raises her voice")));     // speech
    QVERIFY(p.user.contains(QStringLiteral("Every light is a promise")));   // the quote
    QVERIFY(p.user.contains(QStringLiteral("Traits: dry, patient, stubborn")));
    QVERIFY(p.user.contains(QStringLiteral("how are the gulls")));          // already written
    QVERIFY(!p.user.contains(QStringLiteral("{")) || p.user.contains(QStringLiteral("{\"records\"")));
    QVERIFY(p.tokens >= TokenCount::count(p.user));
    const PromptBuilder::Prompt plain = builder.build(QStringLiteral("Mara Vell"), advice, 3, false);
    QVERIFY(plain.user.contains(QStringLiteral("JSON only")));
}

void TestPromptBuilder::trimsToBudget()
{
    QString longText;
    for (int i = 0; i < 400; ++i)
        longText += QStringLiteral("word%1 ").arg(i);
    const QString cut = PromptBuilder::trimToTokens(longText, 50);
    QVERIFY(TokenCount::count(cut) <= 50);
    QVERIFY(TokenCount::count(cut) >= 40);
    QVERIFY(cut.endsWith(QStringLiteral("…")));
    QCOMPARE(PromptBuilder::trimToTokens(QStringLiteral("short"), 50), QStringLiteral("short"));

    const Project project = *Project::open(TestPaths::dataDir() + QStringLiteral("/generation/small")).project;
    PromptBudget tight;
    tight.perSection = 5;
    tight.sheetTotal = 60;
    PromptBuilder builder(project, tight);
    QVERIFY(TokenCount::count(builder.sheetDigest(QStringLiteral("Mara Vell"))) <= 60);
}

void TestPromptBuilder::projectTemplatesOverride()
{
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QVERIFY(TempProject::writeFile(temp.path() + QStringLiteral("/prompts/system.txt"), "Custom system for {persona} in {work}."));
    const Project project = *Project::open(temp.path()).project;
    PromptBuilder builder(project);
    const PromptBuilder::Prompt p = builder.build(QStringLiteral("Ilse Vell"), {QStringLiteral("greeting"), QString(), 1}, 2, true);
    QCOMPARE(p.system, QStringLiteral("Custom system for Ilse Vell in The Lantern Coast."));
    QVERIFY(p.user.contains(QStringLiteral("Character: Ilse Vell"))); // the built-in user template still applies
    QVERIFY(builder.templateSources().first().endsWith(QStringLiteral("prompts/system.txt")));
}

// The seed guide's sheets open with "> … > — character summary": a summary of the character,
// which the prompt must not present as something the character says.
void TestPromptBuilder::summaryIsNotAQuote()
{
    const Project project = *Project::open(TestPaths::sampleProject()).project;
    PromptBuilder builder(project);
    const Category greeting{QStringLiteral("greeting"), QStringLiteral("The user greets the character."), 1};
    const PromptBuilder::Prompt p = builder.build(QStringLiteral("Glordon"), greeting, 5, true);
    QVERIFY2(p.user.contains(QStringLiteral("Summary: A gentle heir who is expected to become a warrior")), qPrintable(p.user.left(600)));
    QVERIFY(!p.user.contains(QStringLiteral("Signature quote")));
}

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
