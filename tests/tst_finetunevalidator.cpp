// FineTuneValidator: a good file passes, each broken line is reported on its own line number
// with the cookbook's error name, the epoch clamping and cost follow the cookbook, and the
// studio / ShareGPT / Alpaca shapes are checked when asked for.

#include "gzipdata.h"
#include "tempproject.h"
#include "testpaths.h"

#include "exporting/finetunevalidator.h"
#include "tokenizer/bpeencoder.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestFineTuneValidator : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name) { return TestPaths::dataDir() + QStringLiteral("/export/validate/") + name; }

    static ValidationReport check(const QByteArray &content, std::optional<ExportFormat> format, const QString &model = QStringLiteral("gpt-4o-mini"),
                                  qint64 cutoff = 0)
    {
        QByteArray copy = content;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        FineTuneValidator::Options options;
        options.format = format;
        options.model = model;
        options.cutoff = cutoff;
        return FineTuneValidator::validate(buffer, QStringLiteral("mem.jsonl"), options);
    }

    static QList<std::pair<int, QString>> errors(const ValidationReport &report)
    {
        QList<std::pair<int, QString>> list;
        for (const Issue &i : report.issues) {
            if (i.isError())
                list.append({i.line, i.message});
        }
        return list;
    }

    static QList<int> errorLines(const ValidationReport &report)
    {
        QList<int> lines;
        for (const Issue &i : report.issues) {
            if (i.isError())
                lines << i.line;
        }
        return lines;
    }

    static QByteArray repeatLines(const QByteArray &line, int n)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += QByteArray(line).replace("#", QByteArray::number(i)) + '\n';
        return out;
    }

private slots:
    void goodFile()
    {
        FineTuneValidator::Options options;
        const ValidationReport r = FineTuneValidator::validateFile(fixture(QStringLiteral("good_openai.jsonl")), options);
        QVERIFY2(!r.rejected(), qPrintable(r.toText()));
        QVERIFY(r.formatDetected);
        QCOMPARE(r.format, ExportFormat::OpenAiChat);
        QCOMPARE(r.examples, 12);
        QCOMPARE(r.warningCount(), 0);
        // Tokens: 3 per message + role + content, plus 3 for the reply priming (cookbook).
        const BpeEncoder &enc = BpeEncoder::o200k();
        const qint64 first = 3 + (3 + enc.count(QStringLiteral("system")) + enc.count(QStringLiteral("You are Glordon from Pixar's Elio.")))
                             + (3 + enc.count(QStringLiteral("user")) + enc.count(QStringLiteral("Question 0?")))
                             + (3 + enc.count(QStringLiteral("assistant")) + enc.count(QStringLiteral("Answer 0, friend. 🥔")));
        QCOMPARE(r.exampleTokens.min, first);
        QCOMPARE(r.assistantTokens.min, enc.count(QStringLiteral("Answer 0, friend. 🥔")));
        // 12 examples × 3 epochs < 100: epochs = min(25, 100 // 12) = 8.
        QCOMPARE(r.epochs, 8);
        QCOMPARE(r.billedTokens, r.billedTokensPerEpoch * 8);
        QCOMPARE(r.billedTokensPerEpoch, r.exampleTokens.total);
        QVERIFY(r.costUsd.has_value());
        QCOMPARE(*r.costUsd, double(r.billedTokens) * 3.0 / 1e6);
    }

    void brokenFile()
    {
        FineTuneValidator::Options options;
        const ValidationReport r = FineTuneValidator::validateFile(fixture(QStringLiteral("broken_openai.jsonl")), options);
        QVERIFY(r.rejected());
        QCOMPARE(errorLines(r), (QList<int>{2, 3, 4, 5, 5, 6, 7, 7, 8, 9, 10}));
        QCOMPARE(r.errorCounts.value(QStringLiteral("data_type")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("missing_messages_list")), 2);
        QCOMPARE(r.errorCounts.value(QStringLiteral("message_missing_key")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("missing_content")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("message_unrecognized_key")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("unrecognized_role")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("example_missing_assistant_message")), 2);
        QCOMPARE(r.errorCounts.value(QStringLiteral("invalid_json")), 1);
        QCOMPARE(r.errorCounts.value(QStringLiteral("blank_line")), 1);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.missingSystem, 4);   // lines 5, 6, 7 and 12
        QVERIFY(r.toText().contains(QStringLiteral("broken_openai.jsonl:11: warning: duplicate of line 1")));
        QVERIFY(r.toText().contains(QStringLiteral("REJECTED")));
    }

    // A gzip-compressed file is checked as the text inside it: the same report as the plain
    // file. Cut off, it is rejected as unreadable after what could be read; other compressions
    // and missing files are "not checked", without a format, token counts or a bill.
    void compressedAndUnreadableFiles()
    {
        QTemporaryDir dir;
        FineTuneValidator::Options options;
        for (const QString &name : {QStringLiteral("good_openai.jsonl"), QStringLiteral("broken_openai.jsonl")}) {
            QFile plainFile(fixture(name));
            QVERIFY(plainFile.open(QIODevice::ReadOnly));
            const QByteArray plain = plainFile.readAll();
            const QString packed = dir.filePath(name + QStringLiteral(".gz"));
            QVERIFY(TempProject::writeFile(packed, GzipData::compress(plain)));
            QJsonObject expected = FineTuneValidator::validateFile(fixture(name), options).toJson();
            QJsonObject actual = FineTuneValidator::validateFile(packed, options).toJson();
            QCOMPARE(actual.take(QStringLiteral("file")).toString(), packed);
            expected.remove(QStringLiteral("file"));
            // Issues name the file: compare their lines and messages.
            QCOMPARE(actual, expected);
        }

        QByteArray many;
        for (int i = 0; i < 3000; ++i)
            many += "{\"messages\":[{\"role\":\"user\",\"content\":\"Q" + QByteArray::number(i) + "\"},{\"role\":\"assistant\",\"content\":\"A"
                    + QByteArray::number(i * 31) + "\"}]}\n";
        const QByteArray packedMany = GzipData::compress(many);
        const QString cut = dir.filePath(QStringLiteral("cut.jsonl.gz"));
        QVERIFY(TempProject::writeFile(cut, packedMany.left(packedMany.size() / 2)));
        const ValidationReport cutReport = FineTuneValidator::validateFile(cut, options);
        QVERIFY(cutReport.rejected());
        QCOMPARE(cutReport.errorCounts.value(QStringLiteral("unreadable")), 1);
        QVERIFY2(cutReport.toText().contains(QStringLiteral("the gzip data ends early")), qPrintable(cutReport.toText()));
        QVERIFY(cutReport.examples > 500 && cutReport.examples < 3000);

        const QString zst = dir.filePath(QStringLiteral("train.jsonl.zst"));
        QVERIFY(TempProject::writeFile(zst, QByteArray("\x28\xb5\x2f\xfd\x00\x58", 6) + QByteArray(64, 'x')));
        for (const QString &path : {zst, dir.filePath(QStringLiteral("missing.jsonl"))}) {
            const ValidationReport r = FineTuneValidator::validateFile(path, options);
            QVERIFY(r.rejected());
            const QString text = r.toText();
            QVERIFY2(text.startsWith(path + QStringLiteral(": not checked\n")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Billed")) && !text.contains(QStringLiteral("format")), qPrintable(text));
        }
        QVERIFY(FineTuneValidator::validateFile(zst, options).toText().contains(QStringLiteral("zstd -d train.jsonl.zst")));
    }

    // A file of several blocks is checked in slices on the thread pool: the report must be the
    // one a line-by-line pass gives — issue lines, duplicates across blocks and slices, counts.
    void largeFileIsReportedLineByLine()
    {
        constexpr int Lines = 70000;   // about 20 MB: three blocks
        QByteArray content = "\xEF\xBB\xBF";
        QList<int> expectedErrors;
        auto chat = [](const QString &system, const QString &user, const QString &assistant) {
            QJsonArray messages;
            if (!system.isEmpty())
                messages << QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}};
            messages << QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}
                     << QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), assistant}};
            return QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}}).toJson(QJsonDocument::Compact);
        };
        const QString system = QStringLiteral("You are Glordon.");
        auto question = [](int n) { return QStringLiteral("Question %1 about the Communiverse and its many ambassadors?").arg(n); };
        auto answer = [](int n) { return QStringLiteral("Answer %1, given the way a young Hylurg would give it, warm and curious.").arg(n); };
        for (int i = 1; i <= Lines; ++i) {
            QByteArray line = chat(system, question(i), answer(i));
            if (i == 5) {
                line.clear();                           // blank
                expectedErrors << i;
            } else if (i == 40000) {
                line = "{\"messages\": [";              // broken JSON, in the second block
                expectedErrors << i;
            } else if (i == 40001) {
                line = "[1, 2]";                        // not an object
                expectedErrors << i;
            } else if (i == 65000 || i == 65001) {     // duplicates of line 2, late in the third block
                line = chat(system, question(2), answer(2));
            } else if (i == 50000) {                    // no system message
                line = chat(QString(), question(i), answer(i));
            }
            content += line + '\n';
        }
        const ValidationReport r = check(content, std::nullopt);
        QVERIFY(r.formatDetected);
        QCOMPARE(r.format, ExportFormat::OpenAiChat);
        QCOMPARE(r.lines, Lines);
        QCOMPARE(r.examples, Lines - 3);
        QCOMPARE(errorLines(r), expectedErrors);
        QCOMPARE(r.duplicates, 2);
        QCOMPARE(r.missingSystem, 1);
        QCOMPARE(r.exampleTokens.count, Lines - 3);
        QList<std::pair<int, QString>> warnings;
        for (const Issue &i : r.issues) {
            if (!i.isError())
                warnings.append({i.line, i.message});
        }
        QCOMPARE(warnings.size(), 4);
        QCOMPARE(warnings.at(0).first, 1);   // the byte order mark
        QCOMPARE(warnings.at(1), (std::pair<int, QString>{50000, QStringLiteral("no system message")}));
        QCOMPARE(warnings.at(2), (std::pair<int, QString>{65000, QStringLiteral("duplicate of line 2")}));
        QCOMPARE(warnings.at(3), (std::pair<int, QString>{65001, QStringLiteral("duplicate of line 2")}));
    }

    // A JSON array is one error, not one per line.
    void jsonArrayIsNotJsonLines()
    {
        const ValidationReport r = check("[\n  {\"messages\": [{\"role\": \"user\", \"content\": \"q\"}]},\n  {\"messages\": []}\n]\n", std::nullopt);
        QVERIFY(r.rejected());
        QCOMPARE(r.lines, 4);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 1);
        QVERIFY(r.issues.first().message.contains(QStringLiteral("JSON array")));
        QCOMPARE(r.errorCounts.value(QStringLiteral("not_json_lines")), 1);
    }

    void tooFewExamples()
    {
        const ValidationReport r = check(repeatLines("{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\"}]}", 9),
                                         std::nullopt);
        QVERIFY(r.rejected());
        QCOMPARE(r.errorCounts.value(QStringLiteral("too_few_examples")), 1);
        QVERIFY(!check(repeatLines("{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\"}]}", 10), std::nullopt).rejected());
    }

    void tokenLimit()
    {
        QByteArray lines = repeatLines("{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\"}]}", 11);
        const QByteArray longText = QByteArray("hello ").repeated(20000);
        lines += "{\"messages\":[{\"role\":\"user\",\"content\":\"" + longText + "\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}" "\n";
        const ValidationReport small = check(lines, ExportFormat::OpenAiChat, QStringLiteral("gpt-3.5-turbo-0125"));
        QCOMPARE(small.model.maxTokensPerExample, 16385);
        QCOMPARE(errorLines(small), QList<int>{12});
        QCOMPARE(small.overLimit, 1);
        // Billing counts at most the limit per example.
        QCOMPARE(small.billedTokensPerEpoch, small.exampleTokens.total - small.exampleTokens.max + 16385);
        const ValidationReport mini = check(lines, ExportFormat::OpenAiChat);
        QCOMPARE(mini.model.maxTokensPerExample, 65536);
        QVERIFY(!mini.rejected());
    }

    // A local trainer's cutoff: longer examples are named (the trainer cuts their ends off),
    // not refused — over several blocks checked in slices, counted once each.
    void trainerCutoff()
    {
        const QByteArray shortLine = "{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\"}]}";
        const QByteArray longLine = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray("hello ").repeated(3000)
                                    + "#\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}";
        QByteArray lines;
        QList<int> longOnes;
        for (int i = 1; i <= 3000; ++i) {
            const bool isLong = i % 500 == 0;
            lines += QByteArray(isLong ? longLine : shortLine).replace("#", QByteArray::number(i)) + '\n';
            if (isLong)
                longOnes << i;
        }
        const ValidationReport r = check(lines, ExportFormat::HfMessages, QStringLiteral("gpt-4o-mini"), 2048);
        QVERIFY(!r.rejected());
        QCOMPARE(r.cutoff, 2048);
        QCOMPARE(r.overCutoff, 6);
        QList<int> warned;
        for (const Issue &i : r.issues) {
            if (!i.isError() && i.message.contains(QStringLiteral("over the trainer's cutoff of 2,048: its end is cut off in training")))
                warned << i.line;
        }
        QCOMPARE(warned, longOnes);
        QVERIFY(r.toText().contains(QStringLiteral("Examples over the trainer's 2,048-token cutoff: 6 (their ends are cut off in training)")));
        QCOMPARE(r.toJson().value(QStringLiteral("over_cutoff")).toInt(), 6);
        QCOMPARE(r.toJson().value(QStringLiteral("cutoff")).toInt(), 2048);
        // None given: nothing said.
        const ValidationReport none = check(lines, ExportFormat::HfMessages);
        QCOMPARE(none.overCutoff, 0);
        QVERIFY(!none.toText().contains(QStringLiteral("cutoff")));
    }

    // OpenAI's "weight" on a message: 0 or 1, and only on an assistant message.
    void messageWeights()
    {
        QByteArray lines = repeatLines("{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\",\"weight\":0},"
                                       "{\"role\":\"user\",\"content\":\"again\"},{\"role\":\"assistant\",\"content\":\"b\",\"weight\":1}]}", 10);
        QVERIFY(!check(lines, ExportFormat::OpenAiChat).rejected());
        lines += "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\",\"weight\":2}]}\n"
                 "{\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"weight\":1},{\"role\":\"assistant\",\"content\":\"z\"}]}\n";
        const ValidationReport r = check(lines, ExportFormat::OpenAiChat);
        QCOMPARE(errorLines(r), (QList<int>{11, 12}));
        QCOMPARE(r.errorCounts.value(QStringLiteral("invalid_weight")), 2);
    }

    void defaultEpochs()
    {
        QCOMPARE(FineTuneValidator::defaultEpochs(3), 25);      // min(25, 100 // 3 = 33)
        QCOMPARE(FineTuneValidator::defaultEpochs(10), 10);
        QCOMPARE(FineTuneValidator::defaultEpochs(20), 5);
        QCOMPARE(FineTuneValidator::defaultEpochs(34), 3);      // 102 ≥ 100
        QCOMPARE(FineTuneValidator::defaultEpochs(1185), 3);
        QCOMPARE(FineTuneValidator::defaultEpochs(9000), 2);    // 27,000 > 25,000: 25,000 // 9,000
        QCOMPARE(FineTuneValidator::defaultEpochs(30000), 1);
        QCOMPARE(FineTuneValidator::model(QStringLiteral("gpt-4o-mini-2024-07-18"))->name, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(FineTuneValidator::model(QStringLiteral("gpt-4o-2024-08-06"))->name, QStringLiteral("gpt-4o"));
        QVERIFY(!FineTuneValidator::model(QStringLiteral("llama-3")).has_value());
    }

    void otherShapes()
    {
        const ValidationReport studio = check("{\"persona\":\"Glordon\",\"category\":\"c\",\"instruction\":\"i\",\"input\":\"q\",\"output\":\"a\"}\n{\"category\":\"c\",\"input\":\"q\",\"output\":\"a\"}\n{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\"}\n", std::nullopt);
        QCOMPARE(studio.format, ExportFormat::Studio);
        QCOMPARE(errorLines(studio), (QList<int>{2, 3}));

        const ValidationReport share = check("{\"conversations\":[{\"from\":\"human\",\"value\":\"q\"},{\"from\":\"gpt\",\"value\":\"a\"}]}\n{\"conversations\":[{\"from\":\"human\",\"value\":\"q\"},{\"from\":\"robot\",\"value\":\"a\"}]}\n{\"conversations\":\"no\"}\n", ExportFormat::ShareGpt);
        QCOMPARE(errorLines(share), (QList<int>{2, 2, 3}));

        const ValidationReport alpaca = check("{\"instruction\":\"i\",\"input\":\"q\",\"output\":\"a\"}\n{\"instruction\":\"i\",\"input\":\"q\"}\n{\"instruction\":\"i\",\"input\":\"q\",\"output\":\"a\",\"history\":[[\"only one\"]]}\n", std::nullopt);
        QCOMPARE(alpaca.format, ExportFormat::Alpaca);
        QCOMPARE(errorLines(alpaca), (QList<int>{2, 3}));
        // Fewer than 10 examples is only a warning outside OpenAI's format.
        QVERIFY(!check("{\"instruction\":\"i\",\"input\":\"q\",\"output\":\"a\"}" "\n", std::nullopt).rejected());
        // A file trained elsewhere is sized, not priced.
        QVERIFY(!alpaca.costUsd.has_value());
        QVERIFY(alpaca.billedTokensPerEpoch > 0);
        QVERIFY2(alpaca.toText().contains(QStringLiteral("Training tokens per epoch")), qPrintable(alpaca.toText()));
        QVERIFY(!alpaca.toText().contains(QStringLiteral("Billed")));
        QVERIFY(!alpaca.toJson().contains(QStringLiteral("cost_usd")));
    }

    // One problem per line, each named in words at its line, as an error or as a warning.
    void eachProblemIsNamed_data()
    {
        QTest::addColumn<int>("format");   // ExportFormat
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QStringList>("issues");   // "error: …" / "warning: …", in order

        const int chat = int(ExportFormat::OpenAiChat), share = int(ExportFormat::ShareGpt), studio = int(ExportFormat::Studio),
                  alpaca = int(ExportFormat::Alpaca), dpo = int(ExportFormat::Preference);
        const QByteArray sys = R"({"role":"system","content":"s"},)";
        QTest::newRow("chat: key OpenAI ignores") << chat << (R"({"messages":[)" + sys + R"({"role":"user","content":"q"},{"role":"assistant","content":"a"}],"persona":"Glordon"})")
                                                  << QStringList{QStringLiteral("warning: key \"persona\" is not part of OpenAI's chat format and is ignored")};
        QTest::newRow("chat: message not an object") << chat << (R"({"messages":[)" + sys + R"("q",{"role":"assistant","content":"a"}]})")
                                                     << QStringList{QStringLiteral("error: message 2 is not an object"), QStringLiteral("warning: no user message")};
        QTest::newRow("studio: unknown key") << studio << QByteArray(R"({"persona":"Glordon","input":"q","output":"a","mood":"happy"})")
                                             << QStringList{QStringLiteral("warning: unknown key \"mood\"")};
        QTest::newRow("studio: category not text") << studio << QByteArray(R"({"persona":"Glordon","category":3,"input":"q","output":"a"})")
                                                   << QStringList{QStringLiteral("error: \"category\" is not text")};
        QTest::newRow("studio: no input") << studio << QByteArray(R"({"persona":"Glordon","output":"a"})")
                                          << QStringList{QStringLiteral("error: \"input\" is missing")};
        QTest::newRow("studio: dialogue not a list") << studio << QByteArray(R"({"persona":"Glordon","input":"q","output":"a","dialogue":"q then a"})")
                                                     << QStringList{QStringLiteral("error: \"dialogue\" is not a list of messages")};
        QTest::newRow("sharegpt: turn without value") << share << QByteArray(R"({"conversations":[{"from":"human"},{"from":"gpt","value":"a"}]})")
                                                      << QStringList{QStringLiteral("error: turn 1 has no \"from\" or no \"value\""),
                                                                     QStringLiteral("warning: turn 2: the conversation begins with \"gpt\"; LLaMA-Factory drops "
                                                                                    "conversations that do not begin with \"human\"")};
        QTest::newRow("sharegpt: unknown key in a turn") << share << QByteArray(R"({"conversations":[{"from":"human","value":"q","weight":0},{"from":"gpt","value":"a"}]})")
                                                         << QStringList{QStringLiteral("warning: turn 1 has the unknown key \"weight\"")};
        QTest::newRow("sharegpt: empty turn") << share << QByteArray(R"({"conversations":[{"from":"human","value":""},{"from":"gpt","value":"a"}]})")
                                              << QStringList{QStringLiteral("error: turn 1 (human) has no text")};
        QTest::newRow("sharegpt: same speaker twice") << share << QByteArray(R"({"conversations":[{"from":"human","value":"q"},{"from":"human","value":"q2"},{"from":"gpt","value":"a"}]})")
                                                      << QStringList{QStringLiteral("warning: turn 2 repeats the speaker of the turn before; LLaMA-Factory drops such conversations")};
        QTest::newRow("sharegpt: no gpt turn") << share << QByteArray(R"({"conversations":[{"from":"human","value":"q"}]})")
                                               << QStringList{QStringLiteral("error: no \"gpt\" turn")};
        QTest::newRow("dpo: message without role") << dpo << QByteArray(R"({"prompt":[{"content":"q"}],"chosen":[{"role":"assistant","content":"a"}],"rejected":[{"role":"assistant","content":"b"}]})")
                                                   << QStringList{QStringLiteral("error: \"prompt\": message 1 has no \"role\" or no text \"content\""),
                                                                  QStringLiteral("warning: no system message")};
        QTest::newRow("dpo: empty reply") << dpo << QByteArray(R"({"prompt":"q","chosen":[{"role":"assistant","content":""}],"rejected":[{"role":"assistant","content":"b"}]})")
                                          << QStringList{QStringLiteral("error: \"chosen\": message 1 (assistant) has no text content")};
        QTest::newRow("alpaca: unknown key") << alpaca << QByteArray(R"({"instruction":"i","input":"q","output":"a","persona":"Glordon"})")
                                             << QStringList{QStringLiteral("warning: unknown key \"persona\"")};
        QTest::newRow("alpaca: instruction not text") << alpaca << QByteArray(R"({"instruction":["i"],"input":"q","output":"a"})")
                                                      << QStringList{QStringLiteral("error: \"instruction\" is missing or not text")};
        QTest::newRow("alpaca: input not text") << alpaca << QByteArray(R"({"instruction":"i","input":{"q":1},"output":"a"})")
                                                << QStringList{QStringLiteral("error: \"input\" is not text")};
    }

    void eachProblemIsNamed()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, line);
        QFETCH(QStringList, issues);
        // Line 2 holds the problem; the others are good examples of the format, ten of them so
        // that OpenAI's minimum is met.
        const QHash<int, QByteArray> good{
            {int(ExportFormat::OpenAiChat), R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"q0"},{"role":"assistant","content":"a0"}]})"},
            {int(ExportFormat::ShareGpt), R"({"conversations":[{"from":"human","value":"q0"},{"from":"gpt","value":"a0"}]})"},
            {int(ExportFormat::Studio), R"({"persona":"Glordon","category":"c","instruction":"i","input":"q0","output":"a0"})"},
            {int(ExportFormat::Alpaca), R"({"instruction":"i","input":"q0","output":"a0"})"},
            {int(ExportFormat::Preference), R"({"prompt":[{"role":"system","content":"s"},{"role":"user","content":"q0"}],"chosen":[{"role":"assistant","content":"a0"}],"rejected":[{"role":"assistant","content":"b0"}]})"}};
        const QByteArray ok = good.value(format);
        QVERIFY(!ok.isEmpty());
        QByteArray file = ok + '\n' + line + '\n';
        for (int i = 1; i < 10; ++i)
            file += QByteArray(ok).replace("0\"", QByteArray::number(i) + '"') + '\n';
        const ValidationReport r = check(file, ExportFormat(format));
        QStringList found;
        for (const Issue &i : r.issues) {
            QVERIFY2(i.line == 2 || i.line == 0, qPrintable(QStringLiteral("line %1: %2").arg(i.line).arg(i.message)));
            if (i.line == 2)
                found << (i.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + i.message;
        }
        QCOMPARE(found, issues);
        QCOMPARE(r.rejected(), std::any_of(issues.cbegin(), issues.cend(), [](const QString &i) { return i.startsWith(QLatin1String("error")); }));
    }

    // Conversations whose roles do not alternate from the user on: LLaMA-Factory drops ShareGPT
    // ones, and the chat templates of Llama 2, Mistral and Gemma refuse them — warnings, each
    // with its turn; OpenAI takes them.
    void rolesThatDoNotAlternate()
    {
        auto warnings = [](const ValidationReport &report) {
            QList<std::pair<int, QString>> list;
            for (const Issue &i : report.issues) {
                if (!i.isError() && !i.message.contains(QLatin1String("fine-tuning needs at least")))   // not "fewer than 10 examples"
                    list.append({i.line, i.message});
            }
            return list;
        };
        const ValidationReport share = check("{\"conversations\":[{\"from\":\"system\",\"value\":\"s\"},{\"from\":\"gpt\",\"value\":\"hi\"},"
                                             "{\"from\":\"human\",\"value\":\"q\"},{\"from\":\"gpt\",\"value\":\"a\"}]}\n"
                                             "{\"conversations\":[{\"from\":\"human\",\"value\":\"q\"},{\"from\":\"gpt\",\"value\":\"a\"}]}\n",
                                             ExportFormat::ShareGpt);
        QCOMPARE(warnings(share),
                 (QList<std::pair<int, QString>>{{1, QStringLiteral("turn 2: the conversation begins with \"gpt\"; LLaMA-Factory drops conversations "
                                                                    "that do not begin with \"human\"")}}));
        const QByteArray chat = "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"assistant\",\"content\":\"hi\"},"
                                "{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"user\",\"content\":\"q2\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n"
                                "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\"q\"},"
                                "{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
        const ValidationReport hf = check(chat, ExportFormat::HfMessages);
        QCOMPARE(warnings(hf).size(), 2);
        QCOMPARE(warnings(hf).at(0),
                 std::make_pair(1, QStringLiteral("message 2: the conversation begins with the assistant; chat templates that need alternating roles "
                                                  "(Llama 2, Mistral, Gemma) refuse it")));
        QVERIFY2(warnings(hf).at(1).first == 1 && warnings(hf).at(1).second.startsWith(QStringLiteral("message 4 repeats the role of the message before")),
                 qPrintable(warnings(hf).at(1).second));
        QVERIFY(warnings(check(chat, ExportFormat::OpenAiChat)).isEmpty());
    }

    // Preference pairs (TRL): conversational or plain text, detected by "chosen" and "rejected";
    // the prompt ends with the user's message, the two replies differ.
    void preferencePairs()
    {
        const QByteArray good =
            "{\"prompt\":[{\"role\":\"system\",\"content\":\"You are Glordon.\"},{\"role\":\"user\",\"content\":\"Hi\"}],"
            "\"chosen\":[{\"role\":\"assistant\",\"content\":\"Hiya, pal!\"}],\"rejected\":[{\"role\":\"assistant\",\"content\":\"Hello.\"}],"
            "\"persona\":\"Glordon\",\"category\":\"greeting\"}\n"
            "{\"prompt\":\"Hi\",\"chosen\":\"Hiya, pal!\",\"rejected\":\"Hello.\"}\n";
        const ValidationReport ok = check(good, std::nullopt);
        QCOMPARE(ok.format, ExportFormat::Preference);
        QVERIFY2(!ok.rejected(), qPrintable(ok.toText()));
        QCOMPARE(ok.missingSystem, 0);
        QCOMPARE(ok.examples, 2);

        const QByteArray bad =
            "{\"prompt\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"chosen\":[{\"role\":\"assistant\",\"content\":\"Same.\"}],"
            "\"rejected\":[{\"role\":\"assistant\",\"content\":\"Same.\"}]}\n"
            "{\"prompt\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"x\"}],"
            "\"chosen\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"rejected\":[{\"role\":\"assistant\",\"content\":\"b\"}]}\n"
            "{\"prompt\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"chosen\":[],\"rejected\":[{\"role\":\"bot\",\"content\":\"b\"}]}\n"
            "{\"prompt\":\"Hi\",\"chosen\":\"\",\"rejected\":\"b\"}\n";
        const ValidationReport r = check(good + bad, ExportFormat::Preference);
        QCOMPARE(errorLines(r), (QList<int>{3, 4, 5, 5, 6}));
        const QMap<QString, qint64> expected{{QStringLiteral("identical_pair"), 1}, {QStringLiteral("prompt_not_ending_with_user"), 1},
                                             {QStringLiteral("missing_chosen"), 1}, {QStringLiteral("unrecognized_role"), 1},
                                             {QStringLiteral("missing_content"), 1}};
        QCOMPARE(r.errorCounts, expected);
        // The three conversational lines without a system message are counted (the text one has none to have).
        QCOMPARE(r.missingSystem, 3);
    }

    void invalidUtf8AndJson()
    {
        QByteArray lines = repeatLines("{\"messages\":[{\"role\":\"user\",\"content\":\"q#\"},{\"role\":\"assistant\",\"content\":\"a\"}]}", 10);
        lines += "{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}\n";
        lines += "not json\n";
        const ValidationReport r = check(lines, std::nullopt);
        QCOMPARE(errorLines(r), (QList<int>{11, 12}));
        QCOMPARE(r.errorCounts.value(QStringLiteral("invalid_utf8")), 1);
    }
};

QTEST_GUILESS_MAIN(TestFineTuneValidator)
#include "tst_finetunevalidator.moc"
