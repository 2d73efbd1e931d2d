#include "characterlistmodel.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>

CharacterListModel::CharacterListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CharacterListModel::setProject(const Project *project)
{
    beginResetModel();
    m_project = project;
    m_stored.clear();
    m_changedFirst = m_changedLast = -1;   // the reset told every row
    endResetModel();
}

void CharacterListModel::setStoredCounts(const QHash<QString, int> &counts)
{
    m_stored = counts;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CharacterListModel::refreshCharacter(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    // Rows changed together (the sheets an undo step writes) are told to the views at once: a
    // view sizes its columns to their contents on each change, over every row.
    m_changedFirst = m_changedFirst < 0 ? row : std::min(m_changedFirst, row);
    m_changedLast = std::max(m_changedLast, row);
    if (!m_refreshPending) {
        m_refreshPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshPending = false;
                const int last = std::min(m_changedLast, rowCount() - 1);
                if (m_changedFirst >= 0 && m_changedFirst <= last)
                    emit dataChanged(index(m_changedFirst, 0), index(last, ColumnCount - 1));
                m_changedFirst = m_changedLast = -1;
            },
            Qt::QueuedConnection);
    }
}

QString CharacterListModel::nameAt(int row) const
{
    if (!m_project || row < 0 || row >= m_project->characters.size())
        return {};
    return m_project->characters.at(row).name;
}

int CharacterListModel::rowOf(const QString &name) const
{
    if (!m_project)
        return -1;
    for (qsizetype i = 0; i < m_project->characters.size(); ++i) {
        if (m_project->characters.at(i).name == name)
            return int(i);
    }
    return -1;
}

int CharacterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : int(m_project->characters.size());
}

int CharacterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CharacterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project)
        return {};
    const CharacterEntry &c = m_project->characters.at(index.row());
    // The target looks the tier up: only for the roles that show it (a view asks every role
    // of every cell it sizes).
    const auto target = [&] { return m_project->targetFor(c.name); };
    const int stored = m_stored.value(c.name);
    const qsizetype issueCount = c.sheet.issues.size();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case TierColumn: return m_project->tierOf(c.name);
        case TargetColumn: return target();
        case StoredColumn: return tr("%1 / %2").arg(QLocale().toString(stored), QLocale().toString(target()));
        case IssuesColumn: return issueCount > 0 ? QVariant(qlonglong(issueCount)) : QVariant();
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Issue &issue : c.sheet.issues)
            lines << issue.message;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == StoredColumn || index.column() == IssuesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole: return c.name;
    case TierRole: return m_project->tierOf(c.name);
    case TargetRole: return target();
    case StoredRole: return stored;
    case ProgressRole: {
        const int t = target();
        return t > 0 ? std::min(1.0, double(stored) / t) : 1.0;
    }
    case IssueCountRole: return qlonglong(issueCount);
    case HasErrorRole: return c.sheet.hasErrors();
    default:
        break;
    }
    return {};
}

QVariant CharacterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == IssuesColumn)
        return tr("Warnings in the sheet");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Character");
    case TierColumn: return tr("Tier");
    case TargetColumn: return tr("Target");
    case StoredColumn: return tr("Stored");
    case IssuesColumn: return tr("⚠");
    }
    return {};
}

QHash<int, QByteArray> CharacterListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(TierRole, "tier");
    names.insert(TargetRole, "target");
    names.insert(StoredRole, "stored");
    names.insert(ProgressRole, "progress");
    names.insert(IssueCountRole, "issueCount");
    names.insert(HasErrorRole, "hasError");
    return names;
}
