#include "qualityanalyzer.h"

#include "dataset/datasetstore.h"
#include "neardupfinder.h"
#include "project/project.h"
#include "replychecks.h"
#include "voicedistinctness.h"
#include "util/workpools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <algorithm>

namespace {

// Record-level work is cut into this many slices for the thread pool.
constexpr int Slices = 16;

} // namespace

bool QualityAnalyzer::load(const QString &databasePath, QStringList &personas, std::vector<QualityItem> &items, QString *error)
{
    DatasetStore store;
    if (!store.open(databasePath, error))
        return false;
    QHash<QString, int> index;
    for (int i = 0; i < personas.size(); ++i)
        index.insert(personas.at(i), i);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, persona, CASE WHEN edited_output IS NULL OR edited_output = '' THEN output"
                               " ELSE edited_output END FROM records WHERE status <> 'rejected' ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    items.clear();
    while (q.next()) {
        QualityItem item;
        item.id = q.value(0).toLongLong();
        const QString persona = q.value(1).toString();
        auto it = index.constFind(persona);
        if (it == index.cend()) {
            it = index.insert(persona, int(personas.size()));
            personas << persona;
        }
        item.persona = it.value();
        item.text = q.value(2).toString();
        items.push_back(std::move(item));
    }
    return true;
}

QualityReport QualityAnalyzer::analyze(const QStringList &personas, const std::vector<QualityItem> &items,
                                       const CanonCoverage &canon, const Options &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto report = [&progress](int percent, const QString &stage) {
        if (progress)
            progress(percent, stage);
    };
    const int n = int(items.size());
    const int k = int(personas.size());
    QualityReport result;
    result.records = n;
    result.personas.resize(k);
    for (int p = 0; p < k; ++p) {
        result.personas[p].name = personas.at(p);
        result.personas[p].hasCanon = !canon.canonOf(p).isEmpty();
    }
    result.ids.resize(size_t(n));
    result.recordFlags.assign(size_t(n), 0);
    std::vector<int> persona(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        result.ids[size_t(i)] = items[size_t(i)].id;
        persona[size_t(i)] = items[size_t(i)].persona;
        ++result.personas[persona[size_t(i)]].records;
    }
    auto text = [&items](int i) { return QStringView(items[size_t(i)].text); };

    // Stage 1, one pass per reply: the reply checks, the MinHash signature and canon use.
    report(0, QCoreApplication::translate("QualityAnalyzer", "Checking replies"));
    const ReplyChecks checks(personas);
    std::vector<quint32> signatures(size_t(n) * NearDuplicateFinder::Hashes);
    std::vector<char> covered(static_cast<size_t>(n), 0);
    QList<int> slices(Slices);
    std::iota(slices.begin(), slices.end(), 0);
    const QList<QHash<QString, int>> unknownParts = QtConcurrent::blockingMapped(WorkPools::parallel(), slices, [&](int s) {
        QHash<QString, int> unknown;
        std::vector<TextScan::Word> words;
        std::vector<quint64> shingles;
        const int from = int(qint64(n) * s / Slices), to = int(qint64(n) * (s + 1) / Slices);
        for (int i = from; i < to; ++i) {
            const QStringView t = text(i);
            TextScan::words(t, words);
            result.recordFlags[size_t(i)] = checks.check(persona[size_t(i)], t, words);
            NearDuplicateFinder::signature(NearDuplicateFinder::shingles(words), signatures.data() + size_t(i) * NearDuplicateFinder::Hashes);
            covered[size_t(i)] = canon.covers(persona[size_t(i)], t, words);
            canon.countUnknown(t, words, unknown);
        }
        return unknown;
    });
    QHash<QString, int> unknown;
    for (const auto &part : unknownParts)
        for (auto it = part.cbegin(); it != part.cend(); ++it)
            unknown[it.key()] += it.value();
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        if (it.value() >= 2)
            result.unknownNames.append({it.key(), it.value()});
    }
    std::sort(result.unknownNames.begin(), result.unknownNames.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (result.unknownNames.size() > options.unknownNames)
        result.unknownNames.resize(options.unknownNames);

    // Stage 2: near-duplicate groups.
    report(35, QCoreApplication::translate("QualityAnalyzer", "Finding near-duplicates"));
    const NearDuplicateFinder finder(options.nearDuplicateThreshold);
    const auto groups = finder.groups(signatures, text);
    signatures = {};
    for (const auto &g : groups) {
        QualityReport::DuplicateGroup group;
        for (int i : g) {
            group.ids << items[size_t(i)].id;
            group.crossCharacter = group.crossCharacter || persona[size_t(i)] != persona[size_t(g.front())];
            result.recordFlags[size_t(i)] |= QualityFlags::NearDuplicate;
        }
        result.duplicateGroups << group;
    }

    // Stage 3: overused phrases.
    report(55, QCoreApplication::translate("QualityAnalyzer", "Counting phrases"));
    const PhraseStats::Result phrases = PhraseStats::compute(k, persona, text, options.phrases);
    for (int p = 0; p < k; ++p)
        result.personas[p].overusedPhrases = phrases.perPersona[size_t(p)];
    for (int i = 0; i < n; ++i) {
        if (phrases.marked[size_t(i)])
            result.recordFlags[size_t(i)] |= QualityFlags::OverusedPhrase;
    }

    // Stage 4: voice distinctness.
    report(70, QCoreApplication::translate("QualityAnalyzer", "Measuring voice distinctness"));
    // The personas with records — from too many, those with the most (then the first listed:
    // the project's characters) — compared with each other.
    std::vector<int> &measured = result.measured;
    for (int p = 0; p < k; ++p) {
        if (result.personas[p].records > 0)
            measured.push_back(p);
    }
    if (int(measured.size()) > std::max(2, options.distinctnessPersonas)) {
        std::stable_sort(measured.begin(), measured.end(),
                         [&](int a, int b) { return result.personas[a].records > result.personas[b].records; });
        measured.resize(size_t(std::max(2, options.distinctnessPersonas)));
        std::sort(measured.begin(), measured.end());
    }
    const int m = int(measured.size());
    std::vector<int> localOf(size_t(k), -1);
    for (int j = 0; j < m; ++j)
        localOf[size_t(measured[size_t(j)])] = j;
    std::vector<int> measuredPersona;
    std::vector<int> measuredItem;
    for (int i = 0; i < n; ++i) {
        if (const int j = localOf[size_t(persona[size_t(i)])]; j >= 0) {
            measuredPersona.push_back(j);
            measuredItem.push_back(i);
        }
    }
    const VoiceDistinctness::Result voice = VoiceDistinctness::compute(
        m, measuredPersona, [&](int j) { return text(measuredItem[size_t(j)]); }, options.distinctnessSample);
    result.similarity = voice.similarity;
    for (int j = 0; j < m; ++j) {
        result.personas[measured[size_t(j)]].distinctness = voice.accuracy[size_t(j)];
        result.personas[measured[size_t(j)]].distinctnessSample = voice.sampled[size_t(j)];
    }
    for (int a = 0; a < m; ++a)
        for (int b = a + 1; b < m; ++b) {
            if (voice.sampled[size_t(a)] == 0 || voice.sampled[size_t(b)] == 0)
                continue;
            result.confusablePairs.append({personas.at(measured[size_t(a)]), personas.at(measured[size_t(b)]), voice.similarity[size_t(a)][size_t(b)],
                                           voice.confusion[size_t(a)][size_t(b)] + voice.confusion[size_t(b)][size_t(a)]});
        }
    std::sort(result.confusablePairs.begin(), result.confusablePairs.end(), [](const auto &x, const auto &y) {
        return x.similarity > y.similarity;
    });
    if (result.confusablePairs.size() > options.confusablePairs)
        result.confusablePairs.resize(options.confusablePairs);

    // Counts per character and in all.
    std::vector<int> coveredCount(size_t(k), 0);
    for (int i = 0; i < n; ++i) {
        const int p = persona[size_t(i)];
        coveredCount[size_t(p)] += covered[size_t(i)];
        for (int f = 0; f < QualityFlags::Count; ++f) {
            if (result.recordFlags[size_t(i)] & (1 << f)) {
                ++result.personas[p].flags[size_t(f)];
                ++result.flags[size_t(f)];
            }
        }
    }
    for (int p = 0; p < k; ++p) {
        if (result.personas[p].records > 0)
            result.personas[p].canonCoverage = double(coveredCount[size_t(p)]) / result.personas[p].records;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    report(100, QCoreApplication::translate("QualityAnalyzer", "Done"));
    return result;
}

bool QualityAnalyzer::writeFlags(const QString &databasePath, const QualityReport &report, QString *error)
{
    DatasetStore store;
    if (!store.open(databasePath, error))
        return false;
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery &failed) {
        if (error)
            *error = failed.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // IMMEDIATE takes the write lock before reading, so no other writer's flags slip in between.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, flags FROM records ORDER BY id")))
        return fail(read);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE records SET flags = ? WHERE id = ?"));
    size_t at = 0;
    while (read.next() && at < report.ids.size()) {
        const qint64 id = read.value(0).toLongLong();
        while (at < report.ids.size() && report.ids[at] < id)
            ++at;
        if (at >= report.ids.size() || report.ids[at] != id)
            continue;
        const QString stored = read.value(1).toString();
        const QString merged = QualityFlags::merge(stored, report.recordFlags[at]);
        if (merged != stored) {
            update.bindValue(0, merged);
            update.bindValue(1, id);
            if (!update.exec())
                return fail(update);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    return true;
}

std::optional<QualityReport> QualityAnalyzer::run(const Project &project, const Options &options, const Progress &progress,
                                                  QString *error, bool writeFlags)
{
    QStringList personas;
    for (const CharacterEntry &c : project.characters)
        personas << c.name;
    std::vector<QualityItem> items;
    if (progress)
        progress(0, QCoreApplication::translate("QualityAnalyzer", "Reading records"));
    if (!load(project.databasePath(), personas, items, error))
        return std::nullopt;
    const CanonCoverage canon(project, personas);
    QualityReport report = analyze(personas, items, canon, options, [&progress](int percent, const QString &stage) {
        if (progress)
            progress(5 + percent * 85 / 100, stage);
    });
    if (writeFlags) {
        if (progress)
            progress(92, QCoreApplication::translate("QualityAnalyzer", "Writing flags"));
        if (!QualityAnalyzer::writeFlags(project.databasePath(), report, error))
            return std::nullopt;
    }
    if (progress)
        progress(100, QCoreApplication::translate("QualityAnalyzer", "Done"));
    return report;
}
