#pragma once
// A problem found in a file the user gave the studio: what, where (file and 1-based line, 0 when
// the whole file is meant) and how bad. The core collects these; only the GUI shows dialogs.

#include <QList>
#include <QString>

struct Issue
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Warning;
    QString file;
    int line = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "file:line: error: message", the form compilers use, so terminals and editors can jump to it.
    QString toString() const;

    static Issue warning(const QString &file, int line, const QString &message)
    {
        return {Severity::Warning, file, line, message};
    }
    static Issue error(const QString &file, int line, const QString &message)
    {
        return {Severity::Error, file, line, message};
    }
};

using IssueList = QList<Issue>;
