#pragma once
// ReplyChecks: the per-reply checks for generic or broken replies — refusals and "as an AI"
// phrasing (the engine's RecordValidator patterns), fourth-wall breaks ("in the movie",
// "Pixar", "my character"), the speaker talking about themself in the third person ("Glordon
// thinks…" in Glordon's reply, outside *action beats*), and empty or truncated replies.
// Built once per analysis; check() is const and safe to call from many threads.

#include "qualityflags.h"
#include "textscan.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

class ReplyChecks
{
public:
    explicit ReplyChecks(const QStringList &personas);

    // QualityFlags bits for the reply `text` of personas[persona].
    quint8 check(int persona, QStringView text) const;
    // The same with the reply's words already split (TextScan::words), as the analyser has them.
    quint8 check(int persona, QStringView text, const std::vector<TextScan::Word> &words) const;

    static bool isEmpty(QStringView text);
    static bool isTruncated(QStringView text);
    static bool breaksFourthWall(QStringView text);
    bool isThirdPerson(int persona, QStringView text) const;
    static bool isRefusal(QStringView text);

private:
    QList<QStringList> m_nameForms;  // per persona, longest first
    QList<std::vector<quint64>> m_nameKeys;  // per persona, hashes of the words of its name forms
};
