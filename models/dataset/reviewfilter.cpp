#include "reviewfilter.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// LIKE treats % and _ as wildcards; a search for "100%" means the characters themselves.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString ReviewFilter::whereClause(QVariantList *bindings) const
{
    QStringList terms;
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        terms << QString::fromLatin1(column) + QStringLiteral(" = ?");
        *bindings << value;
    };
    equal("persona", persona);
    if (category == noCategory())
        terms << QStringLiteral("category = ''");
    else
        equal("category", category);
    equal("status", status);
    equal("source_kind", sourceKind);
    if (!flag.isEmpty()) {
        // flags is a comma-separated list; framing it with commas matches whole flags only. The
        // ids come from the partial index of flagged records (schema 4), in a subquery: asked
        // as a plain term, SQLite scans the table in id order instead.
        terms << QStringLiteral("id IN (SELECT id FROM records WHERE flags <> '' AND (',' || flags || ',') LIKE ? ESCAPE '\\')");
        *bindings << likePattern(QLatin1Char(',') + flag + QLatin1Char(','));
    }
    // "#596": the record of that number (an export's report names records so), besides any
    // text that holds "#596".
    static const QRegularExpression recordNumber(QStringLiteral(R"(^#(\d{1,18})$)"));
    if (const QRegularExpressionMatch m = recordNumber.match(text.trimmed()); m.hasMatch()) {
        terms << QStringLiteral("id = ?");
        *bindings << m.captured(1).toLongLong();
    } else if (!text.trimmed().isEmpty()) {
        QStringList any;
        for (const char *column : {"instruction", "input", "output", "edited_output", "dialogue"}) {
            any << QString::fromLatin1(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *bindings << likePattern(text.trimmed());
        }
        terms << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}
