#include "finetunevalidator.h"

#include "dataset/jsonarrayreader.h"
#include "util/compressedfile.h"
#include "util/money.h"
#include "util/sha1.h"
#include "util/translations.h"

#include "tokenizer/bpeencoder.h"
#include "tokenizer/chattokencounter.h"
#include "util/workpools.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

double percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Linear interpolation between closest ranks, as numpy.quantile does by default (the
    // cookbook prints numpy quantiles).
    const double rank = p * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(rank));
    const auto hi = size_t(std::ceil(rank));
    return double(sorted[lo]) + (rank - double(lo)) * double(sorted[hi] - sorted[lo]);
}

struct Message
{
    QString role;
    QString content;
    QString name;
};

class LineChecker
{
public:
    LineChecker(ValidationReport &report, const ChatTokenCounter &counter)
        : r(report), tokens(counter)
    {
    }

    void error(qint64 line, const QString &key, const QString &message)
    {
        r.errorCounts[key] += 1;
        r.issues << Issue::error(r.file, int(line), message);
    }
    void warning(qint64 line, const QString &message) { r.issues << Issue::warning(r.file, int(line), message); }

    // Counts tokens the cookbook's way and records the example's lengths.
    void count(qint64 line, const QList<Message> &messages)
    {
        QList<ChatMessage> chat;
        qint64 assistant = 0;
        for (const Message &m : messages) {
            chat << ChatMessage{m.role, m.content, m.name};
            if (m.role == QLatin1String("assistant"))
                assistant += BpeEncoder::o200k().count(QStringView(m.content));
        }
        const qint64 n = tokens.countRequest(chat);
        exampleLengths.push_back(n);
        assistantLengths.push_back(assistant);
        if (n > r.model.maxTokensPerExample) {
            ++r.overLimit;
            error(line, QStringLiteral("too_many_tokens"),
                  QCoreApplication::translate("FineTuneValidator", "the example has %1 tokens, over the %2 tokens %3 accepts per training example")
                      .arg(QLocale().toString(n), QLocale().toString(r.model.maxTokensPerExample), r.model.name));
        }
        if (r.cutoff > 0 && n > r.cutoff) {
            // Not a refusal: the trainer truncates — the end of the conversation, its last
            // replies with it, is never trained on.
            ++r.overCutoff;
            warning(line, QCoreApplication::translate("FineTuneValidator", "the example has %1 tokens, over the trainer's cutoff of %2: its end is cut off in training")
                              .arg(QLocale().toString(n), QLocale().toString(r.cutoff)));
        }
    }

    void checkChat(qint64 line, const QJsonObject &o, bool openAi)
    {
        const QJsonValue list = o.value(QLatin1String("messages"));
        if (!list.isArray() || list.toArray().isEmpty()) {
            error(line, QStringLiteral("missing_messages_list"), QCoreApplication::translate("FineTuneValidator", "no \"messages\" list"));
            return;
        }
        if (openAi) {
            static const QStringList topKeys = {QStringLiteral("messages"), QStringLiteral("tools"), QStringLiteral("functions"),
                                                QStringLiteral("parallel_tool_calls")};
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!topKeys.contains(it.key()))
                    warning(line, QCoreApplication::translate("FineTuneValidator", "key \"%1\" is not part of OpenAI's chat format and is ignored").arg(it.key()));
            }
        }
        static const QStringList messageKeys = {QStringLiteral("role"), QStringLiteral("content"), QStringLiteral("name"),
                                                QStringLiteral("function_call"), QStringLiteral("weight")};
        static const QStringList roles = {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"),
                                          QStringLiteral("function")};
        QList<Message> messages;
        bool haveAssistant = false, haveSystem = false, haveUser = false;
        QString previousRole;   // of the last message that is not the system's
        int index = 0;
        for (const QJsonValue &v : list.toArray()) {
            ++index;
            if (!v.isObject()) {
                error(line, QStringLiteral("message_missing_key"), QCoreApplication::translate("FineTuneValidator", "message %1 is not an object").arg(index));
                continue;
            }
            const QJsonObject m = v.toObject();
            if (!m.contains(QLatin1String("role")) || !m.contains(QLatin1String("content")))
                error(line, QStringLiteral("message_missing_key"), QCoreApplication::translate("FineTuneValidator", "message %1 has no \"role\" or no \"content\"").arg(index));
            for (auto it = m.begin(); it != m.end(); ++it) {
                if (!messageKeys.contains(it.key()))
                    error(line, QStringLiteral("message_unrecognized_key"), QCoreApplication::translate("FineTuneValidator", "message %1 has the unknown key \"%2\"").arg(index).arg(it.key()));
            }
            const QString role = m.value(QLatin1String("role")).toString();
            if (!roles.contains(role))
                error(line, QStringLiteral("unrecognized_role"), QCoreApplication::translate("FineTuneValidator", "message %1 has the unknown role \"%2\"").arg(index).arg(role));
            // OpenAI's weight: whether an assistant message is trained on, 0 or 1.
            if (m.contains(QLatin1String("weight"))) {
                const QJsonValue weight = m.value(QLatin1String("weight"));
                if (!weight.isDouble() || (weight.toDouble() != 0 && weight.toDouble() != 1))
                    error(line, QStringLiteral("invalid_weight"), QCoreApplication::translate("FineTuneValidator", "message %1: \"weight\" must be 0 or 1").arg(index));
                else if (role != QLatin1String("assistant"))
                    error(line, QStringLiteral("invalid_weight"), QCoreApplication::translate("FineTuneValidator", "message %1 (%2) has a \"weight\": only assistant messages have one").arg(index).arg(role));
            }
            const QJsonValue content = m.value(QLatin1String("content"));
            const bool functionCall = m.contains(QLatin1String("function_call")) && !m.value(QLatin1String("function_call")).isNull();
            if ((content.toString().isEmpty() && !functionCall) || !content.isString())
                error(line, QStringLiteral("missing_content"), QCoreApplication::translate("FineTuneValidator", "message %1 (%2) has no text content").arg(index).arg(role));
            // Chat templates that need the roles to alternate (Llama 2, Mistral, Gemma) raise an
            // error on a conversation that does not: say so for the Hugging Face files.
            if (!openAi && role != QLatin1String("system")) {
                if (role == previousRole)
                    warning(line, QCoreApplication::translate("FineTuneValidator", "message %1 repeats the role of the message before; chat templates that need "
                                                                                   "alternating roles (Llama 2, Mistral, Gemma) refuse the conversation")
                                      .arg(index));
                else if (previousRole.isEmpty() && role != QLatin1String("user"))
                    warning(line, QCoreApplication::translate("FineTuneValidator", "message %1: the conversation begins with the %2; chat templates that need "
                                                                                   "alternating roles (Llama 2, Mistral, Gemma) refuse it")
                                      .arg(index)
                                      .arg(role));
                previousRole = role;
            }
            haveAssistant |= role == QLatin1String("assistant");
            haveSystem |= role == QLatin1String("system");
            haveUser |= role == QLatin1String("user");
            messages << Message{role, content.toString(), m.value(QLatin1String("name")).toString()};
        }
        if (!haveAssistant)
            error(line, QStringLiteral("example_missing_assistant_message"), QCoreApplication::translate("FineTuneValidator", "no assistant message"));
        if (!haveSystem) {
            ++r.missingSystem;
            warning(line, QCoreApplication::translate("FineTuneValidator", "no system message"));
        }
        if (!haveUser) {
            ++r.missingUser;
            warning(line, QCoreApplication::translate("FineTuneValidator", "no user message"));
        }
        count(line, messages);
    }

    void checkStudio(qint64 line, const QJsonObject &o)
    {
        static const QStringList known = {QStringLiteral("persona"), QStringLiteral("category"), QStringLiteral("instruction"),
                                          QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("dialogue")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                warning(line, QCoreApplication::translate("FineTuneValidator", "unknown key \"%1\"").arg(it.key()));
        }
        if (o.value(QLatin1String("persona")).toString().trimmed().isEmpty())
            error(line, QStringLiteral("missing_persona"), QCoreApplication::translate("FineTuneValidator", "\"persona\" is missing or empty"));
        for (const char *key : {"category", "instruction", "input"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isString())
                error(line, QStringLiteral("not_text"), QCoreApplication::translate("FineTuneValidator", "\"%1\" is not text").arg(QLatin1String(key)));
        }
        if (!o.value(QLatin1String("input")).isString())
            error(line, QStringLiteral("missing_input"), QCoreApplication::translate("FineTuneValidator", "\"input\" is missing"));
        if (o.value(QLatin1String("output")).toString().isEmpty())
            error(line, QStringLiteral("missing_output"), QCoreApplication::translate("FineTuneValidator", "\"output\" is missing or empty"));
        const QJsonValue dialogue = o.value(QLatin1String("dialogue"));
        if (!dialogue.isUndefined() && !dialogue.isArray())
            error(line, QStringLiteral("bad_dialogue"), QCoreApplication::translate("FineTuneValidator", "\"dialogue\" is not a list of messages"));
        QList<Message> messages;
        if (!o.value(QLatin1String("instruction")).toString().isEmpty())
            messages << Message{QStringLiteral("system"), o.value(QLatin1String("instruction")).toString(), {}};
        if (dialogue.isArray()) {
            for (const QJsonValue &v : dialogue.toArray())
                messages << Message{v.toObject().value(QLatin1String("role")).toString(), v.toObject().value(QLatin1String("content")).toString(), {}};
        } else {
            messages << Message{QStringLiteral("user"), o.value(QLatin1String("input")).toString(), {}}
                     << Message{QStringLiteral("assistant"), o.value(QLatin1String("output")).toString(), {}};
        }
        count(line, messages);
    }

    void checkShareGpt(qint64 line, const QJsonObject &o)
    {
        const QJsonValue list = o.value(QLatin1String("conversations"));
        if (!list.isArray() || list.toArray().isEmpty()) {
            error(line, QStringLiteral("missing_conversations_list"), QCoreApplication::translate("FineTuneValidator", "no \"conversations\" list"));
            return;
        }
        static const QStringList froms = {QStringLiteral("system"), QStringLiteral("human"), QStringLiteral("gpt"),
                                          QStringLiteral("function_call"), QStringLiteral("observation")};
        QList<Message> messages;
        bool haveGpt = false;
        int index = 0;
        QString previous;
        for (const QJsonValue &v : list.toArray()) {
            ++index;
            const QJsonObject m = v.toObject();
            if (!v.isObject() || !m.contains(QLatin1String("from")) || !m.contains(QLatin1String("value"))) {
                error(line, QStringLiteral("message_missing_key"), QCoreApplication::translate("FineTuneValidator", "turn %1 has no \"from\" or no \"value\"").arg(index));
                continue;
            }
            for (auto it = m.begin(); it != m.end(); ++it) {
                if (it.key() != QLatin1String("from") && it.key() != QLatin1String("value"))
                    warning(line, QCoreApplication::translate("FineTuneValidator", "turn %1 has the unknown key \"%2\"").arg(index).arg(it.key()));
            }
            const QString from = m.value(QLatin1String("from")).toString();
            if (!froms.contains(from))
                error(line, QStringLiteral("unrecognized_role"), QCoreApplication::translate("FineTuneValidator", "turn %1 has the unknown \"from\" \"%2\"").arg(index).arg(from));
            if (m.value(QLatin1String("value")).toString().isEmpty())
                error(line, QStringLiteral("missing_content"), QCoreApplication::translate("FineTuneValidator", "turn %1 (%2) has no text").arg(index).arg(from));
            if (from == previous && from != QLatin1String("system"))
                warning(line, QCoreApplication::translate("FineTuneValidator", "turn %1 repeats the speaker of the turn before; LLaMA-Factory drops such conversations").arg(index));
            else if ((previous.isEmpty() || previous == QLatin1String("system")) && from != QLatin1String("system") && from != QLatin1String("human"))
                warning(line, QCoreApplication::translate("FineTuneValidator", "turn %1: the conversation begins with \"%2\"; LLaMA-Factory drops conversations that do not begin with \"human\"")
                                  .arg(index)
                                  .arg(from));
            previous = from;
            haveGpt |= from == QLatin1String("gpt");
            const QString role = from == QLatin1String("human") ? QStringLiteral("user")
                                 : from == QLatin1String("gpt") ? QStringLiteral("assistant")
                                                                 : from;
            messages << Message{role, m.value(QLatin1String("value")).toString(), {}};
        }
        if (!haveGpt)
            error(line, QStringLiteral("example_missing_assistant_message"), QCoreApplication::translate("FineTuneValidator", "no \"gpt\" turn"));
        count(line, messages);
    }

    // TRL's preference pairs: "prompt" (a conversation ending with the user's message),
    // "chosen" and "rejected" (the assistant's reply each), two different replies — or the
    // three as plain text (TRL's "standard" form).
    void checkPreference(qint64 line, const QJsonObject &o)
    {
        const auto messagesOf = [&](const char *key, bool prompt) {
            QList<Message> messages;
            const QJsonValue list = o.value(QLatin1String(key));
            if (list.isString()) {
                if (list.toString().isEmpty())
                    error(line, QStringLiteral("missing_content"), QCoreApplication::translate("FineTuneValidator", "\"%1\" is empty").arg(QLatin1String(key)));
                messages << Message{prompt ? QStringLiteral("user") : QStringLiteral("assistant"), list.toString(), {}};
                return messages;
            }
            if (!list.isArray() || list.toArray().isEmpty()) {
                error(line, QStringLiteral("missing_%1").arg(QLatin1String(key)),
                      QCoreApplication::translate("FineTuneValidator", "no \"%1\": a list of messages or text").arg(QLatin1String(key)));
                return messages;
            }
            int index = 0;
            for (const QJsonValue &v : list.toArray()) {
                ++index;
                const QJsonObject m = v.toObject();
                const QString role = m.value(QLatin1String("role")).toString();
                if (!v.isObject() || !m.value(QLatin1String("role")).isString() || !m.value(QLatin1String("content")).isString()) {
                    error(line, QStringLiteral("message_missing_key"),
                          QCoreApplication::translate("FineTuneValidator", "\"%1\": message %2 has no \"role\" or no text \"content\"").arg(QLatin1String(key)).arg(index));
                    continue;
                }
                if (prompt ? role != QLatin1String("system") && role != QLatin1String("user") && role != QLatin1String("assistant")
                           : role != QLatin1String("assistant"))
                    error(line, QStringLiteral("unrecognized_role"),
                          QCoreApplication::translate("FineTuneValidator", "\"%1\": message %2 has the role \"%3\"").arg(QLatin1String(key)).arg(index).arg(role));
                if (m.value(QLatin1String("content")).toString().isEmpty())
                    error(line, QStringLiteral("missing_content"),
                          QCoreApplication::translate("FineTuneValidator", "\"%1\": message %2 (%3) has no text content").arg(QLatin1String(key)).arg(index).arg(role));
                messages << Message{role, m.value(QLatin1String("content")).toString(), {}};
            }
            return messages;
        };
        QList<Message> prompt = messagesOf("prompt", true);
        const QList<Message> chosen = messagesOf("chosen", false);
        const QList<Message> rejected = messagesOf("rejected", false);
        if (!prompt.isEmpty() && prompt.constLast().role != QLatin1String("user"))
            error(line, QStringLiteral("prompt_not_ending_with_user"),
                  QCoreApplication::translate("FineTuneValidator", "the prompt's last message is not the user's (%1)").arg(prompt.constLast().role));
        const auto text = [](const QList<Message> &messages) {
            QString t;
            for (const Message &m : messages)
                t += m.content + QLatin1Char('\n');
            return t;
        };
        if (!chosen.isEmpty() && text(chosen) == text(rejected))
            error(line, QStringLiteral("identical_pair"),
                  QCoreApplication::translate("FineTuneValidator", "\"chosen\" and \"rejected\" are the same reply: the pair teaches nothing"));
        if (o.value(QLatin1String("prompt")).isArray()
            && std::none_of(prompt.cbegin(), prompt.cend(), [](const Message &m) { return m.role == QLatin1String("system"); })) {
            ++r.missingSystem;
            warning(line, QCoreApplication::translate("FineTuneValidator", "no system message"));
        }
        count(line, prompt << chosen);
    }

    void checkAlpaca(qint64 line, const QJsonObject &o)
    {
        static const QStringList known = {QStringLiteral("instruction"), QStringLiteral("input"), QStringLiteral("output"),
                                          QStringLiteral("system"), QStringLiteral("history")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                warning(line, QCoreApplication::translate("FineTuneValidator", "unknown key \"%1\"").arg(it.key()));
        }
        if (!o.value(QLatin1String("instruction")).isString())
            error(line, QStringLiteral("missing_instruction"), QCoreApplication::translate("FineTuneValidator", "\"instruction\" is missing or not text"));
        const QJsonValue input = o.value(QLatin1String("input"));
        if (!input.isUndefined() && !input.isString())
            error(line, QStringLiteral("not_text"), QCoreApplication::translate("FineTuneValidator", "\"input\" is not text"));
        if (o.value(QLatin1String("output")).toString().isEmpty())
            error(line, QStringLiteral("missing_output"), QCoreApplication::translate("FineTuneValidator", "\"output\" is missing or empty"));
        QList<Message> messages;
        const QString instruction = o.value(QLatin1String("instruction")).toString();
        QString user = instruction;
        if (!input.toString().isEmpty())
            user += QLatin1Char('\n') + input.toString();
        for (const QJsonValue &pair : o.value(QLatin1String("history")).toArray()) {
            const QJsonArray p = pair.toArray();
            if (p.size() != 2 || !p.at(0).isString() || !p.at(1).isString()) {
                error(line, QStringLiteral("bad_history"), QCoreApplication::translate("FineTuneValidator", "\"history\" entries must be [user, reply] pairs of text"));
                continue;
            }
            messages << Message{QStringLiteral("user"), p.at(0).toString(), {}} << Message{QStringLiteral("assistant"), p.at(1).toString(), {}};
        }
        messages << Message{QStringLiteral("user"), user, {}} << Message{QStringLiteral("assistant"), o.value(QLatin1String("output")).toString(), {}};
        count(line, messages);
    }

    ValidationReport &r;
    const ChatTokenCounter &tokens;
    std::vector<qint64> exampleLengths;
    std::vector<qint64> assistantLengths;
};

std::optional<ExportFormat> detect(const QJsonObject &o)
{
    if (o.contains(QLatin1String("chosen")) && o.contains(QLatin1String("rejected")))
        return ExportFormat::Preference;
    if (o.contains(QLatin1String("messages"))) {
        static const QStringList openAi = {QStringLiteral("messages"), QStringLiteral("tools"), QStringLiteral("functions"),
                                           QStringLiteral("parallel_tool_calls")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!openAi.contains(it.key()))
                return ExportFormat::HfMessages;
        }
        return ExportFormat::OpenAiChat;
    }
    if (o.contains(QLatin1String("conversations")))
        return ExportFormat::ShareGpt;
    if (o.contains(QLatin1String("persona")))
        return ExportFormat::Studio;
    if (o.contains(QLatin1String("instruction")) || o.contains(QLatin1String("output")))
        return ExportFormat::Alpaca;
    return std::nullopt;
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

TokenStats TokenStats::of(std::vector<qint64> values)
{
    TokenStats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = qint64(values.size());
    s.min = values.front();
    s.max = values.back();
    for (qint64 v : values)
        s.total += v;
    s.mean = double(s.total) / double(s.count);
    s.median = percentile(values, 0.5);
    s.p5 = percentile(values, 0.05);
    s.p95 = percentile(values, 0.95);
    return s;
}

QJsonObject TokenStats::toJson() const
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("min"), min},       {QStringLiteral("max"), max},
            {QStringLiteral("total"), total}, {QStringLiteral("mean"), mean},     {QStringLiteral("median"), median},
            {QStringLiteral("p5"), p5},       {QStringLiteral("p95"), p95}};
}

qint64 ValidationReport::errorCount() const
{
    qint64 n = 0;
    for (const Issue &i : issues)
        n += i.isError() ? 1 : 0;
    return n;
}

qint64 ValidationReport::warningCount() const
{
    return issues.size() - errorCount();
}

QString ValidationReport::toText(int maxIssues) const
{
    QString t;
    // A file that could not be read at all has no format, lines, duplicates or tokens to tell.
    if (lines == 0 && errorCounts.contains(QStringLiteral("unreadable"))) {
        t += QCoreApplication::translate("ValidationReport", "%1: not checked").arg(file) + QLatin1Char('\n');
        for (const Issue &i : issues)
            t += i.toString() + QLatin1Char('\n');
        t += verdict() + QLatin1Char('\n');
        return t;
    }
    const int lineCount = pluralCount(lines), exampleCount = pluralCount(examples);
    const QString linesText = QCoreApplication::translate("ValidationReport", "%Ln line(s)", nullptr, lineCount);
    const QString examplesText = QCoreApplication::translate("ValidationReport", "%Ln example(s)", nullptr, exampleCount);
    t += QCoreApplication::translate("ValidationReport", "%1: %2 format%3, %4, %5")
             .arg(file, ExportFormats::name(format), formatDetected ? QCoreApplication::translate("ValidationReport", " (detected)") : QString(),
                  linesText, examplesText)
         + QLatin1Char('\n');
    int shown = 0;
    for (const Issue &i : issues) {
        if (shown++ >= maxIssues) {
            t += QCoreApplication::translate("ValidationReport", "… %Ln more problem(s)", nullptr, int(issues.size() - maxIssues)) + QLatin1Char('\n');
            break;
        }
        t += i.toString() + QLatin1Char('\n');
    }
    if (!errorCounts.isEmpty()) {
        QStringList counts;
        for (auto it = errorCounts.cbegin(); it != errorCounts.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it.value()));
        t += QCoreApplication::translate("ValidationReport", "Errors by kind: %1").arg(counts.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    if (ExportFormats::isChat(format) && examples > 0)
        t += QCoreApplication::translate("ValidationReport", "Examples without a system message: %1; without a user message: %2").arg(QLocale().toString(missingSystem), QLocale().toString(missingUser)) + QLatin1Char('\n');
    auto stats = [](const TokenStats &s) {
        return QCoreApplication::translate("ValidationReport", "min %1, max %2, mean %3, median %4, p5 %5, p95 %6")
            .arg(QLocale().toString(s.min), QLocale().toString(s.max), QLocale().toString(s.mean, 'f', 1), QLocale().toString(s.median, 'f', 1),
                 QLocale().toString(s.p5, 'f', 1), QLocale().toString(s.p95, 'f', 1));
    };
    if (exampleTokens.count > 0) {
        t += QCoreApplication::translate("ValidationReport", "Tokens per example (o200k_base, with chat overhead): %1").arg(stats(exampleTokens)) + QLatin1Char('\n');
        t += QCoreApplication::translate("ValidationReport", "Assistant tokens per example: %1").arg(stats(assistantTokens)) + QLatin1Char('\n');
        t += QCoreApplication::translate("ValidationReport", "Examples over the %1-token limit of %2: %3").arg(QLocale().toString(model.maxTokensPerExample), model.name, QLocale().toString(overLimit)) + QLatin1Char('\n');
        if (cutoff > 0)
            t += QCoreApplication::translate("ValidationReport", "Examples over the trainer's %1-token cutoff: %2 (their ends are cut off in training)")
                     .arg(QLocale().toString(cutoff), QLocale().toString(overCutoff))
                 + QLatin1Char('\n');
    }
    t += QCoreApplication::translate("ValidationReport", "Duplicate examples: %1").arg(QLocale().toString(duplicates)) + QLatin1Char('\n');
    if (format == ExportFormat::OpenAiChat) {
        t += QCoreApplication::translate("ValidationReport", "Billed training tokens: %1 per epoch × %2 epochs%3 = %4")
                 .arg(QLocale().toString(billedTokensPerEpoch), QLocale().toString(epochs),
                      epochsChosen ? QString() : QCoreApplication::translate("ValidationReport", " (default)"), QLocale().toString(billedTokens));
        if (costUsd)
            t += QCoreApplication::translate("ValidationReport", ", about %1 for %2 at %3 per 1M training tokens").arg(Money::usd(*costUsd, 2), model.name, Money::usd(model.trainingUsdPerMillion, 2));
        else
            t += QCoreApplication::translate("ValidationReport", " (no price known for %1)").arg(model.name);
    } else {
        // Trained elsewhere (TRL, axolotl, LLaMA-Factory, …): a size, nobody's bill.
        t += QCoreApplication::translate("ValidationReport", "Training tokens per epoch: %1 (counted with o200k_base; the model trained on this file counts with its own tokenizer)")
                 .arg(QLocale().toString(billedTokensPerEpoch));
    }
    t += QLatin1Char('\n');
    t += verdict() + QLatin1Char('\n');
    return t;
}

QString ValidationReport::verdict() const
{
    const int errors = pluralCount(errorCount()), warnings = pluralCount(warningCount());
    const QString warningsText = QCoreApplication::translate("ValidationReport", "%Ln warning(s)", nullptr, warnings);
    if (!rejected())
        return QCoreApplication::translate("ValidationReport", "OK: no errors, %1").arg(warningsText);
    const QString errorsText = QCoreApplication::translate("ValidationReport", "%Ln error(s)", nullptr, errors);
    return QCoreApplication::translate("ValidationReport", "REJECTED: %1, %2").arg(errorsText, warningsText);
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray issueArray;
    for (const Issue &i : issues)
        issueArray << QJsonObject{{QStringLiteral("line"), i.line},
                                  {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                                  {QStringLiteral("message"), i.message}};
    QJsonObject counts;
    for (auto it = errorCounts.cbegin(); it != errorCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), ExportFormats::name(format)},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("examples"), examples},
                  {QStringLiteral("errors"), errorCount()},
                  {QStringLiteral("warnings"), warningCount()},
                  {QStringLiteral("rejected"), rejected()},
                  {QStringLiteral("issues"), issueArray},
                  {QStringLiteral("error_counts"), counts},
                  {QStringLiteral("missing_system"), missingSystem},
                  {QStringLiteral("missing_user"), missingUser},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("over_limit"), overLimit},
                  {QStringLiteral("cutoff"), cutoff},
                  {QStringLiteral("over_cutoff"), overCutoff},
                  {QStringLiteral("tokens_per_example"), exampleTokens.toJson()},
                  {QStringLiteral("assistant_tokens"), assistantTokens.toJson()},
                  {QStringLiteral("model"), model.name},
                  {QStringLiteral("max_tokens_per_example"), model.maxTokensPerExample},
                  {QStringLiteral("epochs"), epochs},
                  {QStringLiteral("billed_tokens_per_epoch"), billedTokensPerEpoch},
                  {QStringLiteral("billed_tokens"), billedTokens}};
    if (costUsd)
        o.insert(QStringLiteral("cost_usd"), *costUsd);
    return o;
}

int FineTuneValidator::defaultEpochs(qint64 examples)
{
    // The cookbook's clamping, verbatim:
    //   n_epochs = TARGET_EPOCHS
    //   if n_train_examples * TARGET_EPOCHS < MIN_TARGET_EXAMPLES:
    //       n_epochs = min(MAX_DEFAULT_EPOCHS, MIN_TARGET_EXAMPLES // n_train_examples)
    //   elif n_train_examples * TARGET_EPOCHS > MAX_TARGET_EXAMPLES:
    //       n_epochs = max(MIN_DEFAULT_EPOCHS, MAX_TARGET_EXAMPLES // n_train_examples)
    if (examples <= 0)
        return TargetEpochs;
    if (examples * TargetEpochs < MinTargetExamples)
        return int(std::min<qint64>(MaxDefaultEpochs, MinTargetExamples / examples));
    if (examples * TargetEpochs > MaxTargetExamples)
        return int(std::max<qint64>(MinDefaultEpochs, MaxTargetExamples / examples));
    return TargetEpochs;
}

const QList<FineTuneModel> &FineTuneValidator::models()
{
    // Training-example limits from OpenAI's fine-tuning guide; training prices per 1M tokens
    // from openai.com/api/pricing (2025). Both change: check them before a large run.
    static const QList<FineTuneModel> table = {
        {QStringLiteral("gpt-4o-mini"), 65536, 3.00},
        {QStringLiteral("gpt-4o"), 65536, 25.00},
        {QStringLiteral("gpt-4.1-nano"), 65536, 1.50},
        {QStringLiteral("gpt-4.1-mini"), 65536, 5.00},
        {QStringLiteral("gpt-4.1"), 65536, 25.00},
        {QStringLiteral("gpt-3.5-turbo"), 16385, 8.00},
    };
    return table;
}

std::optional<FineTuneModel> FineTuneValidator::model(const QString &name)
{
    std::optional<FineTuneModel> best;
    for (const FineTuneModel &m : models()) {
        if (name.startsWith(m.name) && (!best || m.name.size() > best->name.size()))
            best = m;
    }
    return best;
}

ValidationReport FineTuneValidator::validateFile(const QString &path, const Options &options)
{
    // "cannot be read: …", first in the report: nothing of the file was checked, or only the
    // part before a gzip stream broke.
    auto unreadable = [&path](ValidationReport report, const QString &reason) {
        report.file = path;
        report.issues.prepend(Issue::error(path, 0, QCoreApplication::translate("FineTuneValidator", "cannot be read: %1").arg(reason)));
        report.errorCounts[QStringLiteral("unreadable")] += 1;
        return report;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable({}, file.errorString());
    // A gzip-compressed file is checked as the text inside it; other compressions are named.
    const CompressedFile::Kind compression = CompressedFile::detect(file);
    if (const QString reason = CompressedFile::unsupportedReason(compression, QFileInfo(path).fileName()); !reason.isEmpty())
        return unreadable({}, reason);
    if (compression != CompressedFile::Kind::Gzip)
        return validate(file, path, options);
    GzipReader gzip(file);
    if (!gzip.open(QIODevice::ReadOnly))
        return unreadable({}, gzip.errorString());
    ValidationReport report = validate(gzip, path, options);
    return gzip.failed() ? unreadable(std::move(report), gzip.errorString()) : report;
}

namespace {

// What the lines of one slice of a file showed: issues and counts in a partial report, the
// examples' lengths, and each object's digest for the duplicate pass.
struct Slice
{
    qint64 firstLine = 0;
    std::vector<QByteArray> lines;
    ValidationReport part;
    std::vector<qint64> exampleLengths;
    std::vector<qint64> assistantLengths;
    std::vector<std::pair<QByteArray, qint64>> digests;
};

// Checks one line. `format` is set by the first JSON object when the caller did not give one.
void checkLine(LineChecker &checker, ValidationReport &r, std::optional<ExportFormat> &format, qint64 line, QByteArray bytes,
               std::vector<std::pair<QByteArray, qint64>> &digests)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (line == 1 && bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        checker.warning(line, QCoreApplication::translate("FineTuneValidator", "the file starts with a UTF-8 byte order mark"));
    }
    if (bytes.trimmed().isEmpty()) {
        checker.error(line, QStringLiteral("blank_line"), QCoreApplication::translate("FineTuneValidator", "blank line: every line must be a JSON object"));
        return;
    }
    if (!validUtf8(bytes)) {
        checker.error(line, QStringLiteral("invalid_utf8"), QCoreApplication::translate("FineTuneValidator", "not valid UTF-8"));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        checker.error(line, QStringLiteral("invalid_json"), QCoreApplication::translate("FineTuneValidator", "not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1));
        return;
    }
    if (!doc.isObject()) {
        checker.error(line, QStringLiteral("data_type"), QCoreApplication::translate("FineTuneValidator", "not a JSON object"));
        return;
    }
    const QJsonObject o = doc.object();
    ++r.examples;
    if (!format) {
        format = detect(o);
        r.formatDetected = true;
        if (!format) {
            checker.error(line, QStringLiteral("unknown_format"), QCoreApplication::translate("FineTuneValidator", "no \"messages\", \"conversations\", \"chosen\", \"persona\" or \"instruction\" key: unknown format"));
            format = ExportFormat::OpenAiChat;
            r.format = *format;
            return;
        }
    }
    r.format = *format;
    switch (*format) {
    case ExportFormat::OpenAiChat: checker.checkChat(line, o, true); break;
    case ExportFormat::HfMessages: checker.checkChat(line, o, false); break;
    case ExportFormat::Studio: checker.checkStudio(line, o); break;
    case ExportFormat::ShareGpt: checker.checkShareGpt(line, o); break;
    case ExportFormat::Alpaca: checker.checkAlpaca(line, o); break;
    case ExportFormat::Preference: checker.checkPreference(line, o); break;
    }
    // Duplicates: the same object whatever its key order or spacing.
    digests.emplace_back(Sha1::hash(QJsonDocument(o).toJson(QJsonDocument::Compact)), line);
}

} // namespace

ValidationReport FineTuneValidator::validate(QIODevice &device, const QString &name, const Options &options)
{
    ValidationReport report;
    report.file = name;
    const std::optional<FineTuneModel> known = model(options.model);
    report.modelKnown = known.has_value();
    report.model = known.value_or(FineTuneModel{options.model, 65536, 0});
    report.cutoff = std::max<qint64>(0, options.cutoff);
    if (known)
        report.model.name = options.model;
    const bool jsonArray = JsonArrayReader::startsWithArray(device);
    if (jsonArray) {
        // One JSON array (Alpaca's and ShareGPT's datasets as published): no fine-tuning service
        // reads it. Said once, not as an error on every line.
        while (!device.atEnd()) {
            const QByteArray block = device.read(4 * 1024 * 1024);
            report.lines += block.count('\n');
            if (device.atEnd() && !block.isEmpty() && !block.endsWith('\n'))
                ++report.lines;
        }
        report.errorCounts[QStringLiteral("not_json_lines")] += 1;
        report.issues << Issue::error(name, 1,
                                      QCoreApplication::translate("FineTuneValidator", "the file is one JSON array, not JSON Lines: fine-tuning services "
                                                                                       "read one JSON object per line. Import it into a project "
                                                                                       "(persona-studio-cli import) and export it."));
    }
    const ChatTokenCounter counter;
    LineChecker checker(report, counter);
    std::optional<ExportFormat> format = options.format;
    QHash<QByteArray, qint64> seen;
    auto takeDigests = [&](const std::vector<std::pair<QByteArray, qint64>> &digests) {
        for (const auto &[digest, line] : digests) {
            const auto it = seen.constFind(digest);
            if (it != seen.constEnd()) {
                ++report.duplicates;
                checker.warning(line, QCoreApplication::translate("FineTuneValidator", "duplicate of line %1").arg(it.value()));
            } else {
                seen.insert(digest, line);
            }
        }
    };

    // Lines are read in blocks and checked on the thread pool, a few slices of a block at once
    // (parsing and counting tokens is nearly all the work). The slices' findings are merged in
    // line order and duplicates found over their digests in line order: the report is the one a
    // line-by-line pass gives. Until the format is known (the first JSON object tells it when
    // the caller did not), lines are checked here, one by one.
    constexpr qint64 BlockBytes = 8 * 1024 * 1024;
    const int slicesPerBlock = WorkPools::parallel()->maxThreadCount() * 2;
    while (!jsonArray && !device.atEnd()) {
        std::vector<QByteArray> lines;
        qint64 bytes = 0;
        while (!device.atEnd() && bytes < BlockBytes) {
            lines.push_back(device.readLine());
            bytes += lines.back().size();
        }
        size_t next = 0;
        std::vector<std::pair<QByteArray, qint64>> digests;
        for (; next < lines.size() && !format; ++next)
            checkLine(checker, report, format, ++report.lines, std::move(lines[next]), digests);
        takeDigests(digests);
        if (next == lines.size())
            continue;
        const size_t perSlice = std::max<size_t>(1, (lines.size() - next + slicesPerBlock - 1) / slicesPerBlock);
        std::vector<Slice> slices;
        while (next < lines.size()) {
            Slice &slice = slices.emplace_back();
            slice.firstLine = report.lines + 1;
            slice.part.file = report.file;
            slice.part.model = report.model;
            slice.part.cutoff = report.cutoff;
            const size_t end = std::min(lines.size(), next + perSlice);
            slice.lines.assign(std::make_move_iterator(lines.begin() + qsizetype(next)), std::make_move_iterator(lines.begin() + qsizetype(end)));
            report.lines += qint64(end - next);
            next = end;
        }
        QtConcurrent::blockingMap(WorkPools::parallel(), slices, [&counter, format](Slice &slice) {
            LineChecker part(slice.part, counter);
            std::optional<ExportFormat> known = format;
            for (size_t i = 0; i < slice.lines.size(); ++i)
                checkLine(part, slice.part, known, slice.firstLine + qint64(i), std::move(slice.lines[i]), slice.digests);
            slice.lines.clear();
            slice.exampleLengths = std::move(part.exampleLengths);
            slice.assistantLengths = std::move(part.assistantLengths);
        });
        for (Slice &slice : slices) {
            report.examples += slice.part.examples;
            report.issues += slice.part.issues;
            for (auto it = slice.part.errorCounts.cbegin(); it != slice.part.errorCounts.cend(); ++it)
                report.errorCounts[it.key()] += it.value();
            report.missingSystem += slice.part.missingSystem;
            report.missingUser += slice.part.missingUser;
            report.overLimit += slice.part.overLimit;
            report.overCutoff += slice.part.overCutoff;
            checker.exampleLengths.insert(checker.exampleLengths.end(), slice.exampleLengths.begin(), slice.exampleLengths.end());
            checker.assistantLengths.insert(checker.assistantLengths.end(), slice.assistantLengths.begin(), slice.assistantLengths.end());
            takeDigests(slice.digests);
        }
    }
    if (format)
        report.format = *format;
    if (report.examples < MinExamples && !jsonArray) {
        const QString message = QCoreApplication::translate("FineTuneValidator", "%Ln example(s); OpenAI fine-tuning needs at least %1", nullptr, int(report.examples)).arg(MinExamples);
        if (report.format == ExportFormat::OpenAiChat) {
            report.errorCounts[QStringLiteral("too_few_examples")] += 1;
            report.issues << Issue::error(name, 0, message);
        } else {
            report.issues << Issue::warning(name, 0, message);
        }
    }
    std::stable_sort(report.issues.begin(), report.issues.end(), [](const Issue &a, const Issue &b) { return a.line < b.line; });

    report.exampleTokens = TokenStats::of(checker.exampleLengths);
    report.assistantTokens = TokenStats::of(checker.assistantLengths);
    for (qint64 n : checker.exampleLengths)
        report.billedTokensPerEpoch += std::min(report.model.maxTokensPerExample, n);
    report.epochsChosen = options.epochs > 0;
    report.epochs = report.epochsChosen ? options.epochs : defaultEpochs(qint64(checker.exampleLengths.size()));
    report.billedTokens = report.billedTokensPerEpoch * report.epochs;
    // A price only for the format OpenAI trains on; the others are trained elsewhere.
    if (report.modelKnown && report.format == ExportFormat::OpenAiChat)
        report.costUsd = double(report.billedTokens) / 1e6 * report.model.trainingUsdPerMillion;
    return report;
}
