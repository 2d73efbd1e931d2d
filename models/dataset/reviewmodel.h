#pragma once
// ReviewModel: the records of studio.db as a table for the Review mode's list and focus views.
// It stays smooth with a million records: a filter or sort loads only the ids of the matching
// records, in order (8 bytes each), and row contents are read in pages of PageSize rows when a
// view asks for them, keeping the most recent pages in a small cache. Decisions do not move rows:
// a record accepted under an "unreviewed" filter stays where the reviewer left it until the next
// refresh(), so J/K keep their place.

#include "record.h"
#include "reviewfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

class DatasetStore;

class ReviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        PersonaColumn,
        CategoryColumn,
        StatusColumn,
        ReasonColumn,
        InputColumn,
        OutputColumn,
        SourceColumn,
        FlagsColumn,
        ReviewedAtColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,        // Record::Status as int
        StatusNameRole,    // "accepted", …
        PersonaRole,
        SourceKindRole,    // "generated" / "imported"
        RejectReasonRole,
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;

    explicit ReviewModel(QObject *parent = nullptr);
    ~ReviewModel() override;

    // The store must stay open while the model uses it (nullptr: the model is empty).
    void setStore(DatasetStore *store);
    DatasetStore *store() const { return m_store; }
    // setStore(), setFilter() and setSample({}) at once, with one load of the ids (opening a
    // project: each alone would read every matching id again) — or none, leaving the model
    // empty until refresh() (a page not shown yet).
    void setSource(DatasetStore *store, const ReviewFilter &filter, bool load = true);

    void setFilter(const ReviewFilter &filter);
    ReviewFilter filter() const { return m_filter; }
    // Restricts the rows to these ids (a spot-check sample); an empty list lifts the restriction.
    void setSample(const QList<qint64> &ids);
    // Both at once, with one load of the ids — or none, as setSource() (a page not shown yet).
    void setSample(const QList<qint64> &ids, const ReviewFilter &filter, bool load = true);
    bool hasSample() const { return m_sampleActive; }
    // Reloads the ids for the filter and sort and forgets cached rows.
    void refresh();
    // With background loading on (the Review mode turns it on), a refresh with a text or flag
    // search runs on a worker thread: loadingStarted() now, the rows and loaded() when they are
    // there. So do sorting by a column and a refresh of a sorted list when the table has at
    // least backgroundRows records (sortingStarted() now; the rows keep their old order until
    // the new one is there). Other filters use indexes and load at once. Off by default:
    // everything loads at once.
    void setBackgroundLoading(bool on) { m_background = on; }
    void setBackgroundRows(qint64 rows) { m_backgroundRows = rows; }
    // The table has backgroundRows records or more: work over all of them (sorting, drawing a
    // sample) belongs on a worker.
    bool isLargeTable() const;
    bool isLoading() const { return m_loading; }
    // Re-reads these records (after decisions) without moving rows.
    void updateRecords(const QList<qint64> &ids);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;        // -1 when the record is not shown
    const QList<qint64> &ids() const { return m_ids; }
    // The whole record (all text, the dialogue) for the focus view.
    Record record(int row) const;
    static Record readRecord(const DatasetStore &store, qint64 id);
    // Distinct values for the filter bar (flags split into single flags), sorted; of any store,
    // so that the Review mode can fill its filter bar before the model reads the new one. The
    // categories end with ReviewFilter::noCategory() when some records have none.
    static QStringList distinctValues(const DatasetStore *store, Column column);
    static QString distinctValuesQuery(Column column); // its SQL (empty for other columns)
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusLabel(Record::Status status);

signals:
    void loaded(); // the ids were reloaded (filter, sort, refresh)
    void loadingStarted();   // a background load began; the old rows stay until loaded()
    void sortingStarted();   // a background sort began; the rows keep their order until loaded()

private:
    struct Row
    {
        qint64 id = 0;
        QString persona, category, status, reason, input, output, sourceKind, source, flags, reviewedAt;
    };
    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    struct IdsAnswer
    {
        QList<qint64> ids;
        QString error;
    };
    QString idsQuery(QVariantList *bindings) const;
    static QList<qint64> runIdsQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                                     const QSet<qint64> *sample, QString *error);
    void applyIds(QList<qint64> ids);
    enum class Apply { Reset, Layout };
    void loadInBackground(Apply apply);
    bool sortIsSlow() const;
    // The ids for the filter and sort, read on this thread; an answer still on its way from the
    // background is dropped.
    QList<qint64> loadIdsNow();
    void applySortedIds(QList<qint64> ids);

    DatasetStore *m_store = nullptr;
    ReviewFilter m_filter;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId;   // built lazily: most sessions never ask
    QSet<qint64> m_sample;
    bool m_sampleActive = false;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageUse;   // least recently used first
    mutable QString m_lastError;
    bool m_background = false;
    qint64 m_backgroundRows = 100000;
    bool m_loading = false;
    quint64 m_ticket = 0;   // the newest refresh; older background answers are dropped
};
