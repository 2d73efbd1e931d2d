// Review mode at scale: 1,000,000 records in a temporary studio.db, then the times a reviewer
// waits for — opening the list, jumping to its end, filtering by persona and by text, sorting,
// drawing a spot-check and the per-character figures — a bulk decision over a filter, and an
// import removed and brought back.
// Usage: bench_review [records]   (default 1000000)

#include "dataset/datasetstore.h"
#include "dataset/reviewmodel.h"
#include "dataset/reviewsampler.h"
#include "dataset/reviewsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace {

void report(const char *what, qint64 ms, const QString &extra = QString())
{
    std::printf("%-40s %8lld ms  %s\n", what, static_cast<long long>(ms), qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    DatasetStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("studio.db")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    {
        DatasetBulkInserter inserter(store);
        const QStringList categories = {QStringLiteral("casual"), QStringLiteral("lore"), QStringLiteral("conflict"), QStringLiteral("advice")};
        QList<Record> chunk;
        for (int i = 0; i < total; ++i) {
            Record r;
            r.persona = QStringLiteral("Persona %1").arg(i % 20, 2, 10, QLatin1Char('0'));
            r.category = categories.at(i % 4);
            r.instruction = QStringLiteral("Respond as %1 to the following message.").arg(r.persona);
            r.input = QStringLiteral("User message %1: what do you think about the weather on the station today?").arg(i);
            r.output = i % 997 == 0 ? QStringLiteral("The lighthouse keeper %1 says the beam never sleeps.").arg(i)
                                    : QStringLiteral("Reply %1, in character, with a remark about the stars and the crew.").arg(i);
            r.sourceKind = i % 10 == 0 ? Record::SourceKind::Imported : Record::SourceKind::Generated;
            r.source = r.sourceKind == Record::SourceKind::Imported ? QStringLiteral("/data/old.jsonl") : QStringLiteral("run:1");
            r.sourceLine = r.sourceKind == Record::SourceKind::Imported ? i / 10 + 1 : 0;
            if (i % 50 == 0)
                r.flags = {QStringLiteral("too_long")};
            chunk << r;
            if (chunk.size() == 50000 || i == total - 1) {
                if (!inserter.insert(chunk, {}, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                chunk.clear();
            }
        }
    }
    report("insert records", timer.restart(), QStringLiteral("%1 records").arg(total));

    ReviewModel model;
    timer.restart();
    model.setStore(&store);
    report("open the model (load ids)", timer.restart(), QStringLiteral("%1 rows").arg(model.rowCount()));
    QString first = model.data(model.index(0, ReviewModel::OutputColumn)).toString();
    report("first page", timer.restart(), first.left(30));
    // A view scrolled to the end asks for the last rows only.
    QString last;
    for (int row = model.rowCount() - 40; row < model.rowCount(); ++row)
        last = model.data(model.index(row, ReviewModel::OutputColumn)).toString();
    report("scroll to the end (last 40 rows)", timer.restart(), last.left(30));
    // Dragging the scroll bar through the list: 200 screens of 40 rows spread over it.
    for (int screen = 0; screen < 200; ++screen) {
        const int top = int(qint64(model.rowCount() - 40) * screen / 199);
        for (int row = top; row < top + 40; ++row)
            model.data(model.index(row, ReviewModel::PersonaColumn));
    }
    report("200 screens across the list", timer.restart());

    ReviewFilter persona;
    persona.persona = QStringLiteral("Persona 07");
    model.setFilter(persona);
    report("filter by persona", timer.restart(), QStringLiteral("%1 rows").arg(model.rowCount()));
    ReviewFilter text;
    text.text = QStringLiteral("lighthouse");
    model.setFilter(text);
    report("filter by text (LIKE)", timer.restart(), QStringLiteral("%1 rows").arg(model.rowCount()));
    // What the Review mode does: the same work on a worker; the GUI thread only waits here.
    // Prints how long the call held the calling thread and when the answer was there.
    auto inBackground = [&](const char *what, const std::function<void(ReviewModel &)> &action) {
        ReviewModel background;
        background.setStore(&store);
        background.setBackgroundLoading(true);
        QEventLoop loop;
        QObject::connect(&background, &ReviewModel::loaded, &loop, &QEventLoop::quit);
        timer.restart();
        action(background);
        const qint64 blocked = timer.elapsed();
        loop.exec();
        report(what, blocked, QStringLiteral("answer after %1 ms, %2 rows").arg(timer.restart()).arg(background.rowCount()));
    };
    inBackground("filter by text in the background: the GUI thread is held for", [&](ReviewModel &m) { m.setFilter(text); });
    ReviewFilter flag;
    flag.flag = QStringLiteral("too_long");
    model.setFilter(flag);
    report("filter by flag", timer.restart(), QStringLiteral("%1 rows").arg(model.rowCount()));
    model.setFilter({});
    timer.restart();
    model.sort(ReviewModel::PersonaColumn);
    report("sort by persona", timer.restart());
    model.sort(ReviewModel::OutputColumn, Qt::DescendingOrder);
    report("sort by reply text", timer.restart());
    inBackground("sort by reply text in the background: the GUI thread is held for",
                 [](ReviewModel &m) { m.sort(ReviewModel::OutputColumn, Qt::DescendingOrder); });

    const SpotCheck sample = ReviewSampler::draw(store, {}, 12345, 20);
    report("draw 20 per character", timer.restart(), QStringLiteral("%1 records").arg(sample.allIds().size()));
    ReviewSampler::progress(store, sample);
    report("progress of the sample", timer.restart());
    const QList<ReviewProgress> overall = ReviewSampler::overall(store);
    report("acceptance per character (all)", timer.restart(), QStringLiteral("%1 characters").arg(overall.size()));

    ReviewSession session(store);
    session.accept(model.idAt(0));
    report("one decision", timer.restart());
    model.setFilter(persona);
    timer.restart();
    session.decide(model.ids(), {Record::Status::Accepted, {}, {}}, QStringLiteral("bulk"));
    report("bulk accept of a persona", timer.restart(), QStringLiteral("%1 records").arg(model.rowCount()));
    session.undo();
    report("undo the bulk accept", timer.restart());

    // The Review mode's way from 10,000 records: on a worker, in batches. The GUI thread's
    // longest gap between two ticks of a 5 ms timer while it runs is what a user would feel.
    auto background = [&](const char *what, const std::function<void()> &start) {
        QEventLoop loop;
        QObject::connect(&session, &ReviewSession::backgroundFinished, &loop, &QEventLoop::quit);
        QElapsedTimer tick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longest = std::max(longest, tick.restart());
        });
        timer.restart();
        start();
        const qint64 blocked = timer.elapsed();
        tick.start();
        ticker.start();
        loop.exec();
        report(what, blocked, QStringLiteral("answer after %1 ms, longest GUI gap %2 ms").arg(timer.restart()).arg(longest));
    };
    model.setFilter({});
    background("bulk accept of every record in the background: the GUI thread is held for",
               [&] { session.decideInBackground(model.ids(), {Record::Status::Accepted, {}, {}}, QStringLiteral("bulk")); });
    background("its undo in the background: the GUI thread is held for", [&] { session.undoInBackground(); });

    // Bulk ▸ Remove Imported Records… on the import (a tenth of the records, each with two
    // entries in the review log by now), then Edit ▸ Undo bringing them back.
    const QList<qint64> imported = store.importedIds(QStringLiteral("/data/old.jsonl"), 0, &error);
    report("ids of an import's records", timer.restart(), QStringLiteral("%1 records").arg(imported.size()));
    background("remove the import in the background: the GUI thread is held for",
               [&] { session.removeInBackground(imported, QStringLiteral("remove")); });
    report("records left", 0, QString::number(store.recordCount()));
    background("its undo in the background: the GUI thread is held for", [&] { session.undoInBackground(); });
    report("records back", 0, QString::number(store.recordCount()));
    return 0;
}
