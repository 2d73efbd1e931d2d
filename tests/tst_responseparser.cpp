// ResponseParser: every shape a chat model has been seen to answer in.

#include "generation/responseparser.h"

#include <QTest>

class TestResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
    void truncatedKeepsCompleteItems();
    void missingFieldsAreIncompleteItems();
};

void TestResponseParser::shapes_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("unreadable");
    QTest::addColumn<bool>("exact");
    const QString two = QStringLiteral(R"({"records":[{"input":"Hi there","output":"Hello, friend."},{"input":"Who are you?","output":"The keeper."}]})");
    QTest::newRow("exact") << two << 2 << 0 << true;
    QTest::newRow("fenced json") << QStringLiteral("```json\n%1\n```").arg(two) << 2 << 0 << false;
    QTest::newRow("fenced no language") << QStringLiteral("```\n%1\n```").arg(two) << 2 << 0 << false;
    QTest::newRow("prose around") << QStringLiteral("Sure! Here you go:\n%1\nHope that helps {not json}.").arg(two) << 2 << 0 << false;
    QTest::newRow("top-level array") << QStringLiteral(R"([{"input":"a b c d","output":"x y z w"}])") << 1 << 0 << false;
    QTest::newRow("bare object") << QStringLiteral(R"({"input":"a b c d","output":"x y z w"})") << 1 << 0 << false;
    QTest::newRow("other wrapper key") << QStringLiteral(R"({"examples":[{"input":"a","output":"b"},{"input":"c","output":"d"}]})") << 2 << 0 << false;
    QTest::newRow("synonym keys") << QStringLiteral(R"([{"user":"a","reply":"b"}])") << 1 << 0 << false;
    QTest::newRow("braces inside strings") << QStringLiteral(R"(Note: {"records":[{"input":"what is {this}?","output":"a ] tricky } one"}]})") << 1 << 0 << false;
    QTest::newRow("non-object items") << QStringLiteral(R"({"records":["just text", {"input":"a","output":"b"}]})") << 1 << 1 << true;
    QTest::newRow("empty") << QString() << 0 << 0 << false;
    QTest::newRow("no json") << QStringLiteral("I'm sorry, I can't do that.") << 0 << 1 << false;
}

void TestResponseParser::shapes()
{
    QFETCH(QString, content);
    QFETCH(int, items);
    QFETCH(int, unreadable);
    QFETCH(bool, exact);
    const ParsedResponse r = ResponseParser::parse(content);
    QCOMPARE(r.items.size(), items);
    QCOMPARE(r.unreadable, unreadable);
    QCOMPARE(r.exactShape, exact);
    if (items == 0)
        QVERIFY(!r.error.isEmpty() || content.isEmpty());
}

void TestResponseParser::truncatedKeepsCompleteItems()
{
    const QString cut = QStringLiteral(R"({"records":[{"input":"one","output":"first reply"},{"input":"two","output":"second reply"},{"input":"thr)");
    const ParsedResponse r = ResponseParser::parse(cut);
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(r.items.at(1).output, QStringLiteral("second reply"));
    QCOMPARE(r.unreadable, 1);
    // Also inside a fence that never closes.
    const ParsedResponse fenced = ResponseParser::parse(QStringLiteral("```json\n") + cut);
    QCOMPARE(fenced.items.size(), 2);
}

void TestResponseParser::missingFieldsAreIncompleteItems()
{
    const ParsedResponse r = ResponseParser::parse(QStringLiteral(R"({"records":[{"input":"only input"},{"user_message":"a","character_reply":"b"}]})"));
    QCOMPARE(r.items.size(), 2);
    QVERIFY(!r.items.at(0).complete);
    QVERIFY(!r.items.at(1).complete);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
