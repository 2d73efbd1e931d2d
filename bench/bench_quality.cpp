// bench_quality: synthesises dialogue-like records for 15 characters (each with its own
// vocabulary, catchphrases and beats, plus shared filler, planted near-duplicates and a few
// broken replies) and runs every quality check on 100,000 and 1,000,000 of them, printing the
// seconds and the peak resident memory. First, an imported role-play dataset's shape: 20,000 of
// them spread over 15,000 personas (voice distinctness compares a bounded number of them).
// Usage: bench_quality [SIZE …]

#include "quality/qualityanalyzer.h"
#include "util/workpools.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThreadPool>
#include <sys/resource.h>

namespace {

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Voice
{
    QString name;
    QStringList vocabulary;
    QString catchphrase;
    QString beat;
};

std::vector<QualityItem> synthesise(int count, QStringList &personas)
{
    const QStringList common = words(
        "the a to and of you I it is that in my we for this be with on so just what do know think here there about "
        "like really well yes no oh can will not all your me are was but have one if out how time way day today "
        "friend home world sky night star light feel want need help try look see hear talk tell come go back again");
    const QStringList themes = words(
        "armor lava ocean signal radio planet ship moon tunnel warrior stars gadget crystal garden music robot "
        "ambassador council hive wisdom clone base orbit comet dust map storm river mountain forest engine message "
        "library machine beacon portal probe lens spiral reef canyon harbor engine glow whisper thunder echo");
    QRandomGenerator rng(42);
    std::vector<Voice> voices;
    for (int v = 0; v < 15; ++v) {
        Voice voice;
        voice.name = QStringLiteral("Character %1").arg(v + 1);
        for (int w = 0; w < 40; ++w)
            voice.vocabulary << QStringLiteral("%1%2").arg(themes.at(int(rng.bounded(themes.size())))).arg(QChar(u'a' + v));
        voice.catchphrase = QStringLiteral("by the %1 of %2").arg(voice.vocabulary.at(0), voice.vocabulary.at(1));
        voice.beat = QStringLiteral("*%1 %2*").arg(QStringList{QStringLiteral("adjusts"), QStringLiteral("taps"), QStringLiteral("spins")}.at(v % 3),
                                                   voice.vocabulary.at(2));
        voices.push_back(voice);
        personas << voice.name;
    }
    std::vector<QualityItem> items;
    items.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        QualityItem item;
        item.id = i + 1;
        item.persona = int(rng.bounded(15));
        const Voice &voice = voices[size_t(item.persona)];
        // Every 50th reply repeats an earlier one of the same character with one word changed.
        if (i > 100 && i % 50 == 0) {
            const QualityItem &earlier = items[size_t(rng.bounded(i))];
            item.persona = earlier.persona;
            item.text = earlier.text;
            item.text.replace(QLatin1String(" the "), QLatin1String(" that "));
            items.push_back(std::move(item));
            continue;
        }
        QString t;
        if (rng.bounded(100) < 30)
            t += voice.beat + QLatin1Char(' ');
        const int sentences = 2 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int length = 6 + int(rng.bounded(10));
            QString sentence;
            for (int w = 0; w < length; ++w) {
                const QString &word = rng.bounded(100) < 55 ? common.at(int(rng.bounded(common.size())))
                                                            : voice.vocabulary.at(int(rng.bounded(voice.vocabulary.size())));
                sentence += (w ? QStringLiteral(" ") : QString()) + word;
            }
            sentence[0] = sentence[0].toUpper();
            t += sentence + (rng.bounded(4) ? QStringLiteral(". ") : QStringLiteral("! "));
        }
        if (rng.bounded(100) < 25)
            t += voice.catchphrase + QLatin1Char('!');
        if (i % 997 == 0)
            t = QStringLiteral("As an AI language model, I cannot pretend to be %1.").arg(voice.name);
        else if (i % 991 == 0)
            t += QStringLiteral(" In the movie I was much braver");
        item.text = t.trimmed();
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {100000, 1000000};
    out << "threads: " << WorkPools::parallel()->maxThreadCount() << Qt::endl;
    {
        // Before the large runs, so that the peak memory printed is this run's.
        QStringList voices;
        std::vector<QualityItem> items = synthesise(20000, voices);
        constexpr int Personas = 15000;
        QStringList personas;
        for (int p = 0; p < Personas; ++p)
            personas << QStringLiteral("Imported %1").arg(p + 1);
        for (size_t i = 0; i < items.size(); ++i)
            items[i].persona = int(i % Personas);
        const CanonCoverage canon(QList<QSet<QString>>(personas.size()), {});
        QElapsedTimer timer;
        timer.start();
        const QualityReport report = QualityAnalyzer::analyze(personas, items, canon, {});
        out << QStringLiteral("20000 records of %1 personas: all checks %2 s, peak memory %3 MB; voice distinctness compared %4 of them")
                   .arg(Personas)
                   .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                   .arg(peakMegabytes())
                   .arg(report.measured.size())
            << Qt::endl;
    }
    for (int size : sizes) {
        QStringList personas;
        QElapsedTimer timer;
        timer.start();
        const std::vector<QualityItem> items = synthesise(size, personas);
        const double made = double(timer.nsecsElapsed()) / 1e9;
        const CanonCoverage canon(QList<QSet<QString>>(personas.size()), {});
        QString last;
        timer.restart();
        QElapsedTimer stage;
        stage.start();
        const QualityReport report = QualityAnalyzer::analyze(personas, items, canon, {}, [&](int, const QString &name) {
            if (!last.isEmpty())
                out << QStringLiteral("    %1: %2 s").arg(last).arg(double(stage.nsecsElapsed()) / 1e9, 0, 'f', 2) << Qt::endl;
            last = name;
            stage.restart();
        });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("%1 records: all checks %2 s (synthesis %3 s), peak memory %4 MB; %5 near-duplicate groups, "
                              "%6 refusals, %7 fourth-wall, %8 with overused phrases; mean distinctness %9")
                   .arg(size)
                   .arg(seconds, 0, 'f', 2)
                   .arg(made, 0, 'f', 2)
                   .arg(peakMegabytes())
                   .arg(report.duplicateGroups.size())
                   .arg(report.flags[0])
                   .arg(report.flags[1])
                   .arg(report.flags[6])
                   .arg([&] {
                       double sum = 0;
                       for (const auto &p : report.personas)
                           sum += p.distinctness;
                       return sum / std::max<qsizetype>(1, report.personas.size());
                   }(), 0, 'f', 3)
            << Qt::endl;
    }
    return 0;
}
