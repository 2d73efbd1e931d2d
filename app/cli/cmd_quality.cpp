// persona-studio-cli quality: runs every quality check on a project's records, stores the
// flags in studio.db and prints per character the distinctness, overused phrases, canon
// coverage and flag counts, the most confusable pairs and the names no sheet mentions.

#include "clicommand.h"

#include "project/project.h"
#include "quality/qualityanalyzer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace {

QString percent(double share)
{
    return share < 0 ? QStringLiteral("–") : QLocale().toString(share * 100, 'f', 0) + QLocale().percent();
}

int runQuality(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Checks the records of a project: voice distinctness, overused phrases, refusals, "
                                                                        "fourth-wall breaks, third person, empty or truncated replies, near-duplicates and "
                                                                        "canon coverage. Stores the flags on the records."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("no-write"), QCoreApplication::translate("cli", "Do not store the flags in studio.db.")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("quality")))
        return *status;
    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    QString error;
    const std::optional<QualityReport> report =
        QualityAnalyzer::run(*opened.project, {}, {}, &error, !parser.isSet(QStringLiteral("no-write")));
    if (!report)
        return Cli::fail(error);

    QTextStream &out = Cli::out();
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    const QStringList flagNames = QualityFlags::names();
    // The number columns widen when a translated heading would otherwise run into its neighbour.
    const QString recordsHeading = QCoreApplication::translate("cli", "records"), distinctHeading = QCoreApplication::translate("cli", "distinct"),
                  canonHeading = QCoreApplication::translate("cli", "canon");
    const qsizetype recordsWidth = std::max<qsizetype>(8, recordsHeading.size() + 1), distinctWidth = std::max<qsizetype>(9, distinctHeading.size() + 1),
                    canonWidth = std::max<qsizetype>(6, canonHeading.size() + 1);
    out << QCoreApplication::translate("cli", "character").leftJustified(22) << recordsHeading.rightJustified(recordsWidth)
        << distinctHeading.rightJustified(distinctWidth) << canonHeading.rightJustified(canonWidth);
    for (const QString &f : flagNames)
        out << ' ' << f;
    out << '\n';
    for (const QualityReport::Persona &p : report->personas) {
        if (p.records == 0)
            continue;
        out << p.name.left(22).leftJustified(22) << QLocale().toString(p.records).rightJustified(recordsWidth)
            << percent(p.distinctness).rightJustified(distinctWidth) << percent(p.hasCanon ? p.canonCoverage : -1).rightJustified(canonWidth);
        for (int i = 0; i < QualityFlags::Count; ++i)
            out << ' ' << QLocale().toString(p.flags[size_t(i)]).rightJustified(flagNames.at(i).size());
        out << '\n';
        QStringList phrases;
        for (const PhraseStats::Phrase &ph : p.overusedPhrases.mid(0, 4))
            phrases << QStringLiteral("\"%1\" %2").arg(ph.text, percent(ph.share));
        if (!phrases.isEmpty())
            out << "    " << QCoreApplication::translate("cli", "overused: %1").arg(phrases.join(QStringLiteral(", "))) << '\n';
    }
    out << '\n' << QCoreApplication::translate("cli", "Most confusable pairs:") << '\n';
    for (const QualityReport::Pair &pair : report->confusablePairs)
        out << QStringLiteral("  %1 ~ %2  %3").arg(pair.a, pair.b, QLocale().toString(pair.similarity, 'f', 3)) << '\n';
    QStringList names;
    for (const auto &n : report->unknownNames)
        names << QStringLiteral("%1 (%2)").arg(n.first, QLocale().toString(n.second));
    int cross = 0;
    for (const auto &g : report->duplicateGroups)
        cross += g.crossCharacter;
    out << QCoreApplication::translate("cli", "Names in no sheet: %1").arg(names.isEmpty() ? QCoreApplication::translate("cli", "none") : names.join(QStringLiteral(", "))) << '\n'
        << QCoreApplication::translate("cli", "Near-duplicate groups: %1 (%2 across characters)").arg(QLocale().toString(report->duplicateGroups.size()), QLocale().toString(cross)) << '\n'
        << QCoreApplication::translate("cli", "%Ln record(s) checked in %1 s", nullptr, int(report->records)).arg(QLocale().toString(report->seconds, 'f', 2)) << '\n';
    out.flush();
    return 0;
}

const CliCommandRegistrar qualityCommand({QStringLiteral("quality"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "check records for tics, duplicates, refusals and voice distinctness (--project DIR [--json] [--no-write])")),
                                     runQuality});

} // namespace
