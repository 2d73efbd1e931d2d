// Fuzzes the fine-tuning validator with arbitrary files. The first byte picks the format the
// caller gives (or none: detected from the first JSON object). Oracles: every issue names a line
// of the file (0 for the whole file) and they come in line order; no more examples than lines;
// and where the format was detected, validating again with that format given gives the same
// report — the lines then all go through the parallel slices instead of the first ones being
// checked one by one, which must not change a finding.

#include "exporting/finetunevalidator.h"

#include <QBuffer>
#include <cstdlib>

namespace {

ValidationReport validate(const QByteArray &content, std::optional<ExportFormat> format)
{
    QByteArray copy = content;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    FineTuneValidator::Options options;
    options.format = format;
    return FineTuneValidator::validate(buffer, QStringLiteral("fuzz.jsonl"), options);
}

// The report without its first line, which says whether the format was detected.
QString findings(const ValidationReport &report)
{
    const QString text = report.toText();
    return text.mid(text.indexOf(QLatin1Char('\n')) + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QStringList names = ExportFormats::names();
    const int pick = data[0] % (names.size() + 1);
    const std::optional<ExportFormat> given = pick == 0 ? std::nullopt : ExportFormats::fromName(names.at(pick - 1));
    const QByteArray content(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    const ValidationReport report = validate(content, given);
    if (report.examples > report.lines)
        std::abort();
    qint64 previous = 0;
    for (const Issue &issue : report.issues) {
        if (issue.line < 0 || issue.line > report.lines || issue.line < previous)
            std::abort();
        previous = issue.line;
    }
    (void)report.toJson();
    if (report.formatDetected && !report.errorCounts.contains(QStringLiteral("unknown_format"))) {
        const ValidationReport again = validate(content, report.format);
        if (again.formatDetected || findings(again) != findings(report))
            std::abort();
    }
    return 0;
}
