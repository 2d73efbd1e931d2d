#include "record.h"

#include <QCryptographicHash>

QString Record::statusName(Status status)
{
    switch (status) {
    case Status::Unreviewed: return QStringLiteral("unreviewed");
    case Status::Accepted: return QStringLiteral("accepted");
    case Status::Edited: return QStringLiteral("edited");
    case Status::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("unreviewed");
}

Record::Status Record::statusFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("accepted"))
        return Status::Accepted;
    if (name == QLatin1String("edited"))
        return Status::Edited;
    if (name == QLatin1String("rejected"))
        return Status::Rejected;
    if (ok && name != QLatin1String("unreviewed"))
        *ok = false;
    return Status::Unreviewed;
}

QString Record::sourceKindName(SourceKind kind)
{
    return kind == SourceKind::Imported ? QStringLiteral("imported") : QStringLiteral("generated");
}

QString Record::dedupKey(const QString &persona, const QString &input, const QString &output)
{
    auto fold = [](const QString &text) {
        QString folded;
        folded.reserve(text.size());
        bool space = false;
        for (const QChar c : text) {
            if (c.isLetterOrNumber()) {
                if (space && !folded.isEmpty())
                    folded += QLatin1Char(' ');
                folded += c.toCaseFolded();
                space = false;
            } else {
                space = true;
            }
        }
        return folded;
    };
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(persona.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(fold(input).toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(fold(output).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}
