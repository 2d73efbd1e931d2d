#pragma once
// RecordValidator: decides for each generated item whether it becomes a record, and if not,
// why — the drop reasons a run counts and `stats` reports. It knows the project's other
// characters (a reply must not speak as one of them), the exact-duplicate keys of every record
// already stored and a NearDuplicateIndex of their replies; accept() adds a record to both so
// duplicates inside one batch and across the run are caught too.

#include "neardupindex.h"
#include "responseparser.h"

#include <QSet>
#include <QString>
#include <QStringList>

class Project;

class RecordValidator
{
public:
    // Drop reasons, as stored in the drops table.
    static inline const QString Unparseable = QStringLiteral("unparseable");
    static inline const QString MissingField = QStringLiteral("missing_field");
    static inline const QString TooShort = QStringLiteral("too_short");
    static inline const QString TooLong = QStringLiteral("too_long");
    static inline const QString Refusal = QStringLiteral("refusal");
    static inline const QString OtherCharacter = QStringLiteral("other_character");
    static inline const QString Duplicate = QStringLiteral("duplicate");
    static inline const QString NearDuplicate = QStringLiteral("near_duplicate");
    static inline const QString Surplus = QStringLiteral("surplus");   // valid, but the target was already met

    struct Limits
    {
        int inputMinChars;
        int inputMaxChars;
        int outputMinChars;
        int outputMaxChars;
    };
    static constexpr Limits DefaultLimits{8, 600, 30, 1500};

    explicit RecordValidator(const QStringList &characterNames, const Limits &limits = DefaultLimits);

    // Empty when the item is fine; otherwise the drop reason. Does not remember the item.
    QString check(const QString &persona, const ParsedItem &item) const;
    // Remembers an accepted (or already stored) record for the duplicate checks.
    void remember(const QString &persona, const QString &input, const QString &output);
    int size() const { return int(m_keys.size()); }

    bool isRefusal(const QString &text) const;
    bool speaksAsOther(const QString &persona, const QString &text) const;

private:
    QStringList m_names;
    Limits m_limits;
    QSet<QString> m_keys;
    NearDuplicateIndex m_near;
};
