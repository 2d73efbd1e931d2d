#include "reviewmodel.h"

#include "datasetstore.h"
#include "util/workpools.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The SQL behind each column's sort. Ties break on id so that the order is total and stable.
QStringList sortExpressions(int column)
{
    switch (column) {
    case ReviewModel::PersonaColumn: return {QStringLiteral("persona")};
    case ReviewModel::CategoryColumn: return {QStringLiteral("category")};
    case ReviewModel::StatusColumn: return {QStringLiteral("status")};
    case ReviewModel::ReasonColumn: return {QStringLiteral("reject_reason")};
    case ReviewModel::InputColumn: return {QStringLiteral("input")};
    case ReviewModel::OutputColumn: return {QStringLiteral("COALESCE(edited_output, output)")};
    case ReviewModel::SourceColumn: return {QStringLiteral("source_kind"), QStringLiteral("source")};
    case ReviewModel::FlagsColumn: return {QStringLiteral("flags")};
    case ReviewModel::ReviewedAtColumn: return {QStringLiteral("reviewed_at")};
    default: return {};
    }
}

// A list cell shows the start of a long text on one line; the focus view shows all of it.
QString oneLine(const QString &text)
{
    QString line = text.left(200).simplified();
    if (text.size() > 200)
        line += QChar(0x2026);
    return line;
}

} // namespace

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReviewModel::~ReviewModel() = default;

void ReviewModel::setStore(DatasetStore *store)
{
    m_store = store;
    refresh();
}

void ReviewModel::setSource(DatasetStore *store, const ReviewFilter &filter, bool load)
{
    m_store = store;
    m_filter = filter;
    m_sampleActive = false;
    m_sample.clear();
    if (load) {
        refresh();
    } else {
        ++m_ticket;   // nor an answer from the background for the store before
        m_loading = false;
        applyIds({});
    }
}

void ReviewModel::setFilter(const ReviewFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ReviewModel::setSample(const QList<qint64> &ids)
{
    setSample(ids, m_filter);
}

void ReviewModel::setSample(const QList<qint64> &ids, const ReviewFilter &filter, bool load)
{
    m_filter = filter;
    m_sampleActive = !ids.isEmpty();
    m_sample = QSet<qint64>(ids.cbegin(), ids.cend());
    if (load)
        refresh();
}

void ReviewModel::refresh()
{
    // Text and flag filters are LIKE scans of every record; the others use indexes.
    const bool scans = !m_filter.text.trimmed().isEmpty() || !m_filter.flag.isEmpty();
    if (m_background && m_store && m_store->isOpen() && (scans || sortIsSlow())) {
        loadInBackground(Apply::Reset);
        return;
    }
    applyIds(loadIdsNow());
}

QList<qint64> ReviewModel::loadIdsNow()
{
    ++m_ticket;   // an answer from the background still on its way is older than this
    m_loading = false;
    if (!m_store || !m_store->isOpen())
        return {};
    QVariantList bindings;
    const QString sql = idsQuery(&bindings);
    return runIdsQuery(m_store->database(), sql, bindings, m_sampleActive ? &m_sample : nullptr, &m_lastError);
}

bool ReviewModel::isLargeTable() const
{
    // The largest id stands for the table's size: one step down an index, where COUNT(*)
    // would read all of it.
    if (!m_store || !m_store->isOpen())
        return false;
    QSqlQuery q(m_store->database());
    return q.exec(QStringLiteral("SELECT max(id) FROM records")) && q.next() && q.value(0).toLongLong() >= m_backgroundRows;
}

bool ReviewModel::sortIsSlow() const
{
    // Sorting a million records by a column takes SQLite about half a second to a second
    // (bench_review); the id order is the table's own.
    return m_sortColumn > IdColumn && isLargeTable();
}

void ReviewModel::applyIds(QList<qint64> ids)
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_rowOfId.clear();
    m_ids = std::move(ids);
    endResetModel();
    emit loaded();
}

void ReviewModel::applySortedIds(QList<qint64> ids)
{
    // A layout change, not a reset: the views keep their current record and selection through
    // the persistent indexes moved below.
    emit layoutAboutToBeChanged();
    const QList<QModelIndex> persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &i : persistent)
        persistentIds << idAt(i.row());
    m_pages.clear();
    m_pageUse.clear();
    m_rowOfId.clear();
    m_ids = std::move(ids);
    QList<QModelIndex> moved;
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOf(persistentIds.at(i));
        moved << (row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged();
    emit loaded();
}

void ReviewModel::loadInBackground(Apply apply)
{
    // A text or flag search reads every record (a LIKE scan: about half a second at a million
    // records), and so does sorting them by a column: on the thread pool, with a connection of
    // its own. The rows shown stay until the answer comes; a newer refresh or sort makes this
    // one's answer stale.
    const quint64 ticket = ++m_ticket;
    m_loading = true;
    if (apply == Apply::Layout)
        emit sortingStarted();
    else
        emit loadingStarted();
    QVariantList bindings;
    const QString sql = idsQuery(&bindings);
    const QString path = m_store->path();
    const bool sampleActive = m_sampleActive;
    const QSet<qint64> sample = m_sample;
    auto *watcher = new QFutureWatcher<IdsAnswer>(this);
    connect(watcher, &QFutureWatcher<IdsAnswer>::finished, this, [this, watcher, ticket, apply] {
        watcher->deleteLater();
        if (ticket != m_ticket)
            return;
        m_loading = false;
        IdsAnswer answer = watcher->result();
        m_lastError = answer.error;
        if (apply == Apply::Layout)
            applySortedIds(std::move(answer.ids));
        else
            applyIds(std::move(answer.ids));
    });
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [path, sql, bindings, sampleActive, sample] {
        IdsAnswer answer;
        DatasetStore store;
        if (store.open(path, &answer.error))
            answer.ids = runIdsQuery(store.database(), sql, bindings, sampleActive ? &sample : nullptr, &answer.error);
        return answer;
    }));
}

QString ReviewModel::idsQuery(QVariantList *bindings) const
{
    QString sql = QStringLiteral("SELECT id FROM records") + m_filter.whereClause(bindings);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList order = sortExpressions(m_sortColumn);
    order << QStringLiteral("id");
    for (QString &part : order)
        part += direction;
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
}

QList<qint64> ReviewModel::runIdsQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings,
                                       const QSet<qint64> *sample, QString *error)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return ids;
    }
    error->clear();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!sample || sample->contains(id))
            ids.append(id);
    }
    return ids;
}

void ReviewModel::updateRecords(const QList<qint64> &ids)
{
    if (m_ids.isEmpty() || ids.isEmpty())
        return;
    // Drop the cached pages holding these records; the views read them again when they repaint.
    int first = -1;
    int last = -1;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const int page = row / PageSize;
        m_pages.remove(page);
        m_pageUse.removeOne(page);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the span, not one per record: a bulk decision can touch every row.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

qint64 ReviewModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ReviewModel::rowOf(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids.at(i), i);
    }
    return m_rowOfId.value(id, -1);
}

const ReviewModel::Row *ReviewModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        loadPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.cend())
            return nullptr;
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void ReviewModel::loadPage(int page) const
{
    if (!m_store || !m_store->isOpen())
        return;
    const int begin = page * PageSize;
    const int end = std::min<int>(begin + PageSize, int(m_ids.size()));
    QStringList idTexts;
    idTexts.reserve(end - begin);
    for (int i = begin; i < end; ++i)
        idTexts << QString::number(m_ids.at(i));
    // The ids are integers we hold, so they go into the statement as text; it reads one page
    // through the primary key.
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, persona, category, status, reject_reason, substr(input, 1, 400),"
                               " substr(COALESCE(edited_output, output), 1, 400), source_kind, source, flags, reviewed_at"
                               " FROM records WHERE id IN (")
                + idTexts.join(QLatin1Char(',')) + QLatin1Char(')'))) {
        m_lastError = q.lastError().text();
        return;
    }
    QHash<qint64, Row> byId;
    byId.reserve(end - begin);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.persona = q.value(1).toString();
        r.category = q.value(2).toString();
        r.status = q.value(3).toString();
        r.reason = q.value(4).toString();
        r.input = oneLine(q.value(5).toString());
        r.output = oneLine(q.value(6).toString());
        r.sourceKind = q.value(7).toString();
        r.source = q.value(8).toString();
        r.flags = q.value(9).toString();
        r.reviewedAt = q.value(10).toString();
        byId.insert(r.id, r);
    }
    QList<Row> rows;
    rows.reserve(end - begin);
    for (int i = begin; i < end; ++i) {
        Row r = byId.value(m_ids.at(i));
        r.id = m_ids.at(i); // a record deleted meanwhile shows as an empty row, not a shifted one
        rows.append(r);
    }
    m_pages.insert(page, rows);
    m_pageUse.append(page);
    while (m_pageUse.size() > MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
}

Record ReviewModel::record(int row) const
{
    const qint64 id = idAt(row);
    if (!id || !m_store)
        return {};
    return readRecord(*m_store, id);
}

Record ReviewModel::readRecord(const DatasetStore &store, qint64 id)
{
    return store.record(id);
}

// Persona, category and flags are read by skipping through an index from one value to the next
// (a "loose index scan": one seek per distinct value or pair), not by reading every entry: a
// million records with 15 characters in 10 categories cost 165 seeks instead of a million
// index entries (90 ms each for personas and categories).
QString ReviewModel::distinctValuesQuery(Column column)
{
    const char *sql = nullptr;
    switch (column) {
    case PersonaColumn:
        sql = "WITH RECURSIVE p(v) AS (SELECT (SELECT min(persona) FROM records)"
              " UNION ALL SELECT (SELECT min(persona) FROM records WHERE persona > p.v) FROM p WHERE p.v IS NOT NULL)"
              " SELECT v FROM p WHERE v IS NOT NULL";
        break;
    case CategoryColumn:
        // Every persona's categories, through (persona, category, status).
        sql = "WITH RECURSIVE p(v) AS (SELECT (SELECT min(persona) FROM records)"
              " UNION ALL SELECT (SELECT min(persona) FROM records WHERE persona > p.v) FROM p WHERE p.v IS NOT NULL),"
              " c(p, k) AS (SELECT v, (SELECT min(category) FROM records WHERE persona = v) FROM p WHERE v IS NOT NULL"
              " UNION ALL SELECT c.p, (SELECT min(category) FROM records WHERE persona = c.p AND category > c.k) FROM c"
              " WHERE c.k IS NOT NULL)"
              " SELECT DISTINCT k FROM c WHERE k IS NOT NULL";
        break;
    case FlagsColumn:
        // The partial index of flagged records.
        sql = "WITH RECURSIVE f(v) AS (SELECT (SELECT min(flags) FROM records WHERE flags <> '')"
              " UNION ALL SELECT (SELECT min(flags) FROM records WHERE flags <> '' AND flags > f.v) FROM f WHERE f.v IS NOT NULL)"
              " SELECT v FROM f WHERE v IS NOT NULL";
        break;
    case ReasonColumn:
        // No index: a scan of the table.
        sql = "SELECT DISTINCT reject_reason FROM records WHERE reject_reason IS NOT NULL";
        break;
    default: return QString();
    }
    return QString::fromLatin1(sql);
}

QStringList ReviewModel::distinctValues(const DatasetStore *store, Column column)
{
    QStringList values;
    const QString sql = distinctValuesQuery(column);
    if (!store || !store->isOpen() || sql.isEmpty())
        return values;
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return values;
    QSet<QString> seen;
    while (q.next()) {
        const QString value = q.value(0).toString();
        const QStringList parts = column == FlagsColumn ? value.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value};
        for (const QString &part : parts) {
            if (part.isEmpty() && column == CategoryColumn && !seen.contains(part)) {
                seen.insert(part);   // records without a category: their own entry, last
                continue;
            }
            if (!part.isEmpty() && !seen.contains(part)) {
                seen.insert(part);
                values << part;
            }
        }
    }
    values.sort(Qt::CaseInsensitive);
    if (column == CategoryColumn && seen.contains(QString()))
        values << ReviewFilter::noCategory();
    return values;
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewModel::statusLabel(Record::Status status)
{
    switch (status) {
    case Record::Status::Unreviewed: return tr("Unreviewed");
    case Record::Status::Accepted: return tr("Accepted");
    case Record::Status::Edited: return tr("Edited");
    case Record::Status::Rejected: return tr("Rejected");
    }
    return QString();
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role < IdRole)
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case StatusRole: return int(Record::statusFromName(r->status));
    case StatusNameRole: return r->status;
    case PersonaRole: return r->persona;
    case SourceKindRole: return r->sourceKind;
    case RejectReasonRole: return r->reason;
    case Qt::ToolTipRole: {
        // The whole text of a cell the narrow list cuts short (a long reply: its start).
        auto whole = [](const QString &text) { return text.size() > 600 ? text.left(600) + QStringLiteral("…") : text; };
        switch (index.column()) {
        case SourceColumn: return r->source;
        case CategoryColumn: return r->category;
        case ReasonColumn: return r->reason;
        case InputColumn: return whole(r->input);
        case OutputColumn: return whole(r->output);
        default: return {};
        }
    }
    default: break;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return r->id;
    case PersonaColumn: return r->persona;
    case CategoryColumn: return r->category;
    case StatusColumn: return statusLabel(Record::statusFromName(r->status));
    case ReasonColumn: return r->reason;
    case InputColumn: return r->input;
    case OutputColumn: return r->output;
    case SourceColumn: return r->sourceKind == QLatin1String("imported") ? tr("imported") : tr("generated");
    case FlagsColumn: return r->flags;
    case ReviewedAtColumn: {
        const QDateTime at = QDateTime::fromString(r->reviewedAt, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    default: return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The record's number in studio.db");
        case InputColumn: return tr("The user message the character answers (the last one in a conversation)");
        case OutputColumn: return tr("The character's reply (the edited one where there is an edit)");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short: the list is narrow beside the spot-check panel, and a header is clipped, not elided.
    switch (section) {
    case IdColumn: return tr("#");
    case PersonaColumn: return tr("Character");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    case ReasonColumn: return tr("Reason");
    case InputColumn: return tr("Message");
    case OutputColumn: return tr("Reply");
    case SourceColumn: return tr("Source");
    case FlagsColumn: return tr("Flags");
    case ReviewedAtColumn: return tr("Reviewed");
    default: return {};
    }
}

void ReviewModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_background && m_store && m_store->isOpen() && sortIsSlow()) {
        loadInBackground(Apply::Layout);
        return;
    }
    applySortedIds(loadIdsNow());
}
