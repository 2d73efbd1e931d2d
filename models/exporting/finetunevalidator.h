#pragma once
// FineTuneValidator: checks a JSONL training file the way fine-tuning services check it before
// they accept it, so that a file fails here and not after an upload. For the chat formats these
// are the checks of OpenAI's cookbook "Data preparation and analysis for chat model
// fine-tuning" (format errors, token counts with o200k_base, the billed-token estimate with
// its epoch clamping); the studio, ShareGPT and Alpaca shapes get the equivalent structural
// checks. Used by `persona-studio-cli validate`, by the exporter on what it wrote, and by the
// export dialog. Errors name the line; a report with errors means "would be rejected".

#include "exportformat.h"
#include "util/issue.h"

#include <QIODevice>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

// A model that can be fine-tuned, with the limit on tokens per training example and the
// training price. Figures: OpenAI's fine-tuning guide and pricing page (2025); see
// docs/import-export.md.
struct FineTuneModel
{
    QString name;
    qint64 maxTokensPerExample = 0;
    double trainingUsdPerMillion = 0;
};

struct TokenStats
{
    qint64 count = 0;
    qint64 min = 0;
    qint64 max = 0;
    qint64 total = 0;
    double mean = 0;
    double median = 0;
    double p5 = 0;
    double p95 = 0;

    static TokenStats of(std::vector<qint64> values);
    QJsonObject toJson() const;
};

struct ValidationReport
{
    QString file;
    ExportFormat format = ExportFormat::OpenAiChat;
    bool formatDetected = false;     // true when the format was guessed from the first line
    qint64 lines = 0;
    qint64 examples = 0;             // lines that are JSON objects
    IssueList issues;                // in line order
    QMap<QString, qint64> errorCounts;   // cookbook names: data_type, missing_messages_list, …
    qint64 missingSystem = 0;
    qint64 missingUser = 0;
    qint64 duplicates = 0;
    qint64 overLimit = 0;
    // A local trainer's sequence length (LLaMA-Factory's cutoff_len, TRL's max_length, axolotl's
    // sequence_len; 0: none given) and the examples longer: the trainer cuts their ends off.
    qint64 cutoff = 0;
    qint64 overCutoff = 0;
    TokenStats exampleTokens;        // per example, chat overhead included
    TokenStats assistantTokens;      // assistant message contents only
    FineTuneModel model;
    bool modelKnown = false;
    int epochs = 0;
    bool epochsChosen = false;       // false: the provider's default (clamped) epochs
    qint64 billedTokensPerEpoch = 0;
    qint64 billedTokens = 0;
    std::optional<double> costUsd;

    qint64 errorCount() const;
    qint64 warningCount() const;
    bool rejected() const { return errorCount() > 0; }
    // "OK: no errors, 2 warnings" or "REJECTED: 1 error, 0 warnings", in the language's plurals.
    QString verdict() const;
    // Human-readable report; at most `maxIssues` issues are listed one by one.
    QString toText(int maxIssues = 100) const;
    QJsonObject toJson() const;
};

class FineTuneValidator
{
public:
    // The cookbook's constants (OpenAI Cookbook, "Data preparation and analysis for chat model
    // fine-tuning"): the default number of epochs is TargetEpochs, clamped so that
    // examples × epochs stays within [MinTargetExamples, MaxTargetExamples] and epochs within
    // [MinDefaultEpochs, MaxDefaultEpochs].
    static constexpr int TargetEpochs = 3;
    static constexpr int MinTargetExamples = 100;
    static constexpr int MaxTargetExamples = 25000;
    static constexpr int MinDefaultEpochs = 1;
    static constexpr int MaxDefaultEpochs = 25;
    // OpenAI refuses a training file with fewer examples.
    static constexpr int MinExamples = 10;

    struct Options
    {
        std::optional<ExportFormat> format;   // empty: detect from the first JSON object
        QString model = QStringLiteral("gpt-4o-mini");
        int epochs = 0;                       // 0: the provider's default
        qint64 cutoff = 0;                    // the trainer's sequence length in tokens; 0: none
    };

    static ValidationReport validateFile(const QString &path, const Options &options);
    static ValidationReport validate(QIODevice &device, const QString &name, const Options &options);

    static int defaultEpochs(qint64 examples);
    static const QList<FineTuneModel> &models();
    // The model whose name is the longest prefix of `name` ("gpt-4o-mini-2024-07-18" → gpt-4o-mini).
    static std::optional<FineTuneModel> model(const QString &name);
};
