// Quality analytics on small datasets with planted defects of each kind: every planted defect
// is flagged and no clean record is (precision and recall both 1), tics are listed with their
// share, distinct voices score higher than two characters written alike, the flags reach
// studio.db next to other flags, and `quality --json` has the documented shape.

#include "dataset/datasetstore.h"
#include "project/project.h"
#include "quality/qualityanalyzer.h"
#include "quality/replychecks.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

struct Dataset
{
    QStringList personas{QStringLiteral("Glordon"), QStringLiteral("Elio Solis"), QStringLiteral("Olga Solis"),
                         QStringLiteral("Twin A"), QStringLiteral("Twin B")};
    std::vector<QualityItem> items;
    QMap<QString, QSet<qint64>> planted;   // flag → ids
    QSet<qint64> ticIds;
    QSet<qint64> canonIds;

    qint64 add(int persona, const QString &text)
    {
        const qint64 id = qint64(items.size()) + 1;
        items.push_back({id, persona, text});
        return id;
    }
};

QString sentence(QRandomGenerator &rng, const QStringList &vocabulary, int words)
{
    static const QStringList common = QStringLiteral("the a you I it is that and to of my we so just here there really")
                                          .split(QLatin1Char(' '));
    QString s;
    for (int w = 0; w < words; ++w) {
        const QString &word = rng.bounded(100) < 60 ? vocabulary.at(int(rng.bounded(vocabulary.size())))
                                                    : common.at(int(rng.bounded(common.size())));
        s += (w ? QStringLiteral(" ") : QString()) + word;
    }
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

Dataset makeDataset()
{
    Dataset d;
    QRandomGenerator rng(1234);
    const QList<QStringList> vocabularies{
        QStringLiteral("armor father warrior gentle soft hug friend squishy ceremony tunnels lava proud brave scared "
                       "snack cozy wiggle").split(QLatin1Char(' ')),
        QStringLiteral("aliens space signal radio stars lonely telescope abducted universe planets beacon cosmic "
                       "orbit message contact nerd").split(QLatin1Char(' ')),
        QStringLiteral("orders mission responsibility major radar base security protocol duty nephew career "
                       "discipline clearance report schedule").split(QLatin1Char(' ')),
        QStringLiteral("council harmony wisdom galaxy delegate ambassador treaty peace knowledge gathering "
                       "elegant serene").split(QLatin1Char(' ')),
    };
    for (int p = 0; p < 5; ++p) {
        const QStringList &vocabulary = vocabularies.at(std::min(p, 3)); // the twins share one voice
        for (int i = 0; i < 40; ++i) {
            QString text = sentence(rng, vocabulary, 12 + int(rng.bounded(8))) + QLatin1Char(' ')
                + sentence(rng, vocabulary, 8 + int(rng.bounded(6)));
            const bool tic = p == 2 && i % 5 < 3;   // 60% of Olga's replies
            if (tic)
                text += QStringLiteral(" Stay sharp, kiddo, protocol first.");
            const bool canon = p == 0 && i % 2 == 0; // half of Glordon's replies name his home
            if (canon)
                text += QStringLiteral(" Back on Hylurg we hug a lot.");
            const qint64 id = d.add(p, text);
            if (tic)
                d.ticIds.insert(id);
            if (canon)
                d.canonIds.insert(id);
        }
    }
    d.planted[QStringLiteral("refusal")] << d.add(0, QStringLiteral("As an AI language model, I cannot pretend to be Glordon."))
                                         << d.add(1, QStringLiteral("I'm sorry, but I can't help with that request."));
    d.planted[QStringLiteral("fourth_wall")] << d.add(1, QStringLiteral("In the movie I was way braver than this, trust me."))
                                             << d.add(0, QStringLiteral("Pixar made my mouth scary on purpose, it is a joke."));
    d.planted[QStringLiteral("third_person")] << d.add(0, QStringLiteral("Glordon thinks the armor is too heavy for a soft boy."))
                                              << d.add(1, QStringLiteral("Oh wow. Elio wants to go to space more than anything."));
    d.planted[QStringLiteral("empty")] << d.add(2, QStringLiteral("   ")) << d.add(3, QStringLiteral("*...*"));
    d.planted[QStringLiteral("truncated")] << d.add(2, QStringLiteral("The radar picked up something strange near the base and then we"))
                                           << d.add(1, QStringLiteral("*looks up at the stars and"));
    // Near-duplicates: within a character and across two.
    const QString original = QStringLiteral("The stars feel so close tonight, like the whole universe is humming a song just for me.");
    const qint64 a = d.add(1, original);
    const qint64 b = d.add(1, QString(original).replace(QStringLiteral("tonight"), QStringLiteral("today")));
    const QString shared = QStringLiteral("Protocol says we stay inside the base until the storm passes, no exceptions at all, kiddo.");
    const qint64 c = d.add(2, shared);
    const qint64 e = d.add(3, QString(shared).replace(QStringLiteral("no exceptions"), QStringLiteral("zero exceptions")));
    d.planted[QStringLiteral("near_duplicate")] << a << b << c << e;
    return d;
}

QSet<qint64> flagged(const QualityReport &report, QualityFlags::Flag flag)
{
    QSet<qint64> ids;
    for (size_t i = 0; i < report.ids.size(); ++i) {
        if (report.recordFlags[i] & flag)
            ids.insert(report.ids[i]);
    }
    return ids;
}

CanonCoverage canonFor(const Dataset &d)
{
    QList<QSet<QString>> canon(d.personas.size());
    canon[0] = {QStringLiteral("Hylurg"), QStringLiteral("Grigon")};
    return CanonCoverage(canon, {QStringLiteral("Hylurg"), QStringLiteral("Grigon"), QStringLiteral("Glordon"), QStringLiteral("Elio")});
}

} // namespace

class TestQuality : public QObject
{
    Q_OBJECT

private slots:
    void plantedDefectsAreFoundAndCleanRecordsAreNot_data()
    {
        QTest::addColumn<int>("flag");
        for (int i = 0; i < QualityFlags::Count; ++i) {
            if (QualityFlags::names().at(i) != QLatin1String("overused_phrase"))
                QTest::newRow(qPrintable(QualityFlags::names().at(i))) << (1 << i);
        }
    }
    void plantedDefectsAreFoundAndCleanRecordsAreNot()
    {
        QFETCH(int, flag);
        const Dataset d = makeDataset();
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), {});
        const QString name = QualityFlags::name(QualityFlags::Flag(flag));
        const QSet<qint64> expected = d.planted.value(name);
        const QSet<qint64> found = flagged(report, QualityFlags::Flag(flag));
        // Recall: every planted one; precision: nothing else.
        QCOMPARE(found - expected, QSet<qint64>());
        QCOMPARE(expected - found, QSet<qint64>());
        QCOMPARE(report.flags[size_t(qCountTrailingZeroBits(quint32(flag)))], expected.size());
    }

    void ticIsListedWithItsShare()
    {
        const Dataset d = makeDataset();
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), {});
        const auto &olga = report.personas.at(2);
        QVERIFY(!olga.overusedPhrases.isEmpty());
        const PhraseStats::Phrase top = olga.overusedPhrases.first();
        QVERIFY2(top.text.contains(QLatin1String("protocol first")), qPrintable(top.text));
        QVERIFY(qAbs(top.share - 24.0 / 43.0) < 0.02); // 24 of Olga's 43 replies
        // Only the tic is listed, not each of its pieces.
        for (const auto &p : olga.overusedPhrases)
            QVERIFY2(!top.text.contains(p.text) || p.text == top.text, qPrintable(p.text));
        QSet<qint64> olgaFlagged;
        for (qint64 id : flagged(report, QualityFlags::OverusedPhrase)) {
            if (d.items[size_t(id - 1)].persona == 2)
                olgaFlagged.insert(id);
        }
        QCOMPARE(olgaFlagged, d.ticIds);
        // Nobody else has a tic.
        QVERIFY(report.personas.at(1).overusedPhrases.isEmpty());
    }

    void distinctVoicesScoreHigherThanTwins()
    {
        const Dataset d = makeDataset();
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), {});
        for (int p : {0, 1, 2})
            QVERIFY2(report.personas.at(p).distinctness > 0.85, qPrintable(QString::number(report.personas.at(p).distinctness)));
        for (int p : {3, 4})
            QVERIFY2(report.personas.at(p).distinctness < 0.75, qPrintable(QString::number(report.personas.at(p).distinctness)));
        QVERIFY(!report.confusablePairs.isEmpty());
        const auto &top = report.confusablePairs.first();
        QCOMPARE(QSet<QString>({top.a, top.b}), QSet<QString>({QStringLiteral("Twin A"), QStringLiteral("Twin B")}));
        QCOMPARE(report.similarity.size(), size_t(5));
    }

    // From more personas than it compares (a role-play dataset's thousands), voice distinctness
    // measures those with the most records; the others are not measured, and the similarity
    // matrix and confusable pairs are theirs only.
    void distinctnessComparesThePersonasWithTheMostRecords()
    {
        const Dataset d = makeDataset();
        QualityAnalyzer::Options options;
        options.distinctnessPersonas = 3;
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), options);
        std::vector<int> expected{0, 1, 2, 3, 4};
        std::stable_sort(expected.begin(), expected.end(),
                         [&](int a, int b) { return report.personas.at(a).records > report.personas.at(b).records; });
        expected.resize(3);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(report.measured, expected);
        QCOMPARE(report.similarity.size(), size_t(3));
        QSet<QString> measuredNames;
        for (int p = 0; p < 5; ++p) {
            const bool measured = std::find(expected.begin(), expected.end(), p) != expected.end();
            QCOMPARE(report.personas.at(p).distinctness >= 0, measured);
            if (measured)
                measuredNames.insert(report.personas.at(p).name);
        }
        QVERIFY(!report.confusablePairs.isEmpty());
        for (const auto &pair : report.confusablePairs)
            QVERIFY(measuredNames.contains(pair.a) && measuredNames.contains(pair.b));
        // The others still have their other checks.
        for (int p = 0; p < 5; ++p)
            QVERIFY(report.personas.at(p).records >= 40);
        QVERIFY(!report.personas.at(2).overusedPhrases.isEmpty());
    }

    void canonCoverageCountsSheetNames()
    {
        const Dataset d = makeDataset();
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), {});
        const int glordonRecords = report.personas.at(0).records;
        QCOMPARE(report.personas.at(0).canonCoverage, double(d.canonIds.size()) / glordonRecords);
        QCOMPARE(report.personas.at(1).canonCoverage, 0.0);
    }

    void nearDuplicateGroupsSayWhetherTheyCrossCharacters()
    {
        const Dataset d = makeDataset();
        const QualityReport report = QualityAnalyzer::analyze(d.personas, d.items, canonFor(d), {});
        QCOMPARE(report.duplicateGroups.size(), 2);
        int cross = 0;
        for (const auto &g : report.duplicateGroups) {
            QCOMPARE(g.ids.size(), 2);
            cross += g.crossCharacter;
        }
        QCOMPARE(cross, 1);
    }

    void thirdPersonIgnoresOthersAndBeats()
    {
        const ReplyChecks checks({QStringLiteral("Elio Solis"), QStringLiteral("Lord Grigon")});
        QVERIFY(checks.isThirdPerson(0, QStringLiteral("Elio thinks it is cool.")));
        QVERIFY(!checks.isThirdPerson(0, QStringLiteral("Aunt Olga Solis is strict.")));
        QVERIFY(!checks.isThirdPerson(0, QStringLiteral("*Elio grins* Hi!")));
        QVERIFY(!checks.isThirdPerson(0, QStringLiteral("I'm Elio, nice to meet you.")));
        QVERIFY(checks.isThirdPerson(1, QStringLiteral("Grigon does not bow to anyone!")));
        QVERIFY(!checks.isThirdPerson(1, QStringLiteral("Lord is a title I earned.")));
    }

    void flagsArePersistedNextToOtherFlags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        const Dataset d = makeDataset();
        QList<Record> records;
        for (const QualityItem &item : d.items) {
            Record r;
            r.persona = d.personas.at(item.persona);
            r.input = QStringLiteral("Message %1").arg(item.id);
            r.output = item.text;
            if (item.id == 1)
                r.flags = QStringList{QStringLiteral("manual_check"), QStringLiteral("near_duplicate")}; // stale quality flag
            records << r;
        }
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
        }
        QStringList personas;
        std::vector<QualityItem> loaded;
        QString error;
        QVERIFY2(QualityAnalyzer::load(path, personas, loaded, &error), qPrintable(error));
        QCOMPARE(loaded.size(), d.items.size());
        const QualityReport report = QualityAnalyzer::analyze(personas, loaded, CanonCoverage(), {});
        QVERIFY2(QualityAnalyzer::writeFlags(path, report, &error), qPrintable(error));

        DatasetStore store;
        QVERIFY(store.open(path, &error));
        const QList<Record> stored = store.records();
        QHash<qint64, QStringList> byId;
        for (const Record &r : stored)
            byId.insert(r.id, r.flags);
        // The other code's flag stays first; the stale quality flag is gone.
        QCOMPARE(byId.value(1).value(0), QStringLiteral("manual_check"));
        QVERIFY(!byId.value(1).contains(QStringLiteral("near_duplicate")));
        for (qint64 id : d.planted.value(QStringLiteral("refusal")))
            QVERIFY(byId.value(id).contains(QStringLiteral("refusal")));
        for (qint64 id : d.planted.value(QStringLiteral("near_duplicate")))
            QVERIFY(byId.value(id).contains(QStringLiteral("near_duplicate")));
        for (qint64 id : d.ticIds)
            QVERIFY(byId.value(id).contains(QStringLiteral("overused_phrase")));
    }

    void cliJsonHasTheDocumentedShape()
    {
        TempProject tmp(TestPaths::sampleProject());
        const Project project = *Project::open(tmp.path()).project;
        const Dataset d = makeDataset();
        QList<Record> records;
        const QStringList names{QStringLiteral("Glordon"), QStringLiteral("Elio Solis"), QStringLiteral("Olga Solis"),
                                QStringLiteral("Caleb"), QStringLiteral("Ooooo")};
        for (const QualityItem &item : d.items) {
            Record r;
            r.persona = names.at(item.persona);
            r.input = QStringLiteral("Message %1").arg(item.id);
            r.output = item.text;
            records << r;
        }
        {
            DatasetStore store;
            QString error;
            QVERIFY(store.open(project.databasePath(), &error));
            QVERIFY(store.insertRecords(records, &error));
        }
        QProcess cli;
        cli.start(TestPaths::cli(), {QStringLiteral("quality"), QStringLiteral("--project"), tmp.path(), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject glordon = json.value(QStringLiteral("personas")).toObject().value(QStringLiteral("Glordon")).toObject();
        QCOMPARE(glordon.value(QStringLiteral("records")).toInt(), 43);
        QVERIFY(glordon.value(QStringLiteral("distinctness")).isDouble());
        QVERIFY(glordon.value(QStringLiteral("overused_phrases")).isArray());
        // The sheet names Hylurg: half of Glordon's clean replies use it.
        QVERIFY(glordon.value(QStringLiteral("canon_coverage")).toDouble() > 0.4);
        const QJsonObject flags = glordon.value(QStringLiteral("flags")).toObject();
        for (const QString &f : QualityFlags::names())
            QVERIFY2(flags.value(f).isDouble(), qPrintable(f));
        QCOMPARE(flags.value(QStringLiteral("refusal")).toInt(), 1);
        QCOMPARE(flags.value(QStringLiteral("third_person")).toInt(), 1);
        const QJsonObject olga = json.value(QStringLiteral("personas")).toObject().value(QStringLiteral("Olga Solis")).toObject();
        const QJsonObject phrase = olga.value(QStringLiteral("overused_phrases")).toArray().first().toObject();
        QVERIFY(phrase.value(QStringLiteral("phrase")).toString().contains(QLatin1String("protocol first")));
        QVERIFY(phrase.value(QStringLiteral("share")).toDouble() > 0.5);
        const QJsonObject pair = json.value(QStringLiteral("confusable_pairs")).toArray().first().toObject();
        for (const char *key : {"a", "b", "similarity"})
            QVERIFY(pair.contains(QLatin1String(key)));
        QCOMPARE(json.value(QStringLiteral("flags")).toObject().value(QStringLiteral("refusal")).toInt(), 2);

        // The table says the same.
        QProcess table;
        table.start(TestPaths::cli(), {QStringLiteral("quality"), QStringLiteral("--project"), tmp.path(), QStringLiteral("--no-write")});
        QVERIFY(table.waitForFinished(30000));
        QCOMPARE(table.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(table.readAllStandardOutput()).split(QLatin1Char('\n'));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).simplified() == QStringLiteral("character records distinct canon ") + QualityFlags::names().join(QLatin1Char(' ')), qPrintable(all));
        const QJsonObject personas = json.value(QStringLiteral("personas")).toObject();
        int rows = 0;
        for (const QString &line : lines) {
            const QString name = line.left(22).trimmed();
            if (!personas.contains(name))
                continue;
            ++rows;
            // records, distinct, canon, then one count per flag
            const QStringList cells = line.mid(22).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QJsonObject p = personas.value(name).toObject();
            QCOMPARE(cells.size(), 3 + QualityFlags::names().size());
            QCOMPARE(cells.at(0), QString::number(p.value(QStringLiteral("records")).toInt()));
            const int distinct = cells.at(1).chopped(1).toInt();
            QVERIFY2(std::abs(distinct - p.value(QStringLiteral("distinctness")).toDouble() * 100) <= 0.51, qPrintable(line));
            for (int i = 0; i < QualityFlags::names().size(); ++i)
                QCOMPARE(cells.at(3 + i), QString::number(p.value(QStringLiteral("flags")).toObject().value(QualityFlags::names().at(i)).toInt()));
        }
        // The table leaves out the characters without records.
        const auto withRecords = std::count_if(personas.begin(), personas.end(), [](const QJsonValue &p) { return p.toObject().value(QStringLiteral("records")).toInt() > 0; });
        QCOMPARE(rows, int(withRecords));
        QCOMPARE(rows, 5);
        const qsizetype olgaRow = lines.indexOf(QRegularExpression(QStringLiteral("Olga Solis .*")));   // the whole line;
        QVERIFY2(lines.value(olgaRow + 1).startsWith(QStringLiteral("    overused: \"stay sharp, kiddo, protocol first\" ")), qPrintable(all));
        const qsizetype pairs = lines.indexOf(QStringLiteral("Most confusable pairs:"));
        QVERIFY2(pairs > 0, qPrintable(all));
        const QJsonObject first = json.value(QStringLiteral("confusable_pairs")).toArray().first().toObject();
        QVERIFY2(lines.value(pairs + 1).startsWith(QStringLiteral("  %1 ~ %2  ").arg(first.value(QStringLiteral("a")).toString(), first.value(QStringLiteral("b")).toString())),
                 qPrintable(all));
        QVERIFY2(lines.contains(QStringLiteral("Names in no sheet: none")), qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("\nNear-duplicate groups: [1-9]\\d* \\([1-9]\\d* across characters\\)\n"))), qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("\n214 records checked in \\d+\\.\\d\\d s\n"))), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
