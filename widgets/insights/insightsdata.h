#pragma once
// InsightsData: the numbers the Insights page's charts draw, read from studio.db in one go on a
// worker thread (its own DatasetStore connection): per character stored and accepted counts,
// how many records were imported; for the selected character records by category and review
// status, reply and user-message lengths in tokens, tokens and cost; records per minute and
// cumulative cost over time.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

struct InsightsData
{
    QMap<QString, int> stored;
    QMap<QString, int> accepted;   // accepted or edited
    QMap<QString, int> rejected;   // not counted toward the target: the engine tops them up
    int imported = 0;              // of all the records stored, whatever their status
    QString character;
    QMap<QString, int> byCategory;
    QMap<QString, int> byStatus;
    QList<int> replyTokens;
    QList<int> inputTokens;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0;               // of the character's jobs
    QList<QPair<QDateTime, int>> perMinute;   // generated records per minute (UTC), minutes with none left out
    QList<QPair<QDateTime, double>> cumulativeCost;   // at most about 2,000 points, the last one the total
    QString error;

    static InsightsData load(const QString &databasePath, const QString &character);
};
