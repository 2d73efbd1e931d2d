// persona-studio-cli import, export, validate and card, run as a user would: their output,
// their FILE:LINE reports and their exit codes.

#include "clirun.h"
#include "project/project.h"
#include "gzipdata.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliImportExport : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }
    static QString fixture(const QString &name) { return TestPaths::dataDir() + QStringLiteral("/import/") + name; }
    static QString S(const char *text) { return QString::fromUtf8(text); }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(TestPaths::cli()))
            QFAIL(qPrintable(QStringLiteral("%1 is not built").arg(TestPaths::cli())));
    }

    // card: a sheet from each character card, beside the others, the character then in the
    // project; a card of a character it has already, or a file that is no card, exits 1 and
    // leaves the rest done.
    void characterCards()
    {
        TempProject project(TestPaths::sampleProject());
        const QString card = QDir(project.path()).filePath(S("herald.json"));
        // (No raw string literal holding an apostrophe: moc 6.4 misreads it.)
        QVERIFY(TempProject::writeFile(card, "{\"spec\":\"chara_card_v2\",\"data\":{\"name\":\"Grigon\u2019s Herald\",\"description\":\"{{char}} announces arrivals.\","
                                             "\"personality\":\"pompous, loyal\",\"first_mes\":\"PRESENTING {{user}}!\"}}"));
        const QString glordon = QDir(project.path()).filePath(S("glordon.json"));
        QVERIFY(TempProject::writeFile(glordon, R"({"name":"Glordon","description":"A gentle heir."})"));
        const QString notACard = QDir(project.path()).filePath(S("notes.json"));
        QVERIFY(TempProject::writeFile(notACard, "{}"));
        const Run r = cli({S("card"), S("--project"), project.path(), card, glordon, notACard});
        QCOMPARE(r.exitCode, 1);
        const QString sheet = QDir(project.path()).filePath(S("rag-resources/character_grigons_herald.md"));
        QVERIFY2(r.out.contains(S("Grigon\u2019s Herald → ").toUtf8()), r.out.constData());
        QVERIFY2(r.err.contains(S("glordon.json: Glordon is already in the project").toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(S("notes.json: not a character card: it has no \"name\"").toUtf8()), r.err.constData());
        const Project::OpenResult opened = Project::open(project.path());
        QVERIFY(opened.project);
        const CharacterEntry *herald = opened.project->character(S("Grigon\u2019s Herald"));
        QVERIFY(herald);
        QVERIFY(!herald->sheet.hasErrors());
        QCOMPARE(herald->sheet.traits(), (QStringList{S("pompous"), S("loyal")}));
        QCOMPARE(opened.project->tierOf(S("Grigon\u2019s Herald")), Project::UnassignedTier);
        QCOMPARE(cli({S("card"), S("--project"), project.path(), card}).exitCode, 1);   // its sheet exists now
        QVERIFY(QFile::exists(sheet));
        QCOMPARE(cli({S("card"), S("--project"), project.path()}).exitCode, 2);
    }

    void importReportsBadLinesAndKeepsTheRest()
    {
        TempProject project(TestPaths::sampleProject());
        const QString bad = fixture(S("bad_lines.jsonl"));
        const Run r = cli({S("import"), S("--project"), project.path(), fixture(S("studio.jsonl")), bad, S("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(S("imported")).toInt(), 8);
        QCOMPARE(summary.value(S("skipped")).toInt(), 10);
        QCOMPARE(summary.value(S("personas")).toObject().value(S("Olga Solis")).toInt(), 4);
        QCOMPARE(summary.value(S("personas")).toObject().value(S("Glordon")).toInt(), 3);
        const QList<QByteArray> errLines = r.err.trimmed().split('\n');
        QCOMPARE(errLines.size(), 10);
        for (const int line : {2, 4, 5, 6, 7, 8, 10, 11, 12, 13})
            QVERIFY2(r.err.contains((bad + QStringLiteral(":%1: ").arg(line)).toUtf8()), r.err.constData());
    }

    // A .jsonl.gz as it was downloaded: imported and validated as its text, the same counts and
    // line numbers; a .zst is named with how to decompress it, and exits 1.
    void compressedFiles()
    {
        TempProject project(TestPaths::sampleProject());
        QFile plain(fixture(S("bad_lines.jsonl")));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QString gz = QDir(project.path()).filePath(S("bad_lines.jsonl.gz"));
        QVERIFY(TempProject::writeFile(gz, GzipData::compress(plain.readAll())));
        const Run r = cli({S("import"), S("--project"), project.path(), gz, S("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(S("imported")).toInt(), 3);
        QCOMPARE(summary.value(S("skipped")).toInt(), 10);
        QVERIFY2(r.err.contains((gz + S(":13: ")).toUtf8()), r.err.constData());

        const QString zst = QDir(project.path()).filePath(S("train.jsonl.zst"));
        QVERIFY(TempProject::writeFile(zst, QByteArray("\x28\xb5\x2f\xfd\x00\x58", 6) + QByteArray(32, 'x')));
        const Run z = cli({S("import"), S("--project"), project.path(), zst});
        QCOMPARE(z.exitCode, 1);
        QVERIFY2(z.err.contains("it is zstd-compressed: decompress it first (zstd -d train.jsonl.zst)"), z.err.constData());
        const Run v = cli({S("validate"), zst});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains("not checked"), v.out.constData());
    }

    // import --remove takes an import's records out again, and only that file's; a file no
    // records came from exits 1; importing again brings the records back.
    void importRemove()
    {
        TempProject project(TestPaths::sampleProject());
        const QString studio = fixture(S("studio.jsonl"));
        QCOMPARE(cli({S("import"), S("--project"), project.path(), studio, fixture(S("openai_chat.jsonl"))}).exitCode, 0);
        const Run r = cli({S("import"), S("--project"), project.path(), S("--remove"), studio, S("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray files = QJsonDocument::fromJson(r.out).object().value(S("files")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(S("path")).toString(), studio);
        QCOMPARE(files.first().toObject().value(S("removed")).toInt(), 5);
        const Run text = cli({S("import"), S("--project"), project.path(), S("--remove"), fixture(S("openai_chat.jsonl"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("openai_chat.jsonl: 5 records removed"), text.out.constData());
        const Run again = cli({S("import"), S("--project"), project.path(), S("--remove"), studio});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("no records were imported from it"), again.err.constData());
        QCOMPARE(cli({S("import"), S("--project"), project.path(), S("--remove"), studio, S("--persona"), S("Glordon")}).exitCode, 2);
        const Run back = cli({S("import"), S("--project"), project.path(), studio, S("--json")});
        QCOMPARE(QJsonDocument::fromJson(back.out).object().value(S("imported")).toInt(), 5);
    }

    void importTextSummaryAndUnreadableFile()
    {
        TempProject project(TestPaths::sampleProject());
        const Run r = cli({S("import"), S("--project"), project.path(), fixture(S("openai_chat.jsonl")), S("/nonexistent.jsonl")});
        QCOMPARE(r.exitCode, 1);   // one file could not be read; the other is imported
        QVERIFY(r.out.contains("Imported 5 records"));
        QVERIFY(r.out.contains("Personas without a character sheet in the project: Mysterio"));
        QVERIFY(r.err.contains("/nonexistent.jsonl"));
        QCOMPARE(cli({S("import"), S("--project"), project.path()}).exitCode, 2);
        // stats names the records imported without a category ("    5" before).
        const Run stats = cli({S("stats"), S("--project"), project.path()});
        QCOMPARE(stats.exitCode, 0);
        QVERIFY2(stats.out.contains("    (no category) 1"), stats.out.constData());
        // Imported records are told apart from generated ones.
        QVERIFY2(stats.out.contains("Total records: 5 (0 generated, 5 imported"), stats.out.constData());
        QVERIFY2(stats.out.contains(" import. "), stats.out.constData());
        const Run json = cli({S("stats"), S("--project"), project.path(), S("--json")});
        const QJsonObject figures = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(figures.value(S("imported")).toInt(), 5);
        QCOMPARE(figures.value(S("generated")).toInt(), 0);
        const QJsonObject mysterio = figures.value(S("personas")).toObject().value(S("Mysterio")).toObject();
        QVERIFY(mysterio.value(S("records")).toInt() > 0);
        QCOMPARE(mysterio.value(S("imported")).toInt(), mysterio.value(S("records")).toInt());
        QCOMPARE(mysterio.value(S("generated")).toInt(), 0);
    }

    // A line stored without all of it: a note on standard error, the line named, exit code 0.
    void importNotesPartsLeftOut()
    {
        TempProject project(TestPaths::sampleProject());
        const QString file = QDir(project.path()).filePath(S("chat.jsonl"));
        QVERIFY(TempProject::writeFile(file, "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Glordon.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
                                             "{\"role\":\"assistant\",\"content\":\"Hello!\"},{\"role\":\"user\",\"content\":\"Bye\"},"
                                             "{\"role\":\"user\",\"content\":\"Really\"}]}\n"));
        const Run r = cli({S("import"), S("--project"), project.path(), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains((file + S(":1: note: stored, 2 messages after the last reply left out\n")).toUtf8()), r.err.constData());
        QVERIFY2(r.out.contains(file.toUtf8() + ": 1 line, 1 imported, 0 skipped, 0 blank, 1 stored with a part left out"), r.out.constData());
        QVERIFY2(r.out.contains("Stored with a part of its line left out, 1 record:\n    chat.jsonl:1: 2 messages after the last reply left out\n"), r.out.constData());
        QVERIFY2(!r.out.contains("--persona"), r.out.constData());

        // Lines naming no persona: the summary says how to give one.
        const QString nameless = QDir(project.path()).filePath(S("nameless.jsonl"));
        QVERIFY(TempProject::writeFile(nameless, "{\"input\":\"Hi\",\"output\":\"Hello\"}\n{\"input\":\"Yo\",\"output\":\"Hey\"}\n"));
        const Run n = cli({S("import"), S("--project"), project.path(), nameless});
        QCOMPARE(n.exitCode, 0);
        QVERIFY2(n.out.contains("2 lines name no persona: --persona NAME imports them as NAME's.\n"), n.out.constData());
        const Run named = cli({S("import"), S("--project"), project.path(), nameless, S("--persona"), S("Caleb"), S("--json")});
        QCOMPARE(QJsonDocument::fromJson(named.out).object().value(S("imported")).toInt(), 2);
        QCOMPARE(QJsonDocument::fromJson(named.out).object().value(S("without_persona")).toInt(), 0);
    }

    void exportThenValidateThenReimport()
    {
        TempProject project(TestPaths::sampleProject());
        QCOMPARE(cli({S("import"), S("--project"), project.path(), fixture(S("studio.jsonl")), fixture(S("openai_chat.jsonl")),
                      fixture(S("sharegpt.jsonl")), fixture(S("alpaca.jsonl"))})
                     .exitCode,
                 0);
        QTemporaryDir out;
        // Imported records are unreviewed: --include reviewed takes everything not rejected.
        const Run exported = cli({S("export"), S("--project"), project.path(), S("--out"), out.path(), S("--format"), S("openai-chat"),
                                  S("--include"), S("reviewed"), S("--val-split"), S("0.5"), S("--seed"), S("3")});
        QCOMPARE(exported.exitCode, 3);   // written, but validation.jsonl has fewer than 10 examples
        QVERIFY(exported.out.contains("complete_training_set.jsonl"));
        QVERIFY(exported.out.contains("REJECTED"));
        for (const char *name : {"glordon_synthetic.jsonl", "olga_solis_synthetic.jsonl", "all_characters_synthetic.jsonl",
                                 "complete_training_set.jsonl", "train.jsonl", "validation.jsonl", "manifest.json", "README.md"})
            QVERIFY2(QFile::exists(out.filePath(S(name))), name);

        const Run valid = cli({S("validate"), out.filePath(S("complete_training_set.jsonl")), S("--json")});
        QCOMPARE(valid.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(valid.out).object();
        QCOMPARE(report.value(S("examples")).toInt(), 14);
        QCOMPARE(report.value(S("format")).toString(), S("openai-chat"));
        QVERIFY(report.value(S("cost_usd")).toDouble() > 0);

        TempProject again(TestPaths::sampleProject());
        const Run reimported = cli({S("import"), S("--project"), again.path(), out.filePath(S("complete_training_set.jsonl")), S("--json")});
        QCOMPARE(reimported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(reimported.out).object().value(S("imported")).toInt(), 14);
        QCOMPARE(QJsonDocument::fromJson(reimported.out).object().value(S("skipped")).toInt(), 0);

        QCOMPARE(cli({S("export"), S("--project"), project.path(), S("--out"), out.path(), S("--format"), S("csv")}).exitCode, 2);
        QCOMPARE(cli({S("export"), S("--project"), project.path()}).exitCode, 2);
        QCOMPARE(cli({S("export"), S("--project"), project.path(), S("--out"), project.path() + S("/x"), S("--split-long")}).exitCode, 2);
    }

    void validateRejectsBrokenFileWithLines()
    {
        const QString broken = TestPaths::dataDir() + S("/export/validate/broken_openai.jsonl");
        const Run r = cli({S("validate"), broken});
        QCOMPARE(r.exitCode, 1);
        for (const int line : {2, 3, 4, 5, 6, 7, 8, 9, 10})
            QVERIFY2(r.out.contains((broken + QStringLiteral(":%1: error: ").arg(line)).toUtf8()), r.out.constData());
        // The verdict and the counts in English plurals: 11 errors, and "1 example" not "1 examples".
        QVERIFY2(r.out.contains("\nREJECTED: 11 errors, 5 warnings\n"), r.out.constData());
        QVERIFY2(r.out.contains(": openai-chat format (detected), 13 lines, 10 examples\n"), r.out.constData());
        const Run goodRun = cli({S("validate"), TestPaths::dataDir() + S("/export/validate/good_openai.jsonl")});
        QCOMPARE(goodRun.exitCode, 0);
        QVERIFY2(goodRun.out.contains("\nOK: no errors, 0 warnings\n"), goodRun.out.constData());
        QCOMPARE(cli({S("validate"), S("/nonexistent.jsonl")}).exitCode, 1);
        QCOMPARE(cli({S("validate")}).exitCode, 2);
        // A local trainer's cutoff: the longer examples named, the file still accepted.
        const QString good = TestPaths::dataDir() + S("/export/validate/good_openai.jsonl");
        const Run cut = cli({S("validate"), good, S("--cutoff"), S("8"), S("--json")});
        QCOMPARE(cut.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(cut.out).object();
        QCOMPARE(report.value(S("cutoff")).toInt(), 8);
        QCOMPARE(report.value(S("over_cutoff")).toInt(), report.value(S("examples")).toInt());
        QCOMPARE(cli({S("validate"), good, S("--cutoff"), S("many")}).exitCode, 2);
        QCOMPARE(cli({S("validate"), good, S("--cutoff"), S("0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "tst_cli_import_export.moc"
