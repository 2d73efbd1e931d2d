#include "recordvalidator.h"

#include "dataset/record.h"

#include <QRegularExpression>

RecordValidator::RecordValidator(const QStringList &characterNames, const Limits &limits)
    : m_names(characterNames)
    , m_limits(limits)
{
}

bool RecordValidator::isRefusal(const QString &text) const
{
    static const QRegularExpression pattern(
        QStringLiteral("\\bas an? (ai|a\\.i\\.|language model|large language model|assistant|chatbot)\\b"
                       "|\\bi(?:'|’)?m (?:just )?an? (?:ai|language model|chatbot)\\b"
                       "|\\bi am (?:just )?an? (?:ai|language model|chatbot)\\b"
                       "|\\bi (?:can(?:no|')t|cannot|am unable to|won't) (?:assist|comply|fulfil|fulfill|help with (?:that|this)|provide (?:that|this))"
                       "|\\bi(?:'|’)?m sorry,? but i can(?:no|')?t\\b"
                       "|\\bopenai\\b|\\bchatgpt\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

bool RecordValidator::speaksAsOther(const QString &persona, const QString &text) const
{
    const QString head = text.left(80).trimmed();
    const QString personaFirst = persona.section(QLatin1Char(' '), 0, 0);
    for (const QString &name : m_names) {
        if (name == persona)
            continue;
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        // "Olga: …" or "**Olga Solis:** …" — a script line of someone else.
        QStringList labels{name};
        if (first.size() >= 3 && first != personaFirst)
            labels << first;
        for (const QString &label : labels) {
            const QRegularExpression prefix(QStringLiteral("^[*_\"'\\[(\\s]*%1[*_\\])\\s]*:").arg(QRegularExpression::escape(label)),
                                            QRegularExpression::CaseInsensitiveOption);
            if (prefix.match(head).hasMatch())
                return true;
            const QRegularExpression selfName(
                QStringLiteral("\\b(?:i am|i'm|i’m|my name is|call me)\\s+%1\\b").arg(QRegularExpression::escape(label)),
                QRegularExpression::CaseInsensitiveOption);
            if (selfName.match(text).hasMatch() && !text.contains(persona, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QString RecordValidator::check(const QString &persona, const ParsedItem &item) const
{
    if (!item.complete || item.input.trimmed().isEmpty() || item.output.trimmed().isEmpty())
        return MissingField;
    if (item.input.size() < m_limits.inputMinChars || item.output.size() < m_limits.outputMinChars)
        return TooShort;
    if (item.input.size() > m_limits.inputMaxChars || item.output.size() > m_limits.outputMaxChars)
        return TooLong;
    if (isRefusal(item.output))
        return Refusal;
    if (speaksAsOther(persona, item.output))
        return OtherCharacter;
    if (m_keys.contains(Record::dedupKey(persona, item.input, item.output)))
        return Duplicate;
    if (m_near.contains(persona, item.output))
        return NearDuplicate;
    return {};
}

void RecordValidator::remember(const QString &persona, const QString &input, const QString &output)
{
    m_keys.insert(Record::dedupKey(persona, input, output));
    m_near.add(persona, output);
}
