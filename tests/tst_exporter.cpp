// Exporter: each format's exact lines (compared with tests/data/export/expected_*.jsonl), the
// selection, the file layout, the per-character validation split, manifest and dataset card,
// round trips through the importer, and that a failed or stopped export changes no file.
// PS_UPDATE_EXPECTED=1 rewrites the expected files from the current output (review the diff).

#include "tempproject.h"
#include "testpaths.h"

#include "dataset/datasetstore.h"
#include "dataset/importer.h"
#include "exporting/exporter.h"
#include "project/project.h"
#include "tokenizer/chattokencounter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

Record make(const char *persona, const char *category, const QString &input, const QString &output, Record::Status status,
            Record::SourceKind kind = Record::SourceKind::Generated)
{
    Record r;
    r.persona = QString::fromUtf8(persona);
    r.category = QString::fromUtf8(category);
    r.instruction = QStringLiteral("Respond as %1 from Pixar's Elio to the following message.").arg(r.persona);
    r.input = input;
    r.output = output;
    r.status = status;
    r.sourceKind = kind;
    r.source = kind == Record::SourceKind::Imported ? QStringLiteral("/data/old.jsonl") : QStringLiteral("run:1");
    r.model = kind == Record::SourceKind::Imported ? QString() : QStringLiteral("gpt-4o-mini");
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempProject> m_project;
    std::optional<Project> m_loaded;

    static QList<Record> sampleRecords()
    {
        using S = Record::Status;
        using K = Record::SourceKind;
        QList<Record> list;
        list << make("Glordon", "greeting", QStringLiteral("Hi Glordon!"), QStringLiteral("Hello, friend!"), S::Accepted);   // 1
        Record edited = make("Glordon", "friendship_elio", QStringLiteral("Is Elio your friend?"), QStringLiteral("Helo"), S::Edited); // 2
        edited.editedOutput = QStringLiteral("Elio is my best friend — ça va? ✨");
        list << edited;
        list << make("Glordon", "greeting", QStringLiteral("Rejected one"), QStringLiteral("As an AI…"), S::Rejected);       // 3
        list << make("Glordon", "greeting", QStringLiteral("Unreviewed one"), QStringLiteral("Hmm."), S::Unreviewed);        // 4
        Record dialogue = make("Olga Solis", "family", QStringLiteral("And now?"), QStringLiteral("Now we go home."), S::Accepted); // 5
        // The first reply is not to be trained on (OpenAI's weight 0, as imported).
        dialogue.dialogue = QStringLiteral(R"([{"role":"user","content":"Where were you?"},{"role":"assistant","content":"At the base.","weight":0},)"
                                           R"({"role":"user","content":"And now?"},{"role":"assistant","content":"Now we go home."}])");
        list << dialogue;
        list << make("Olga Solis", "career", QStringLiteral("Miss flying?"), QStringLiteral("Every day."), S::Accepted, K::Imported); // 6
        Record elio = make("Elio Solis", "greeting", QStringLiteral("Hello Elio"), QStringLiteral("Take me with you!"), S::Edited, K::Imported); // 7
        elio.editedOutput = QStringLiteral("Please, take me with you!");
        list << elio;
        list << make("Olga Solis", "greeting", QStringLiteral("Quote \"this\"\\ path"), QStringLiteral("Line one\nline two\ttab \x01 bell"), S::Accepted); // 8
        return list;
    }

    ExportSettings settings(ExportFormat format, const QString &out) const
    {
        ExportSettings s;
        s.format = format;
        s.outputDir = out;
        return s;
    }

    // Imports `file` into a copy of the sample project; its records, as stored.
    static void importIntoFreshProject(const QString &file, ImportSummary &summary, QList<Record> &records)
    {
        TempProject fresh(TestPaths::sampleProject());
        const Project project = *Project::open(fresh.path()).project;
        QString error;
        QVERIFY2(Importer::importIntoProject(project, {file}, {}, &summary, &error), qPrintable(error));
        DatasetStore store;
        QVERIFY2(store.open(project.databasePath(), &error), qPrintable(error));
        records = store.records();
    }

    // Record fields a round trip must keep.
    static QStringList essence(const QList<Record> &records, bool withInstruction)
    {
        QStringList list;
        for (const Record &r : records)
            list << QStringList{r.persona, withInstruction ? r.instruction : QString(), r.input, r.finalOutput()}.join(QLatin1Char('|'));
        list.sort();
        return list;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<TempProject>(TestPaths::sampleProject());
        QVERIFY(m_project->isValid());
        Project::OpenResult opened = Project::open(m_project->path());
        QVERIFY(opened.project);
        m_loaded = std::move(opened.project);
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(m_loaded->databasePath(), &error), qPrintable(error));
        QList<Record> records = sampleRecords();
        QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
    }

    void formatShape_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &name : ExportFormats::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void formatShape()
    {
        QFETCH(QString, format);
        QTemporaryDir out;
        const ExportResult result = Exporter::run(*m_loaded, settings(*ExportFormats::fromName(format), out.path()));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray actual = readAll(out.filePath(QStringLiteral("complete_training_set.jsonl")));
        const QString expectedPath = TestPaths::dataDir() + QStringLiteral("/export/expected_%1.jsonl").arg(format);
        if (qEnvironmentVariableIsSet("PS_UPDATE_EXPECTED"))
            QVERIFY(TempProject::writeFile(expectedPath, actual));
        QCOMPARE(actual, readAll(expectedPath));
        // One object per line, UTF-8 not escaped, a newline at the end.
        QVERIFY(actual.endsWith('\n'));
        QVERIFY(actual.contains("ça va? ✨"));
        QVERIFY(!actual.contains("\\u00e7"));
        for (const QByteArray &line : actual.trimmed().split('\n')) {
            QJsonParseError error;
            QVERIFY(QJsonDocument::fromJson(line, &error).isObject());
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    void qjsonCompactWritesUtf8Unescaped()
    {
        // The dialogue column is written with QJsonDocument::Compact: it must not \u-escape.
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("a"), QStringLiteral("ça ✨")}}).toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray("{\"a\":\"ça ✨\"}"));
    }

    void selectionAndLayout()
    {
        QTemporaryDir out;
        ExportResult result = Exporter::run(*m_loaded, settings(ExportFormat::Studio, out.path()));
        QVERIFY(result.ok);
        auto lines = [&](const char *name) {
            const QByteArray all = readAll(out.filePath(QString::fromLatin1(name)));
            return all.isEmpty() ? 0 : int(all.count('\n'));
        };
        // Default: accepted + edited, imported in; edited text used.
        QCOMPARE(lines("complete_training_set.jsonl"), 6);
        QCOMPARE(lines("all_characters_synthetic.jsonl"), 4);   // generated only
        QCOMPARE(lines("glordon_synthetic.jsonl"), 2);
        QCOMPARE(lines("olga_solis_synthetic.jsonl"), 3);
        QCOMPARE(lines("elio_solis_synthetic.jsonl"), 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("train.jsonl"))));
        QVERIFY(readAll(out.filePath(QStringLiteral("elio_solis_synthetic.jsonl"))).contains("Please, take me with you!"));
        QVERIFY(!readAll(out.filePath(QStringLiteral("complete_training_set.jsonl"))).contains("\"Helo\""));

        ExportSettings s = settings(ExportFormat::Studio, out.path());
        s.selection = ExportSettings::Selection::Reviewed;
        s.includeImported = false;
        QVERIFY(Exporter::run(*m_loaded, s).ok);
        QCOMPARE(lines("complete_training_set.jsonl"), 5);   // 1, 2, 4, 5, 8
        QCOMPARE(lines("all_characters_synthetic.jsonl"), 5);
        s.selection = ExportSettings::Selection::All;
        s.includeImported = true;
        QVERIFY(Exporter::run(*m_loaded, s).ok);
        QCOMPARE(lines("complete_training_set.jsonl"), 8);
    }

    // A problem the validation finds in an exported line names the record it came from — in
    // complete_training_set.jsonl and in the train / validation split alike — so that a reviewer
    // can find it and reject or edit it.
    void validationNamesTheRecord()
    {
        DatasetStore store;
        QVERIFY(store.open(m_loaded->databasePath(), nullptr));
        // Stored by an older import: a conversation with an assistant message without text.
        Record bad = make("Glordon", "casual", QStringLiteral("Hello?"), QStringLiteral("Yes?"), Record::Status::Accepted, Record::SourceKind::Imported);
        bad.dialogue = QStringLiteral(R"([{"role":"user","content":"Hi"},{"role":"assistant","content":""},)"
                                      R"({"role":"user","content":"Hello?"},{"role":"assistant","content":"Yes?"}])");
        QList<Record> one{bad};
        QVERIFY(store.insertRecords(one, nullptr));
        const qint64 id = one.first().id;
        QTemporaryDir out;
        ExportSettings s = settings(ExportFormat::OpenAiChat, out.path());
        s.validationSplit = 0.5;
        const ExportResult result = Exporter::run(*m_loaded, s);
        QVERIFY(result.ok);
        QVERIFY(result.validationRejected());
        const QString named = QStringLiteral(" (record #%1, Glordon)").arg(id);
        int reports = 0;
        for (const ValidationReport &report : result.validation) {
            for (const Issue &issue : report.issues) {
                if (issue.isError() && issue.line > 0) {   // (line 0: the file, "at least 10 examples")
                    QVERIFY2(issue.message.endsWith(named), qPrintable(issue.toString()));
                    ++reports;
                }
            }
        }
        QCOMPARE(reports, 2);   // in complete_training_set.jsonl, and in train or validation
        QVERIFY(result.toText().contains(named));
    }

    // Preference pairs: edited records only, whatever the selection says; the prompt is the
    // conversation before the reply, the edit chosen and the generated reply rejected.
    void preferencePairs()
    {
        Record edited = make("Olga Solis", "family", QStringLiteral("And now?"), QStringLiteral("Now we go home."), Record::Status::Edited);
        edited.dialogue = QStringLiteral(R"([{"role":"user","content":"Where were you?"},{"role":"assistant","content":"At the base.","weight":0},)"
                                         R"({"role":"user","content":"And now?"},{"role":"assistant","content":"Now we go home."}])");
        edited.editedOutput = QStringLiteral("Home, kiddo. Seatbelt on.");
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(m_loaded->databasePath(), &error), qPrintable(error));
            QList<Record> more{edited};
            QVERIFY2(store.insertRecords(more, &error), qPrintable(error));
        }
        QTemporaryDir out;
        ExportSettings s = settings(ExportFormat::Preference, out.path());
        s.selection = ExportSettings::Selection::All;
        QCOMPARE(Exporter::countSelected(m_loaded->databasePath(), s, nullptr), 3);
        const ExportResult result = Exporter::run(*m_loaded, s);
        QVERIFY2(result.ok && !result.validationRejected(), qPrintable(result.toText()));
        const QList<QByteArray> lines = readAll(out.filePath(QStringLiteral("complete_training_set.jsonl"))).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QByteArray olga;
        for (const QByteArray &line : lines) {
            if (line.contains("Seatbelt"))
                olga = line;
        }
        // (No raw string literal holding an apostrophe in this file: moc 6.4 reads it as a character
        // literal and skips the test functions after it.)
        QCOMPARE(olga, QByteArray("{\"prompt\":[{\"role\":\"system\",\"content\":\"You are Olga Solis from Pixar's Elio.\"},"
                                  R"({"role":"user","content":"Where were you?"},{"role":"assistant","content":"At the base."},)"
                                  R"({"role":"user","content":"And now?"}],"chosen":[{"role":"assistant","content":"Home, kiddo. Seatbelt on."}],)"
                                  R"("rejected":[{"role":"assistant","content":"Now we go home."}],"persona":"Olga Solis","category":"family"})"));

        // Imported again, the pairs are the same edited records: reply, edit, conversation.
        ImportSummary summary;
        QList<Record> imported;
        importIntoFreshProject(out.filePath(QStringLiteral("complete_training_set.jsonl")), summary, imported);
        QCOMPARE(summary.imported, 3);
        QStringList pairs;
        for (const Record &r : std::as_const(imported)) {
            QCOMPARE(r.status, Record::Status::Edited);
            pairs << QStringList{r.persona, r.category, r.input, r.output, r.editedOutput}.join(QLatin1Char('|'));
            if (r.input == QLatin1String("And now?"))
                QVERIFY(r.dialogue.contains(QStringLiteral("At the base.")));
        }
        pairs.sort();
        QCOMPARE(pairs, (QStringList{QStringLiteral("Elio Solis|greeting|Hello Elio|Take me with you!|Please, take me with you!"),
                                     QStringLiteral("Glordon|friendship_elio|Is Elio your friend?|Helo|Elio is my best friend — ça va? ✨"),
                                     QStringLiteral("Olga Solis|family|And now?|Now we go home.|Home, kiddo. Seatbelt on.")}));

        s.includeImported = false;
        QCOMPARE(Exporter::countSelected(m_loaded->databasePath(), s, nullptr), 2);
    }

    // A conversation longer than the trainer's cutoff, cut into examples of whole exchanges
    // that fit: every message once and in order, the greeting with the first, each ending on a
    // reply, the edit and the weights kept; an exchange too long by itself is its own example.
    void longConversationsFitTheCutoff()
    {
        const ChatTokenCounter counter;
        const QString system = QStringLiteral("You are Glordon from Pixar's Elio.");
        QJsonArray turns;
        turns << QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QStringLiteral("*waves* Greetings!")}};
        for (int i = 1; i <= 12; ++i) {
            const QString words = QStringLiteral("lava tunnel armor friend ").repeated(i == 7 ? 120 : 10);
            turns << QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("Question %1: %2").arg(i).arg(words)}};
            QJsonObject reply{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QStringLiteral("Answer %1: %2").arg(i).arg(words)}};
            if (i == 3)
                reply.insert(QStringLiteral("weight"), 0);
            turns << reply;
        }
        Record r = make("Glordon", "chat", QString(), QString(), Record::Status::Edited, Record::SourceKind::Imported);
        r.dialogue = QString::fromUtf8(QJsonDocument(turns).toJson(QJsonDocument::Compact));
        r.input = turns[23].toObject().value(QStringLiteral("content")).toString();
        r.output = turns[24].toObject().value(QStringLiteral("content")).toString();
        r.editedOutput = QStringLiteral("The edited last answer.");
        const qint64 cutoff = 300;
        const QList<Record> parts = Exporter::fitToCutoff(r, system, cutoff);
        QVERIFY(parts.size() > 3);
        QStringList seen;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QList<ExportFormats::Turn> window = ExportFormats::turnsOf(parts[k]);
            QList<ChatMessage> request{ChatMessage{QStringLiteral("system"), system, {}}};
            for (const ExportFormats::Turn &t : window) {
                request << ChatMessage{t.role, t.content, {}};
                seen << t.content;
            }
            QCOMPARE(window.constLast().role, QStringLiteral("assistant"));
            QCOMPARE(parts[k].output, window.constLast().content);
            QCOMPARE(parts[k].input, window[window.size() - 2].content);
            QVERIFY(parts[k].editedOutput.isEmpty());
            const bool tooLongAlone = window.size() == 2 && window[0].content.startsWith(QStringLiteral("Question 7:"));
            QVERIFY2(counter.countRequest(request) <= cutoff || tooLongAlone, qPrintable(QString::number(counter.countRequest(request))));
            if (k > 0)
                QCOMPARE(window.constFirst().role, QStringLiteral("user"));
            if (parts[k].dialogue.contains(QStringLiteral("Answer 3:")))
                QVERIFY(parts[k].dialogue.contains(QStringLiteral("\"weight\":0")));
        }
        QCOMPARE(seen.first(), QStringLiteral("*waves* Greetings!"));
        QCOMPARE(seen.size(), turns.size());
        for (qsizetype i = 0; i + 1 < seen.size(); ++i)
            QCOMPARE(seen[i], turns[i].toObject().value(QStringLiteral("content")).toString());
        QCOMPARE(seen.last(), QStringLiteral("The edited last answer."));
        // The long exchange stands alone.
        QVERIFY(std::any_of(parts.cbegin(), parts.cend(), [](const Record &p) { return ExportFormats::turnsOf(p).size() == 2 && p.input.startsWith(QStringLiteral("Question 7:")); }));
        // What fits is itself; so is one exchange, however long.
        QCOMPARE(Exporter::fitToCutoff(r, system, 100000).size(), 1);
        QCOMPARE(Exporter::fitToCutoff(r, system, 0).size(), 1);
        const Record single = make("Glordon", "chat", QStringLiteral("word ").repeated(900), QStringLiteral("Ok."), Record::Status::Accepted);
        QCOMPARE(Exporter::fitToCutoff(single, system, 50).size(), 1);

        // Through an export: the examples in the files, counted, the validation split keeping a
        // record's examples together, and nothing over the cutoff but the lone exchange.
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(m_loaded->databasePath(), &error), qPrintable(error));
            QList<Record> more{r};
            QVERIFY2(store.insertRecords(more, &error), qPrintable(error));
        }
        QTemporaryDir out;
        ExportSettings s = settings(ExportFormat::HfMessages, out.path());
        s.selection = ExportSettings::Selection::All;
        s.cutoff = cutoff;
        s.splitLong = true;
        s.validationSplit = 0.5;
        const ExportResult result = Exporter::run(*m_loaded, s);
        QVERIFY2(result.ok, qPrintable(result.toText()));
        QCOMPARE(result.splitRecords, 1);
        QCOMPARE(result.splitExamples, parts.size());
        QVERIFY(result.toText().contains(QStringLiteral("written as %1 examples that fit the trainer's cutoff").arg(parts.size())));
        const QByteArray glordon = readAll(out.filePath(QStringLiteral("glordon_synthetic.jsonl")));
        QCOMPARE(glordon.count("Greetings!"), 1);
        QCOMPARE(glordon.count('\n'), 4 + parts.size());   // the four other Glordon records, and the parts
        const QByteArray train = readAll(out.filePath(QStringLiteral("train.jsonl")));
        const QByteArray validation = readAll(out.filePath(QStringLiteral("validation.jsonl")));
        QVERIFY((train.count("Question ") > 0) != (validation.count("Question ") > 0));   // all in one file
        QCOMPARE(result.validation.first().overCutoff, 1);   // the lone long exchange
        // Without splitting: one example, over the cutoff.
        s.splitLong = false;
        s.validationSplit = 0;
        const ExportResult whole = Exporter::run(*m_loaded, s);
        QCOMPARE(whole.splitRecords, 0);
        QCOMPARE(readAll(out.filePath(QStringLiteral("glordon_synthetic.jsonl"))).count('\n'), 5);
        QVERIFY(whole.validation.first().overCutoff >= 1);
    }

    void manifestAndCard()
    {
        QTemporaryDir out;
        const ExportResult result = Exporter::run(*m_loaded, settings(ExportFormat::OpenAiChat, out.path()));
        QVERIFY(result.ok);
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(out.filePath(QStringLiteral("manifest.json")))).object();
        QCOMPARE(manifest.value(QStringLiteral("studio_version")).toString(), QStringLiteral(PERSONA_STUDIO_VERSION));
        QCOMPARE(manifest.value(QStringLiteral("project")).toObject().value(QStringLiteral("work")).toString(), QStringLiteral("Pixar's Elio"));
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QVERIFY(files.size() >= 5);
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QByteArray content = readAll(out.filePath(f.value(QStringLiteral("name")).toString()));
            QCOMPARE(f.value(QStringLiteral("sha256")).toString().toLatin1(), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            QCOMPARE(f.value(QStringLiteral("records")).toInt(), int(content.count('\n')));
            if (f.value(QStringLiteral("name")).toString() == QLatin1String("complete_training_set.jsonl"))
                QCOMPARE(f.value(QStringLiteral("characters")).toObject().value(QStringLiteral("Olga Solis")).toInt(), 3);
        }
        const QByteArray card = readAll(out.filePath(QStringLiteral("README.md")));
        QVERIFY(card.contains("| Olga Solis | 3 | 1 |"));
        QVERIFY(card.contains("| rejected | 1 | 0 |"));
        QVERIFY(card.contains("## Licence"));
        QVERIFY(card.contains("gpt-4o-mini (4)"));
        // The summary counts the records of the record files, and gives the others' size.
        const QStringList summary = result.toText().split(QLatin1Char('\n'));
        auto summaryLine = [&](const QString &name) {
            for (const QString &line : summary) {
                if (line.trimmed().startsWith(name + QLatin1Char(' ')))
                    return line.simplified();
            }
            return QString();
        };
        QCOMPARE(summaryLine(QStringLiteral("complete_training_set.jsonl")), QStringLiteral("complete_training_set.jsonl 6"));
        const qint64 cardBytes = QFileInfo(out.filePath(QStringLiteral("README.md"))).size();
        QCOMPARE(summaryLine(QStringLiteral("README.md")), QStringLiteral("README.md ") + QLocale().formattedDataSize(cardBytes));
        QVERIFY(!summaryLine(QStringLiteral("manifest.json")).endsWith(QLatin1String(" 0")));
        // The export validated what it wrote: 6 examples is fewer than OpenAI's minimum of 10.
        QCOMPARE(result.validation.size(), 1);
        QVERIFY(result.validationRejected());
        QCOMPARE(result.validation.first().examples, 6);
    }

    // A project of many personas (an imported role-play dataset's): the summary lists the
    // first 40 character files and counts the others; the combined files always show.
    void summaryOfManyCharacterFiles()
    {
        ExportResult result;
        result.ok = true;
        result.outputDir = QStringLiteral("/tmp/out");
        for (int i = 1; i <= 45; ++i)
            result.files.append(ExportedFile{QStringLiteral("bot_%1_synthetic.jsonl").arg(i, 2, 10, QLatin1Char('0')), i == 45 ? 3 : 1, 100, {}, {}});
        result.files.append(ExportedFile{QStringLiteral("all_characters_synthetic.jsonl"), 0, 0, {}, {}});
        result.files.append(ExportedFile{QStringLiteral("complete_training_set.jsonl"), 47, 4700, {}, {}});
        result.files.append(ExportedFile{QStringLiteral("manifest.json"), 0, 2048, {}, {}});
        const QString text = result.toText();
        QVERIFY2(text.contains(QStringLiteral("bot_40_synthetic.jsonl")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("bot_41_synthetic.jsonl")));
        QVERIFY2(text.contains(QStringLiteral("  … 5 more character file(s), 7 record(s)\n  all_characters_synthetic.jsonl")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("complete_training_set.jsonl")));
        QVERIFY(text.contains(QStringLiteral("manifest.json")));
        QCOMPARE(text.count(QStringLiteral("more character file")), 1);
    }

    void systemTemplateFromProject()
    {
        QVERIFY(TempProject::writeFile(m_project->path() + QStringLiteral("/studio.json"), [&] {
            QJsonObject o = m_loaded->toJson();
            o.insert(QStringLiteral("export"), QJsonObject{{QStringLiteral("system_template"), QStringLiteral("Speak as {persona} ({work}).")},
                                                           {QStringLiteral("license"), QStringLiteral("CC-BY-4.0")}});
            return QJsonDocument(o).toJson();
        }()));
        const Project project = *Project::open(m_project->path()).project;
        QTemporaryDir out;
        QVERIFY(Exporter::run(project, settings(ExportFormat::OpenAiChat, out.path())).ok);
        QVERIFY(readAll(out.filePath(QStringLiteral("glordon_synthetic.jsonl"))).contains("\"Speak as Glordon (Pixar's Elio).\""));
        QVERIFY(readAll(out.filePath(QStringLiteral("README.md"))).contains("CC-BY-4.0"));

        // Last-used settings live beside the template and keep it.
        ExportSettings s = settings(ExportFormat::ShareGpt, out.path());
        s.validationSplit = 0.2;
        s.seed = 1234567890123ULL;
        QString error;
        QVERIFY2(s.saveAsLastUsed(m_project->path(), &error), qPrintable(error));
        const Project again = *Project::open(m_project->path()).project;
        const ExportSettings last = ExportSettings::lastUsed(again);
        QCOMPARE(last.format, ExportFormat::ShareGpt);
        QCOMPARE(last.validationSplit, 0.2);
        QCOMPARE(last.seed, 1234567890123ULL);
        QCOMPARE(last.outputDir, out.path());
        QCOMPARE(ExportSettings::systemTemplate(again), QStringLiteral("Speak as {persona} ({work})."));
    }

    void splitPerCharacter()
    {
        // 3 characters with 10, 4 and 1 records.
        QList<Record> records;
        qint64 id = 0;
        for (auto [persona, n] : {std::pair{"A", 10}, std::pair{"B", 4}, std::pair{"C", 1}}) {
            for (int i = 0; i < n; ++i) {
                Record r;
                r.id = ++id;
                r.persona = QString::fromLatin1(persona);
                records << r;
            }
        }
        const QList<qsizetype> val = Exporter::validationIndexes(records, 0.2, 7);
        QMap<QString, int> perPersona;
        for (qsizetype i : val)
            perPersona[records[i].persona] += 1;
        QCOMPARE(perPersona.value(QStringLiteral("A")), 2);
        QCOMPARE(perPersona.value(QStringLiteral("B")), 1);   // max(1, round(0.8))
        QCOMPARE(perPersona.value(QStringLiteral("C")), 0);   // a single record stays in train
        QCOMPARE(Exporter::validationIndexes(records, 0.2, 7), val);      // reproducible
        QVERIFY(Exporter::validationIndexes(records, 0.2, 8) != val || Exporter::validationIndexes(records, 0.2, 9) != val);
        QCOMPARE(Exporter::validationIndexes(records, 0.99, 7).size(), 9 + 3);  // never a whole character

        QTemporaryDir out;
        ExportSettings s = settings(ExportFormat::Studio, out.path());
        s.selection = ExportSettings::Selection::All;
        s.validationSplit = 0.3;
        const ExportResult result = Exporter::run(*m_loaded, s);
        QVERIFY(result.ok);
        QCOMPARE(result.validation.size(), 3);
        const QByteArray train = readAll(out.filePath(QStringLiteral("train.jsonl")));
        const QByteArray validation = readAll(out.filePath(QStringLiteral("validation.jsonl")));
        QCOMPARE(train.count('\n') + validation.count('\n'), 8);
        for (const char *persona : {"\"Glordon\"", "\"Olga Solis\""}) {
            QVERIFY(train.contains(persona));
            QVERIFY(validation.contains(persona));
        }
        QVERIFY(!validation.contains("\"Elio Solis\""));   // one record: train only
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("withInstruction");
        QTest::newRow("studio") << QStringLiteral("studio") << true;
        QTest::newRow("openai-chat") << QStringLiteral("openai-chat") << false;
        QTest::newRow("hf-messages") << QStringLiteral("hf-messages") << false;
        QTest::newRow("sharegpt") << QStringLiteral("sharegpt") << false;
        QTest::newRow("alpaca") << QStringLiteral("alpaca") << true;
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(bool, withInstruction);
        QTemporaryDir out;
        ExportSettings s = settings(*ExportFormats::fromName(format), out.path());
        s.selection = ExportSettings::Selection::All;
        QVERIFY(Exporter::run(*m_loaded, s).ok);

        ImportSummary summary;
        QList<Record> imported;
        importIntoFreshProject(out.filePath(QStringLiteral("complete_training_set.jsonl")), summary, imported);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(summary.imported, 8);
        QCOMPARE(essence(imported, withInstruction), essence(sampleRecords(), withInstruction));
        for (const Record &r : imported) {
            if (r.input == QLatin1String("And now?")) {
                QVERIFY(r.dialogue.contains(QStringLiteral("Where were you?")));
                // The weight goes out and comes back with the formats that have it.
                const bool weighted = format == QLatin1String("studio") || format == QLatin1String("openai-chat");
                QCOMPARE(r.dialogue.contains(QStringLiteral("\"weight\":0")), weighted);
            }
        }
        if (format == QLatin1String("studio")) {
            QStringList categories;
            for (const Record &r : imported)
                categories << r.category;
            QVERIFY(categories.contains(QStringLiteral("friendship_elio")));
        }
    }

    void failedExportLeavesOldFiles()
    {
        QTemporaryDir out;
        QVERIFY(Exporter::run(*m_loaded, settings(ExportFormat::Studio, out.path())).ok);
        QMap<QString, QByteArray> before;
        const QStringList names = QDir(out.path()).entryList(QDir::Files);
        for (const QString &name : names)
            before.insert(name, readAll(out.filePath(name)));
        QVERIFY(before.contains(QStringLiteral("complete_training_set.jsonl")));

        // More records, then an export whose last file cannot be put in place.
        {
            DatasetStore store;
            QString error;
            QVERIFY(store.open(m_loaded->databasePath(), &error));
            QList<Record> more{make("Glordon", "greeting", QStringLiteral("new"), QStringLiteral("new"), Record::Status::Accepted)};
            QVERIFY(store.insertRecords(more, &error));
        }
        QVERIFY(QFile::remove(out.filePath(QStringLiteral("README.md"))));
        QVERIFY(QDir(out.path()).mkdir(QStringLiteral("README.md")));
        before.remove(QStringLiteral("README.md"));
        const ExportResult failed = Exporter::run(*m_loaded, settings(ExportFormat::OpenAiChat, out.path()));
        QVERIFY(!failed.ok);
        QVERIFY(failed.error.contains(QStringLiteral("README.md")));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(readAll(out.filePath(it.key())), it.value());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), before.size());   // no temporary files left

        // Stopped midway: the same.
        QVERIFY(QDir(out.path()).rmdir(QStringLiteral("README.md")));
        const ExportResult stopped = Exporter::run(*m_loaded, settings(ExportFormat::OpenAiChat, out.path()),
                                                   [](qint64 done, qint64) { return done < 2; });
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.cancelled);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(readAll(out.filePath(it.key())), it.value());
    }

    // A folder holding a file of the export's names that no export wrote (a README.md of the
    // user's) is not written into: the export stops and the folder is left as it was.
    void userFilesAreNotReplaced()
    {
        QTemporaryDir out;
        const QByteArray mine = "# My notes\n\nNot a dataset card.\n";
        QVERIFY(TempProject::writeFile(out.filePath(QStringLiteral("README.md")), mine));
        const ExportResult refused = Exporter::run(*m_loaded, settings(ExportFormat::Studio, out.path()));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("README.md")) && refused.error.contains(QStringLiteral("not from an earlier export")),
                 qPrintable(refused.error));
        QCOMPARE(readAll(out.filePath(QStringLiteral("README.md"))), mine);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("README.md")});

        // An earlier export's folder is replaced as before.
        QTemporaryDir again;
        QVERIFY(Exporter::run(*m_loaded, settings(ExportFormat::Studio, again.path())).ok);
        const ExportResult second = Exporter::run(*m_loaded, settings(ExportFormat::OpenAiChat, again.path()));
        QVERIFY2(second.ok, qPrintable(second.error));
    }

    // The last-used output folder is stored relative to the project when it is inside it, so a
    // copied project exports into its own folder; a folder elsewhere stays absolute.
    void lastUsedFolderMovesWithTheProject()
    {
        ExportSettings s = settings(ExportFormat::Studio, m_project->path() + QStringLiteral("/export/elio"));
        QString error;
        QVERIFY2(s.saveAsLastUsed(m_project->path(), &error), qPrintable(error));
        const QJsonObject stored = QJsonDocument::fromJson(readAll(m_project->path() + QStringLiteral("/studio.json"))).object();
        QCOMPARE(stored.value(QStringLiteral("export")).toObject().value(QStringLiteral("out")).toString(), QStringLiteral("export/elio"));

        QTemporaryDir copy;
        const QString copied = copy.filePath(QStringLiteral("elio-copy"));
        QVERIFY(QDir().mkpath(copied));
        QVERIFY(QFile::copy(m_project->path() + QStringLiteral("/studio.json"), copied + QStringLiteral("/studio.json")));
        QVERIFY(QDir().mkpath(copied + QStringLiteral("/rag-resources")));
        for (const QString &sheet : QDir(m_project->path() + QStringLiteral("/rag-resources")).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_project->path() + QStringLiteral("/rag-resources/") + sheet, copied + QStringLiteral("/rag-resources/") + sheet));
        const Project::OpenResult opened = Project::open(copied);
        QVERIFY2(opened.project, qPrintable(opened.error));
        QCOMPARE(ExportSettings::lastUsed(*opened.project).outputDir, QDir::cleanPath(copied + QStringLiteral("/export/elio")));

        QTemporaryDir elsewhere;
        s.outputDir = elsewhere.path();
        QVERIFY(s.saveAsLastUsed(m_project->path(), &error));
        const Project::OpenResult again = Project::open(m_project->path());
        QVERIFY(again.project);
        QCOMPARE(ExportSettings::lastUsed(*again.project).outputDir, elsewhere.path());
    }

    // A database the export cannot read its records from fails the export with the file's name
    // instead of writing empty files over the last export.
    void unreadableRecordsFailTheExport()
    {
        QTemporaryDir out;
        QVERIFY(Exporter::run(*m_loaded, settings(ExportFormat::Studio, out.path())).ok);
        const QByteArray before = readAll(out.filePath(QStringLiteral("complete_training_set.jsonl")));
        QVERIFY(!before.isEmpty());
        {
            DatasetStore store;
            QString error;
            QVERIFY(store.open(m_loaded->databasePath(), &error));
            QSqlQuery q(store.database());
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE records RENAME COLUMN output TO output_lost")), qPrintable(q.lastError().text()));
        }
        const ExportResult result = Exporter::run(*m_loaded, settings(ExportFormat::Studio, out.path()));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("studio.db")) && result.error.contains(QStringLiteral("output")), qPrintable(result.error));
        QCOMPARE(readAll(out.filePath(QStringLiteral("complete_training_set.jsonl"))), before);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
