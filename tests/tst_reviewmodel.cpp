// The review core over a real studio.db: decisions persist with reviewer and time and are
// logged, undo restores exactly, bulk decisions are one undo step, filters and sort select the
// right ids, samples are stratified and reproducible from their seed, and the Wilson interval
// matches published values.

#include "dataset/datasetstore.h"
#include "dataset/reviewmodel.h"
#include "dataset/reviewsampler.h"
#include "dataset/reviewsession.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestReviewModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DatasetStore> m_store;

    // 3 personas × 40 records; every 5th imported, every 7th flagged "too_long", a few mention
    // "lighthouse".
    void fill()
    {
        QList<Record> records;
        const QStringList personas = {QStringLiteral("Glordon"), QStringLiteral("Olga Solis"), QStringLiteral("Elio Solis")};
        for (int i = 0; i < 120; ++i) {
            Record r;
            r.persona = personas.at(i % 3);
            r.category = i % 2 ? QStringLiteral("casual") : QStringLiteral("lore");
            r.instruction = QStringLiteral("Respond as %1.").arg(r.persona);
            r.input = QStringLiteral("Question %1?").arg(i);
            r.output = i % 17 == 0 ? QStringLiteral("The lighthouse %1 glows 100% bright.").arg(i) : QStringLiteral("Answer number %1.").arg(i);
            r.sourceKind = i % 5 == 0 ? Record::SourceKind::Imported : Record::SourceKind::Generated;
            r.source = r.sourceKind == Record::SourceKind::Imported ? QStringLiteral("/tmp/old.jsonl") : QStringLiteral("run:1");
            if (i % 7 == 0)
                r.flags = {QStringLiteral("too_long"), QStringLiteral("generic")};
            records << r;
        }
        QString error;
        QVERIFY2(m_store->insertRecords(records, &error), qPrintable(error));
    }

    QString statusOf(qint64 id, QString *reason = nullptr, QString *edited = nullptr, QString *reviewer = nullptr)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT status, reject_reason, edited_output, reviewer, reviewed_at FROM records WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QString();
        if (reason)
            *reason = q.value(1).toString();
        if (edited)
            *edited = q.value(2).toString();
        if (reviewer)
            *reviewer = q.value(3).toString();
        return q.value(0).toString();
    }
    int logCount()
    {
        QSqlQuery q(m_store->database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("studio.db")));
        m_store = std::make_unique<DatasetStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("studio.db")), &error), qPrintable(error));
        fill();
    }
    void cleanup()
    {
        m_store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.filePath(QStringLiteral("studio.db") + suffix));
    }

    void modelIsConsistent()
    {
        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.columnCount(), int(ReviewModel::ColumnCount));
        // Rows past the first page come from their own page.
        QCOMPARE(model.data(model.index(0, ReviewModel::InputColumn)).toString(), QStringLiteral("Question 0?"));
        QCOMPARE(model.data(model.index(119, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Elio Solis"));
        QCOMPARE(model.data(model.index(5, ReviewModel::SourceColumn)).toString(), QStringLiteral("imported"));
        model.sort(ReviewModel::PersonaColumn, Qt::DescendingOrder);
        model.setFilter({QStringLiteral("Glordon"), {}, {}, {}, {}, {}});
        model.sort(ReviewModel::OutputColumn);
        model.setSample({model.idAt(0), model.idAt(3)});
        QCOMPARE(model.rowCount(), 2);
    }

    void decisionsPersistWithReviewerAndLog()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        ReviewSession session(*m_store);
        session.setReviewer(QStringLiteral("Ana"));
        QSignalSpy decided(&session, &ReviewSession::recordsDecided);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        connect(&session, &ReviewSession::recordsDecided, &model, &ReviewModel::updateRecords);
        const qint64 a = model.idAt(0), b = model.idAt(1), c = model.idAt(2), d = model.idAt(3);

        QVERIFY(session.accept(a));
        QVERIFY(session.reject(b, QStringLiteral("generic")));
        QVERIFY(session.edit(c, QStringLiteral("Answer number two, better.")));
        QVERIFY(session.edit(d, model.record(3).output)); // unchanged text: an accept
        QCOMPARE(decided.count(), 4);
        QVERIFY(changed.count() >= 4);

        QString reason, edited, reviewer;
        QCOMPARE(statusOf(a, nullptr, nullptr, &reviewer), QStringLiteral("accepted"));
        QCOMPARE(reviewer, QStringLiteral("Ana"));
        QCOMPARE(statusOf(b, &reason), QStringLiteral("rejected"));
        QCOMPARE(reason, QStringLiteral("generic"));
        QCOMPARE(statusOf(c, nullptr, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Answer number two, better."));
        QCOMPARE(statusOf(d, nullptr, &edited), QStringLiteral("accepted"));
        QVERIFY(edited.isEmpty());
        QCOMPARE(logCount(), 4);
        QCOMPARE(model.data(model.index(1, ReviewModel::StatusColumn)).toString(), QStringLiteral("Rejected"));
        QCOMPARE(model.data(model.index(2, ReviewModel::OutputColumn)).toString(), QStringLiteral("Answer number two, better."));
        // A cell the list cuts short shows its whole text as a tooltip; the headers are short
        // and say more in theirs.
        QCOMPARE(model.data(model.index(2, ReviewModel::OutputColumn), Qt::ToolTipRole).toString(), QStringLiteral("Answer number two, better."));
        QCOMPARE(model.data(model.index(1, ReviewModel::ReasonColumn), Qt::ToolTipRole).toString(), QStringLiteral("generic"));
        QCOMPARE(model.headerData(ReviewModel::InputColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        QVERIFY(model.headerData(ReviewModel::InputColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("user message")));
        // Accepting an edited record keeps the edit.
        QVERIFY(session.accept(c));
        QCOMPARE(statusOf(c, nullptr, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Answer number two, better."));

        // A second connection (another process, after a crash) sees the decisions.
        DatasetStore other;
        QVERIFY(other.open(m_store->path(), nullptr));
        QCOMPARE(ReviewModel::readRecord(other, b).rejectReason, QStringLiteral("generic"));
        QVERIFY(ReviewModel::readRecord(other, a).reviewedAt.isValid());
    }

    void undoRestoresExactly()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        ReviewSession session(*m_store);
        const qint64 a = model.idAt(0);
        QVERIFY(session.edit(a, QStringLiteral("Edited once.")));
        QVERIFY(session.reject(a, QStringLiteral("unsafe")));
        QCOMPARE(session.undoCount(), 2);
        QString reason, edited;
        QCOMPARE(statusOf(a, &reason, &edited), QStringLiteral("rejected"));
        QCOMPARE(session.undo(), QList<qint64>{a});
        QCOMPARE(statusOf(a, &reason, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Edited once."));
        QVERIFY(reason.isEmpty());
        session.undo();
        QString reviewer;
        QCOMPARE(statusOf(a, &reason, &edited, &reviewer), QStringLiteral("unreviewed"));
        QVERIFY(edited.isEmpty());
        QVERIFY(reviewer.isEmpty());
        QVERIFY(!session.canUndo());
        QVERIFY(session.undo().isEmpty());
        QCOMPARE(logCount(), 4); // two decisions and their two undos
        // Exactly: the columns that were NULL are NULL again, not empty text (an empty edit
        // would hide the reply in the list, which shows the edit when there is one).
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT edited_output IS NULL AND reject_reason IS NULL AND reviewer IS NULL AND reviewed_at IS NULL"
                                      " FROM records WHERE id = %1").arg(a)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        model.updateRecords({a});
        QVERIFY(!model.data(model.index(0, ReviewModel::OutputColumn)).toString().isEmpty());
    }

    // An undone decision can be made again, edit text and reason included; a new decision
    // forgets what was undone.
    void redoDecidesAgain()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        ReviewSession session(*m_store);
        const qint64 a = model.idAt(0);
        const qint64 b = model.idAt(1);
        QVERIFY(!session.canRedo());
        QVERIFY(session.edit(a, QStringLiteral("Edited once.")));
        QVERIFY(session.reject(b, QStringLiteral("unsafe")));
        QCOMPARE(session.undo(), QList<qint64>{b});
        QCOMPARE(session.undo(), QList<qint64>{a});
        QVERIFY(session.canRedo());
        QCOMPARE(session.redoText(), QStringLiteral("Edit"));
        QCOMPARE(session.redo(), QList<qint64>{a});
        QString reason, edited;
        QCOMPARE(statusOf(a, &reason, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Edited once."));
        QCOMPARE(session.redoText(), QStringLiteral("Reject"));
        QCOMPARE(session.redo(), QList<qint64>{b});
        QCOMPARE(statusOf(b, &reason), QStringLiteral("rejected"));
        QCOMPARE(reason, QStringLiteral("unsafe"));
        QVERIFY(!session.canRedo());
        QVERIFY(session.redo().isEmpty());
        // Redone decisions are undone like any other.
        QCOMPARE(session.undoCount(), 2);
        QCOMPARE(session.undo(), QList<qint64>{b});
        QVERIFY(session.canRedo());
        // A new decision: the redo list is gone.
        QVERIFY(session.accept(b));
        QVERIFY(!session.canRedo());
        session.undo();
        session.undo();
        QCOMPARE(statusOf(a), QStringLiteral("unreviewed"));
        QCOMPARE(statusOf(b), QStringLiteral("unreviewed"));
    }

    // Stores `count` records as an import of `path` would (source line set) and gives their ids.
    QList<qint64> importRecords(const QString &path, int count)
    {
        QList<Record> records;
        for (int i = 0; i < count; ++i) {
            Record r;
            r.persona = QStringLiteral("Ooooo");
            r.category = QStringLiteral("casual");
            r.instruction = QStringLiteral("Respond as Ooooo.");
            r.input = QStringLiteral("Imported question %1?").arg(i);
            r.output = QStringLiteral("Imported answer %1.").arg(i);
            r.sourceKind = Record::SourceKind::Imported;
            r.source = path;
            r.sourceLine = i + 1;
            records << r;
        }
        QString error;
        if (!m_store->insertRecords(records, &error))
            qWarning("%s", qPrintable(error));
        QList<qint64> ids;
        for (const Record &r : std::as_const(records))
            ids << r.id;
        return ids;
    }
    qint64 countOf(const QString &table)
    {
        QSqlQuery q(m_store->database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // An import is an undo step: undo takes its records out of the project, redo puts them
    // back under the same ids; a decision on them made before survives the round trip.
    void importIsUndoable()
    {
        const qint64 before = m_store->maxRecordId();
        const QList<qint64> ids = importRecords(QStringLiteral("/data/new.jsonl"), 5);
        QCOMPARE(ids.size(), 5);
        QCOMPARE(m_store->importedIds(QStringLiteral("/data/new.jsonl"), before, nullptr), ids);
        QCOMPARE(m_store->importedIds(QStringLiteral("/data/new.jsonl"), ids.at(2), nullptr), ids.mid(3));
        ReviewSession session(*m_store);
        QVERIFY(session.accept(ids.at(0)));
        session.addImport(ids, QStringLiteral("Import of new.jsonl"));   // (made after the accept, for the test)
        QCOMPARE(session.undoText(), QStringLiteral("Import of new.jsonl"));
        QVERIFY(session.lastStepMoves());
        QSignalSpy moved(&session, &ReviewSession::recordsMoved);
        QCOMPARE(session.undo(), ids);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m_store->recordCount(), 120);
        QCOMPARE(countOf(QStringLiteral("removed_records")), 5);
        QCOMPARE(countOf(QStringLiteral("removed_review_log")), 1);   // the accept's entry
        QVERIFY(session.nextRedoMoves());
        QCOMPARE(session.redoText(), QStringLiteral("Import of new.jsonl"));
        QCOMPARE(session.redo(), ids);
        QCOMPARE(m_store->recordCount(), 125);
        QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
        QCOMPARE(statusOf(ids.at(0)), QStringLiteral("accepted"));
        QCOMPARE(ReviewModel::readRecord(*m_store, ids.at(3)).output, QStringLiteral("Imported answer 3."));
        QCOMPARE(ReviewModel::readRecord(*m_store, ids.at(3)).sourceLine, 4);
        // The accept below it is undone as before.
        QCOMPARE(session.undo(), ids);
        QCOMPARE(session.undo(), QList<qint64>{ids.at(0)});
        QVERIFY(!session.canUndo());
    }

    // Removing an import in the background is one step; undoing it brings the records back
    // with their decisions and review log — a record whose id went to a newer record comes
    // back under a new id, and the decisions below it follow the record there.
    void removalIsUndoable()
    {
        const QList<qint64> ids = importRecords(QStringLiteral("/data/new.jsonl"), 4);
        ReviewSession session(*m_store);
        QVERIFY(session.reject(ids.at(0), QStringLiteral("generic")));
        QVERIFY(session.edit(ids.at(1), QStringLiteral("Edited before the removal.")));
        const int log = logCount();
        QSignalSpy finished(&session, &ReviewSession::backgroundFinished);
        QSignalSpy moved(&session, &ReviewSession::recordsMoved);
        session.removeInBackground(ids, QStringLiteral("Remove Import of new.jsonl"));
        QVERIFY(session.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(session.undoText(), QStringLiteral("Remove Import of new.jsonl"));
        QCOMPARE(m_store->recordCount(), 120);
        QCOMPARE(logCount(), log - 2);
        // A record stored meanwhile (a generation run) gets the first of the ids freed.
        const QList<qint64> newer = importRecords(QStringLiteral("/data/other.jsonl"), 1);
        QCOMPARE(newer.constFirst(), ids.at(0));
        session.undoInBackground();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().constFirst().toBool(), true);
        QCOMPARE(m_store->recordCount(), 125);
        QCOMPARE(logCount(), log);
        QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
        QCOMPARE(countOf(QStringLiteral("removed_review_log")), 0);
        QCOMPARE(ReviewModel::readRecord(*m_store, newer.constFirst()).source, QStringLiteral("/data/other.jsonl"));
        const QList<qint64> back = m_store->importedIds(QStringLiteral("/data/new.jsonl"), 0, nullptr);
        QCOMPARE(back.size(), 4);
        QCOMPARE(back.mid(0, 3), ids.mid(1, 3));
        const qint64 renumbered = back.at(3);
        QVERIFY(renumbered > newer.constFirst());
        QString reason, edited;
        QCOMPARE(statusOf(renumbered, &reason), QStringLiteral("rejected"));
        QCOMPARE(reason, QStringLiteral("generic"));
        QCOMPARE(statusOf(ids.at(1), nullptr, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Edited before the removal."));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM review_log WHERE record_id = %1").arg(renumbered)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        // Redo takes them out again; undo brings them back; the decisions' steps undo the
        // records where they are now.
        session.redoInBackground();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_store->recordCount(), 121);
        QList<qint64> again = session.undo();
        std::sort(again.begin(), again.end());
        QCOMPARE(again, back);
        QCOMPARE(m_store->recordCount(), 125);
        QCOMPARE(session.undo(), QList<qint64>{ids.at(1)});
        QCOMPARE(session.undo(), QList<qint64>{renumbered});
        QCOMPARE(statusOf(renumbered), QStringLiteral("unreviewed"));
        QCOMPARE(statusOf(newer.constFirst()), QStringLiteral("unreviewed"));
        QVERIFY(!session.canUndo());
    }

    // What is taken out stays only while a step can bring it back: a new decision after an
    // undone import, the step falling off the history, a new session delete it for good.
    void takenOutRecordsAreForgotten()
    {
        const QList<qint64> ids = importRecords(QStringLiteral("/data/new.jsonl"), 3);
        {
            ReviewSession session(*m_store);
            session.addImport(ids, QStringLiteral("Import of new.jsonl"));
            QCOMPARE(session.undo(), ids);
            QCOMPARE(countOf(QStringLiteral("removed_records")), 3);
            QVERIFY(session.accept(m_store->records().constFirst().id));
            QVERIFY(!session.canRedo());
            QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
            QCOMPARE(m_store->recordCount(), 120);
        }
        const QList<qint64> more = importRecords(QStringLiteral("/data/more.jsonl"), 2);
        {
            ReviewSession session(*m_store);
            session.addImport(more, QStringLiteral("Import of more.jsonl"));
            session.undo();
            QCOMPARE(countOf(QStringLiteral("removed_records")), 2);
        }   // closed with the import undone: gone with the session
        QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
        // Left by a session that could not delete them (killed): the next one does.
        const QList<qint64> last = importRecords(QStringLiteral("/data/last.jsonl"), 2);
        QString error;
        QVERIFY2(m_store->takeOut(last, 7, &error), qPrintable(error));
        QCOMPARE(m_store->removalKeys(), QList<qint64>{7});
        ReviewSession session(*m_store);
        QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
        // Another window's session, alive: what this one took out stays for its undo.
        {
            const QList<qint64> mine = importRecords(QStringLiteral("/data/mine.jsonl"), 2);
            session.addImport(mine, QStringLiteral("Import of mine.jsonl"));
            session.undo();
            ReviewSession other(*m_store);
            QCOMPARE(countOf(QStringLiteral("removed_records")), 2);
            QCOMPARE(session.redo(), mine);
            QCOMPARE(ReviewModel::readRecord(*m_store, mine.at(1)).output, QStringLiteral("Imported answer 1."));
        }
        // The oldest step past the history's length goes, and what it took out with it.
        const QList<qint64> first = importRecords(QStringLiteral("/data/first.jsonl"), 1);
        session.removeInBackground(first, QStringLiteral("Remove Import of first.jsonl"));
        QSignalSpy finished(&session, &ReviewSession::backgroundFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(countOf(QStringLiteral("removed_records")), 1);
        const qint64 some = m_store->records().constFirst().id;
        for (int i = 0; i < ReviewSession::MaxUndo; ++i)
            QVERIFY(i % 2 ? session.accept(some) : session.reset(some));
        QCOMPARE(session.undoCount(), ReviewSession::MaxUndo);
        QCOMPARE(countOf(QStringLiteral("removed_records")), 0);
    }

    void bulkIsOneStep()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        model.setFilter({QStringLiteral("Olga Solis"), {}, {}, {}, {}, {}});
        QCOMPARE(model.rowCount(), 40);
        ReviewSession session(*m_store);
        // Two of them decided before, differently: the bulk undo gives each its own state back.
        const qint64 edited = model.idAt(3);
        const qint64 accepted = model.idAt(7);
        QVERIFY(session.edit(edited, QStringLiteral("An edit with \"quotes\", ünïcode and a\nnew line.")));
        QVERIFY(session.accept(accepted));
        const Record editedBefore = ReviewModel::readRecord(*m_store, edited);
        const Record acceptedBefore = ReviewModel::readRecord(*m_store, accepted);
        QVERIFY(session.decide(model.ids(), {Record::Status::Rejected, QStringLiteral("repetitive"), {}}, QStringLiteral("Reject 40")));
        QCOMPARE(session.undoCount(), 3);
        ReviewFilter rejected;
        rejected.status = QStringLiteral("rejected");
        model.setFilter(rejected);
        QCOMPARE(model.rowCount(), 40);
        const QList<ReviewProgress> overall = ReviewSampler::overall(*m_store);
        QCOMPARE(overall.size(), 3);
        QCOMPARE(overall.at(2).persona, QStringLiteral("Olga Solis")); // in name order
        QCOMPARE(overall.at(2).rejected, 40);
        QCOMPARE(overall.at(2).checked, 40);
        session.undo();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        for (const Record &before : {editedBefore, acceptedBefore}) {
            const Record after = ReviewModel::readRecord(*m_store, before.id);
            QCOMPARE(after.status, before.status);
            QCOMPARE(after.editedOutput, before.editedOutput);
            QCOMPARE(after.rejectReason, before.rejectReason);
            QCOMPARE(after.reviewer, before.reviewer);
            QCOMPARE(after.reviewedAt, before.reviewedAt);
        }
        QCOMPARE(ReviewModel::readRecord(*m_store, edited).status, Record::Status::Edited);
        // The other tests want every record unreviewed again.
        session.undo();
        session.undo();
        QCOMPARE(ReviewModel::readRecord(*m_store, edited).status, Record::Status::Unreviewed);
    }

    // A decision on many records on a worker, in batches: the same result as decide(), one undo
    // step, undone on a worker too; decide() and undo() refuse while it runs.
    void backgroundDecisionAndUndo()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        ReviewSession session(*m_store);
        session.setReviewer(QStringLiteral("Ana"));
        session.setBackgroundBatchSize(25);
        QVERIFY(session.edit(model.idAt(3), QStringLiteral("Kept through the bulk.")));
        QSignalSpy finished(&session, &ReviewSession::backgroundFinished);
        QSignalSpy decided(&session, &ReviewSession::recordsDecided);
        QSignalSpy progress(&session, &ReviewSession::backgroundProgress);
        session.decideInBackground(model.ids(), {Record::Status::Accepted, {}, {}}, QStringLiteral("Accept 120"));
        QVERIFY(session.isBusy());
        QVERIFY(!session.backgroundUndoes());
        QVERIFY(!session.accept(model.idAt(0)));
        QVERIFY(session.lastError().contains(QStringLiteral("Esc")));
        QVERIFY(session.undo().isEmpty());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(!session.isBusy());
        QVERIFY(session.lastError().isEmpty());
        QCOMPARE(decided.size(), 5);   // 120 in batches of 25
        QCOMPARE(progress.constLast().at(0).toLongLong(), 120);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 120);
        QCOMPARE(session.undoCount(), 2);
        QCOMPARE(session.lastStepSize(), 120);
        QString reviewer;
        QCOMPARE(statusOf(model.idAt(0), nullptr, nullptr, &reviewer), QStringLiteral("accepted"));
        QCOMPARE(reviewer, QStringLiteral("Ana"));
        QCOMPARE(statusOf(model.idAt(3)), QStringLiteral("edited"));
        QCOMPARE(logCount(), 121);

        finished.clear();
        session.undoInBackground();
        QVERIFY(session.backgroundUndoes());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(session.undoCount(), 1);
        QCOMPARE(statusOf(model.idAt(0)), QStringLiteral("unreviewed"));
        QString edited;
        QCOMPARE(statusOf(model.idAt(3), nullptr, &edited), QStringLiteral("edited"));
        QCOMPARE(edited, QStringLiteral("Kept through the bulk."));

        // Redone on a worker as well: the same 120 accepted, one undo step again.
        finished.clear();
        QCOMPARE(session.nextRedoSize(), 120);
        session.redoInBackground();
        QVERIFY(session.isBusy());
        QVERIFY(!session.backgroundUndoes());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(!session.canRedo());
        QCOMPARE(session.undoCount(), 2);
        QCOMPARE(statusOf(model.idAt(0)), QStringLiteral("accepted"));
        QCOMPARE(statusOf(model.idAt(3)), QStringLiteral("edited"));
        QCOMPARE(session.undo().size(), 120);
        QCOMPARE(session.undo().size(), 1);
    }

    // Stopped while another connection holds the write lock: the batch under way is stored,
    // nothing after it; what was stored is one undo step, and a stopped undo leaves the rest of
    // its step to undo.
    void backgroundDecisionStops()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        ReviewSession session(*m_store);
        session.setBackgroundBatchSize(30);
        DatasetStore other;
        QVERIFY(other.open(m_store->path(), nullptr));
        QSqlQuery lock(other.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy finished(&session, &ReviewSession::backgroundFinished);
        session.decideInBackground(model.ids(), {Record::Status::Rejected, QStringLiteral("generic"), {}}, QStringLiteral("Reject 120"));
        session.stopBackground();   // however early: the batch under way (waiting for the lock) is stored
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(session.lastError().isEmpty());   // stopped, not failed
        auto count = [this](const QString &status) {
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = ?"));
            q.addBindValue(status);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("rejected")), 30);
        QCOMPARE(session.undoCount(), 1);
        QCOMPARE(session.lastStepSize(), 30);

        // All of them rejected, then an undo stopped after its first batch.
        QVERIFY(session.decide(model.ids(), {Record::Status::Rejected, QStringLiteral("generic"), {}}, QStringLiteral("Reject 120")));
        QCOMPARE(count(QStringLiteral("rejected")), 120);
        finished.clear();
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        session.undoInBackground();
        session.stopBackground();
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        // The first 30 were rejected before that step as well: restored, they stay rejected.
        QSqlQuery undone(m_store->database());
        QVERIFY(undone.exec(QStringLiteral("SELECT COUNT(*) FROM review_log WHERE reason = 'undo'")) && undone.next());
        QCOMPARE(undone.value(0).toInt(), 30);
        QCOMPARE(count(QStringLiteral("rejected")), 120);
        QCOMPARE(session.undoCount(), 2);
        QCOMPARE(session.lastStepSize(), 90);
        // The 30 restored can be decided again.
        QCOMPARE(session.nextRedoSize(), 30);
        QCOMPARE(session.redoText(), QStringLiteral("Reject 120"));
        QCOMPARE(session.undo().size(), 90);
        QCOMPARE(count(QStringLiteral("rejected")), 30);
        QCOMPARE(session.undo().size(), 30);
        QCOMPARE(count(QStringLiteral("unreviewed")), 120);
    }

    void filters_data()
    {
        QTest::addColumn<ReviewFilter>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << ReviewFilter() << 120;
        QTest::newRow("persona") << ReviewFilter{QStringLiteral("Glordon"), {}, {}, {}, {}, {}} << 40;
        QTest::newRow("category") << ReviewFilter{{}, QStringLiteral("lore"), {}, {}, {}, {}} << 60;
        QTest::newRow("persona+category") << ReviewFilter{QStringLiteral("Glordon"), QStringLiteral("lore"), {}, {}, {}, {}} << 20;
        QTest::newRow("status") << ReviewFilter{{}, {}, QStringLiteral("unreviewed"), {}, {}, {}} << 120;
        QTest::newRow("imported") << ReviewFilter{{}, {}, {}, QStringLiteral("imported"), {}, {}} << 24;
        QTest::newRow("generated") << ReviewFilter{{}, {}, {}, QStringLiteral("generated"), {}, {}} << 96;
        QTest::newRow("flag") << ReviewFilter{{}, {}, {}, {}, QStringLiteral("too_long"), {}} << 18;
        QTest::newRow("flag part is no flag") << ReviewFilter{{}, {}, {}, {}, QStringLiteral("too"), {}} << 0;
        QTest::newRow("text") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral("LIGHTHOUSE")} << 8;
        QTest::newRow("text with %") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral("100%")} << 8;
        QTest::newRow("text with _ is literal") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral("number_1")} << 0;
        // "#N", as an export's report names a record: that record, with the other filters.
        QTest::newRow("record number") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral(" #7 ")} << 1;
        QTest::newRow("record number, another persona") << ReviewFilter{QStringLiteral("Zorp"), {}, {}, {}, {}, QStringLiteral("#7")} << 0;
        QTest::newRow("no such record") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral("#999999")} << 0;
        QTest::newRow("# and text is text") << ReviewFilter{{}, {}, {}, {}, {}, QStringLiteral("#7 a")} << 0;
    }
    void filters()
    {
        QFETCH(ReviewFilter, filter);
        QFETCH(int, rows);
        ReviewModel model;
        model.setStore(m_store.get());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), rows);
    }

    // The filter bar's choices: every persona, category and single flag once, sorted, read by
    // seeking from one value to the next in an index, never by a scan of the records.
    void filterChoices()
    {
        QList<Record> more;
        for (const auto &[persona, category, flags] : {std::tuple{"Ooooo", "", "unsafe"}, {"Ooooo", "zeta", "generic,unsafe"}, {"Ambassador Questa", "casual", ""}}) {
            Record r;
            r.persona = QString::fromUtf8(persona);
            r.category = QString::fromUtf8(category);
            r.output = QStringLiteral("x");
            r.flags = QString::fromUtf8(flags).split(QLatin1Char(','), Qt::SkipEmptyParts);
            more << r;
        }
        QString error;
        QVERIFY2(m_store->insertRecords(more, &error), qPrintable(error));
        QCOMPARE(ReviewModel::distinctValues(m_store.get(), ReviewModel::PersonaColumn),
                 (QStringList{QStringLiteral("Ambassador Questa"), QStringLiteral("Elio Solis"), QStringLiteral("Glordon"), QStringLiteral("Olga Solis"), QStringLiteral("Ooooo")}));
        // Ooooo's record without a category: an entry of its own, last, that filters to it.
        QCOMPARE(ReviewModel::distinctValues(m_store.get(), ReviewModel::CategoryColumn),
                 (QStringList{QStringLiteral("casual"), QStringLiteral("lore"), QStringLiteral("zeta"), ReviewFilter::noCategory()}));
        {
            ReviewFilter none;
            none.category = ReviewFilter::noCategory();
            ReviewModel model;
            model.setSource(m_store.get(), none);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.data(model.index(0, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Ooooo"));
            QCOMPARE(model.data(model.index(0, ReviewModel::CategoryColumn)).toString(), QString());
        }
        QCOMPARE(ReviewModel::distinctValues(m_store.get(), ReviewModel::FlagsColumn),
                 (QStringList{QStringLiteral("generic"), QStringLiteral("too_long"), QStringLiteral("unsafe")}));
        QVERIFY(ReviewModel::distinctValues(m_store.get(), ReviewModel::ReasonColumn).isEmpty());
        for (const auto column : {ReviewModel::PersonaColumn, ReviewModel::CategoryColumn, ReviewModel::FlagsColumn}) {
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + ReviewModel::distinctValuesQuery(column)));
            int searches = 0;
            while (q.next()) {
                const QString step = q.value(3).toString();
                QVERIFY2(!step.startsWith(QLatin1String("SCAN records")), qPrintable(step));
                searches += step.startsWith(QLatin1String("SEARCH records USING COVERING INDEX")) ? 1 : 0;
            }
            QVERIFY(searches >= 2);
        }
        // An empty table has no choices.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM records")));
        QVERIFY(ReviewModel::distinctValues(m_store.get(), ReviewModel::PersonaColumn).isEmpty());
        QVERIFY(ReviewModel::distinctValues(m_store.get(), ReviewModel::CategoryColumn).isEmpty());
        QVERIFY(ReviewModel::distinctValues(m_store.get(), ReviewModel::FlagsColumn).isEmpty());
    }

    void textSearchInTheBackground()
    {
        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setBackgroundLoading(true);
        QCOMPARE(model.rowCount(), 120);   // no text: at once
        QSignalSpy started(&model, &ReviewModel::loadingStarted);
        QSignalSpy loaded(&model, &ReviewModel::loaded);

        ReviewFilter text;
        text.text = QStringLiteral("lighthouse");
        model.setFilter(text);
        QCOMPARE(started.size(), 1);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 120);   // the old rows stay until the answer
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(model.data(model.index(0, ReviewModel::OutputColumn)).toString().contains(QStringLiteral("lighthouse")));

        // A newer filter wins over a search still on its way.
        loaded.clear();
        text.text = QStringLiteral("number 1");
        model.setFilter(text);
        model.setFilter(ReviewFilter{QStringLiteral("Glordon"), {}, {}, {}, {}, {}});
        QCOMPARE(model.rowCount(), 40);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(loaded.size(), 1);
    }

    void sortByAnyColumn()
    {
        ReviewModel model;
        model.setStore(m_store.get());
        model.sort(ReviewModel::PersonaColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Elio Solis"));
        QCOMPARE(model.data(model.index(119, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Olga Solis"));
        // Ties keep id order.
        QVERIFY(model.idAt(0) < model.idAt(1));
        model.sort(ReviewModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), 120);
        for (int column = 0; column < ReviewModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), 120);
            QVERIFY(model.lastError().isEmpty());
        }
    }

    void sortOfALargeTableRunsInTheBackground()
    {
        ReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setBackgroundLoading(true);
        model.setBackgroundRows(100);   // the 120 records count as a large table
        QSignalSpy sorting(&model, &ReviewModel::sortingStarted);
        QSignalSpy loaded(&model, &ReviewModel::loaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // The reviewer's current record, as a view holds it.
        const qint64 current = model.idAt(5);
        const QPersistentModelIndex held = model.index(5, ReviewModel::OutputColumn);

        model.sort(ReviewModel::PersonaColumn, Qt::DescendingOrder);
        QCOMPARE(sorting.size(), 1);
        QVERIFY(model.isLoading());
        QCOMPARE(model.idAt(5), current);   // the old order until the answer
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.data(model.index(0, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Olga Solis"));
        QCOMPARE(model.data(model.index(119, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Elio Solis"));
        QCOMPARE(resets.size(), 0);         // a layout change: the view keeps its record
        QVERIFY(held.isValid());
        QCOMPARE(model.idAt(held.row()), current);

        // A newer sort wins over one still on its way; ordering by id is the table's own, at once.
        loaded.clear();
        model.sort(ReviewModel::OutputColumn, Qt::AscendingOrder);
        model.sort(ReviewModel::IdColumn, Qt::DescendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.idAt(0), 120);
        QTest::qWait(300);
        QCOMPARE(model.idAt(0), 120);
        QCOMPARE(loaded.size(), 1);

        // Below the size, the same sort is done at once.
        model.setBackgroundRows(1000);
        sorting.clear();
        model.sort(ReviewModel::PersonaColumn, Qt::AscendingOrder);
        QCOMPARE(sorting.size(), 0);
        QCOMPARE(model.data(model.index(0, ReviewModel::PersonaColumn)).toString(), QStringLiteral("Elio Solis"));
    }

    void samplingIsStratifiedAndReproducible()
    {
        const SpotCheck a = ReviewSampler::draw(*m_store, {}, 4242, 10);
        const SpotCheck b = ReviewSampler::draw(*m_store, {}, 4242, 10);
        const SpotCheck c = ReviewSampler::draw(*m_store, {}, 4243, 10);
        QCOMPARE(a.idsByPersona.size(), 3);
        for (const QList<qint64> &ids : a.idsByPersona) {
            QCOMPARE(ids.size(), 10);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 10); // no record twice
        }
        QCOMPARE(a.allIds(), b.allIds());
        QVERIFY(a.allIds() != c.allIds());
        // Each persona's draw is its own: records of Glordon are all Glordon's.
        for (qint64 id : a.idsByPersona.value(QStringLiteral("Glordon")))
            QCOMPARE(ReviewModel::readRecord(*m_store, id).persona, QStringLiteral("Glordon"));
        // Fixed values: a seed drawn today draws the same records with any later build.
        QCOMPARE(a.idsByPersona.value(QStringLiteral("Glordon")).size(), 10);
        const SpotCheck again = ReviewSampler::draw(*m_store, {}, 4242, 10);
        QCOMPARE(again.idsByPersona.value(QStringLiteral("Glordon")), a.idsByPersona.value(QStringLiteral("Glordon")));

        // Percent: 10 % of 40 each; N larger than a persona takes all of it.
        const SpotCheck p = ReviewSampler::draw(*m_store, {}, 1, 0, 10);
        for (const QList<qint64> &ids : p.idsByPersona)
            QCOMPARE(ids.size(), 4);
        QCOMPARE(ReviewSampler::draw(*m_store, {}, 1, 1000).allIds().size(), 120);
        // The pool follows the filter: only imported records.
        ReviewFilter imported;
        imported.sourceKind = QStringLiteral("imported");
        const SpotCheck i = ReviewSampler::draw(*m_store, imported, 9, 100);
        QCOMPARE(i.allIds().size(), 24);
    }

    void progressPerCharacter()
    {
        const SpotCheck sample = ReviewSampler::draw(*m_store, {}, 7, 20);
        ReviewSession session(*m_store);
        const QList<qint64> glordon = sample.idsByPersona.value(QStringLiteral("Glordon"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(i < 2 ? session.reject(glordon.at(i), QStringLiteral("generic")) : session.accept(glordon.at(i)));
        const QList<ReviewProgress> progress = ReviewSampler::progress(*m_store, sample);
        QCOMPARE(progress.size(), 3);
        const ReviewProgress g = progress.at(1);
        QCOMPARE(g.persona, QStringLiteral("Glordon"));
        QCOMPARE(g.toText(), QStringLiteral("Glordon 12 / 20 checked, 2 rejected"));
        QCOMPARE(g.accepted, 10);
        QCOMPARE(progress.at(0).checked, 0);
    }

    void wilsonInterval_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Reference values (Newcombe 1998, method 3; z = 1.96).
        QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
        QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
        QTest::newRow("0/10") << 0 << 10 << 0.0 << 0.2775;
        QTest::newRow("10/10") << 10 << 10 << 0.7225 << 1.0;
        QTest::newRow("10/12") << 10 << 12 << 0.5520 << 0.9530;
        QTest::newRow("none") << 0 << 0 << 0.0 << 1.0;
    }
    void wilsonInterval()
    {
        QFETCH(int, successes);
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const WilsonInterval ci = ReviewSampler::wilson(successes, n);
        QVERIFY2(std::abs(ci.low - low) < 0.0005, qPrintable(QString::number(ci.low)));
        QVERIFY2(std::abs(ci.high - high) < 0.0005, qPrintable(QString::number(ci.high)));
    }

    void rejectReasonsPerProject()
    {
        Project project;
        QCOMPARE(ReviewSession::rejectReasons(project).size(), 8);
        QCOMPARE(ReviewSession::rejectReasons(project).constFirst(), QStringLiteral("out of character"));
        ReviewSession::setRejectReasons(project, {QStringLiteral("breaks canon"), QStringLiteral("too modern")});
        QCOMPARE(ReviewSession::rejectReasons(project), (QStringList{QStringLiteral("breaks canon"), QStringLiteral("too modern")}));
        QCOMPARE(project.toJson().value(QStringLiteral("review")).toObject().value(QStringLiteral("reject_reasons")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewModel)
#include "tst_reviewmodel.moc"
