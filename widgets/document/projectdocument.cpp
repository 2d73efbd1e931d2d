#include "projectdocument.h"

#include "dataset/datasetstore.h"
#include "dataset/reviewsession.h"
#include "sheet/sheetparser.h"
#include "sheetfilecommand.h"
#include "util/historyclock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUndoCommand>

#include <algorithm>
#include <memory>

namespace {

// The one generic command: swap the project between two PlanStates.
class ChangePlanCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 1001;

    ChangePlanCommand(ProjectDocument *document, const QString &text, PlanState before, PlanState after, QString mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_document->applyState(m_before); }
    void redo() override { m_document->applyState(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangePlanCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ProjectDocument *m_document;
    PlanState m_before;
    PlanState m_after;
    QString m_mergeKey;
};

} // namespace

static Tier *findTier(PlanState &state, const QString &name)
{
    for (Tier &t : state.tiers) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

static int tierTargetOf(const PlanState &state, const QString &character)
{
    for (const Tier &t : state.tiers) {
        if (t.members.contains(character))
            return t.target;
    }
    return 0;
}


ProjectDocument::ProjectDocument(Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
{
    m_undoStack.setObjectName(QStringLiteral("projectUndoStack"));
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &ProjectDocument::stampIndexChange);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ProjectDocument::save);
}

void ProjectDocument::stampIndexChange(int index)
{
    // The commands the index crossed were made, undone or redone now; a command merged into
    // the last one (the index unchanged) was changed now.
    m_stamps.resize(m_undoStack.count());
    const quint64 now = HistoryClock::tick();
    if (index == m_stampedIndex && index > 0) {
        m_stamps[index - 1] = now;
    } else {
        for (int i = qMin(index, m_stampedIndex); i < qMax(index, m_stampedIndex) && i < m_stamps.size(); ++i)
            m_stamps[i] = now;
    }
    m_stampedIndex = index;
}

quint64 ProjectDocument::undoStamp() const
{
    const int index = m_undoStack.index();
    return index > 0 && index <= m_stamps.size() ? m_stamps.at(index - 1) : 0;
}

quint64 ProjectDocument::redoStamp() const
{
    const int index = m_undoStack.index();
    return index < m_undoStack.count() && index < m_stamps.size() ? m_stamps.at(index) : 0;
}

ProjectDocument::~ProjectDocument()
{
    // The stack clears itself when it goes, after m_stamps: nothing to stamp then.
    disconnect(&m_undoStack, nullptr, this, nullptr);
    flushSave();
}

void ProjectDocument::flushSave()
{
    if (m_saveTimer.isActive())
        save();
}

PlanState ProjectDocument::state() const
{
    return {m_project.characters, m_project.tiers, m_project.overrides, m_project.commonCategories,
            m_project.characterCategories, m_project.generation.batchSize};
}

void ProjectDocument::change(const QString &text, const PlanState &after, const QString &mergeKey)
{
    m_undoStack.push(new ChangePlanCommand(this, text, state(), after, mergeKey));
}

void ProjectDocument::applyState(const PlanState &s)
{
    QStringList before;
    for (const CharacterEntry &c : std::as_const(m_project.characters))
        before << c.name + QLatin1Char('\x1f') + c.sheetFile;
    QStringList after;
    for (const CharacterEntry &c : s.characters)
        after << c.name + QLatin1Char('\x1f') + c.sheetFile;

    // Keep the newest parsed sheets: a command's snapshot may predate text edits.
    QList<CharacterEntry> characters = s.characters;
    for (CharacterEntry &c : characters) {
        if (const CharacterEntry *current = m_project.character(c.name); current && current->sheetFile == c.sheetFile)
            c.sheet = current->sheet;
    }
    m_project.characters = characters;
    m_project.tiers = s.tiers;
    m_project.overrides = s.overrides;
    m_project.commonCategories = s.commonCategories;
    m_project.characterCategories = s.characterCategories;
    m_project.generation.batchSize = s.batchSize;
    m_saveTimer.start();
    if (before != after)
        emit charactersChanged();
    emit planChanged();
}

bool ProjectDocument::save()
{
    m_saveTimer.stop();
    QString error;
    if (!m_project.save(&error)) {
        m_lastSaveError = error;
        emit saveFailed(error);
        return false;
    }
    m_lastSaveError.clear();
    return true;
}

void ProjectDocument::setTierTarget(const QString &tier, int target, int gesture)
{
    PlanState s = state();
    Tier *t = findTier(s, tier);
    if (!t || t->target == target)
        return;
    t->target = std::max(0, target);
    change(tr("Set %1 tier to %Ln record(s)", nullptr, t->target).arg(tier), s,
           gesture ? QStringLiteral("tier-target:%1:%2").arg(tier).arg(gesture) : QString());
}

void ProjectDocument::setCharacterTarget(const QString &character, int target, int gesture)
{
    PlanState s = state();
    target = std::max(0, target);
    if (target == tierTargetOf(s, character))
        s.overrides.remove(character);
    else
        s.overrides.insert(character, target);
    if (s.overrides == m_project.overrides)
        return;
    change(tr("Set %1 to %Ln record(s)", nullptr, target).arg(character), s,
           gesture ? QStringLiteral("character-target:%1:%2").arg(character).arg(gesture) : QString());
}

void ProjectDocument::clearOverride(const QString &character)
{
    PlanState s = state();
    if (s.overrides.remove(character) == 0)
        return;
    change(tr("Use the tier's count for %1").arg(character), s);
}

void ProjectDocument::moveToTier(const QString &character, const QString &tier, int position)
{
    PlanState s = state();
    Tier *target = findTier(s, tier);
    if (!target)
        return;
    QString from;
    for (Tier &t : s.tiers) {
        if (t.members.removeAll(character) > 0)
            from = t.name;
    }
    if (position < 0 || position > target->members.size())
        position = int(target->members.size());
    target->members.insert(position, character);
    if (s.tiers == m_project.tiers)
        return;
    change(from == tier ? tr("Reorder %1").arg(character) : tr("Move %1 to %2").arg(character, tier), s);
}

void ProjectDocument::addTier(const QString &name, int target)
{
    PlanState s = state();
    if (name.trimmed().isEmpty() || findTier(s, name))
        return;
    // New tiers go before "unassigned", which stays last.
    qsizetype at = s.tiers.size();
    if (!s.tiers.isEmpty() && s.tiers.last().name == Project::UnassignedTier)
        at = s.tiers.size() - 1;
    s.tiers.insert(at, Tier{name.trimmed(), std::max(0, target), {}});
    change(tr("Add tier %1").arg(name), s);
}

void ProjectDocument::renameTier(const QString &from, const QString &to)
{
    PlanState s = state();
    Tier *t = findTier(s, from);
    if (!t || to.trimmed().isEmpty() || findTier(s, to.trimmed()))
        return;
    t->name = to.trimmed();
    change(tr("Rename tier %1 to %2").arg(from, to), s);
}

void ProjectDocument::removeTier(const QString &tier)
{
    PlanState s = state();
    const auto it = std::find_if(s.tiers.begin(), s.tiers.end(), [&](const Tier &t) { return t.name == tier; });
    // The unassigned tier is where a removed tier's characters go: with characters of its own,
    // removing it would only make it again.
    if (it == s.tiers.end() || (tier == Project::UnassignedTier && !it->members.isEmpty()))
        return;
    const QStringList members = it->members;
    s.tiers.erase(it);
    if (!members.isEmpty()) {
        Tier *unassigned = findTier(s, Project::UnassignedTier);
        if (!unassigned) {
            s.tiers << Tier{Project::UnassignedTier, 0, {}};
            unassigned = &s.tiers.last();
        }
        unassigned->members << members;
    }
    change(tr("Remove tier %1").arg(tier), s);
}

namespace {
// Where `delta` steps take a tier, or -1 where it cannot go: the unassigned tier stays last, as
// addTier and removeTier keep it.
qsizetype tierDestination(const QList<Tier> &tiers, const QString &tier, int delta)
{
    const auto it = std::find_if(tiers.begin(), tiers.end(), [&](const Tier &t) { return t.name == tier; });
    if (it == tiers.end() || tier == Project::UnassignedTier)
        return -1;
    const qsizetype from = it - tiers.begin();
    const qsizetype last = tiers.last().name == Project::UnassignedTier ? tiers.size() - 2 : tiers.size() - 1;
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, last);
    return to == from ? -1 : to;
}
}

bool ProjectDocument::canMoveTier(const QString &tier, int delta) const
{
    return tierDestination(m_project.tiers, tier, delta) >= 0;
}

void ProjectDocument::moveTier(const QString &tier, int delta)
{
    PlanState s = state();
    const qsizetype to = tierDestination(s.tiers, tier, delta);
    if (to < 0)
        return;
    const auto from = std::find_if(s.tiers.begin(), s.tiers.end(), [&](const Tier &t) { return t.name == tier; }) - s.tiers.begin();
    s.tiers.move(from, to);
    change(tr("Move tier %1").arg(tier), s);
}

void ProjectDocument::moveCharacter(const QString &character, int delta)
{
    PlanState s = state();
    const auto it = std::find_if(s.characters.begin(), s.characters.end(), [&](const CharacterEntry &c) { return c.name == character; });
    if (it == s.characters.end())
        return;
    const qsizetype from = it - s.characters.begin();
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, s.characters.size() - 1);
    if (from == to)
        return;
    s.characters.move(from, to);
    change(tr("Move %1").arg(character), s);
}

void ProjectDocument::setCategories(const QString &character, const QList<Category> &own)
{
    PlanState s = state();
    if (character.isEmpty())
        s.commonCategories = own;
    else if (own.isEmpty())
        s.characterCategories.remove(character);
    else
        s.characterCategories.insert(character, own);
    if (s.commonCategories == m_project.commonCategories && s.characterCategories == m_project.characterCategories)
        return;
    // Each change its own step (a category added, removed, or one cell edited): not merged, or
    // one Undo after removing a category by mistake would take back every edit made before it.
    change(character.isEmpty() ? tr("Edit common categories") : tr("Edit the categories of %1").arg(character), s);
}

void ProjectDocument::setBatchSize(int batchSize)
{
    PlanState s = state();
    s.batchSize = std::clamp(batchSize, 1, 50);
    if (s.batchSize == m_project.generation.batchSize)
        return;
    change(tr("Set batch size to %1").arg(s.batchSize), s, QStringLiteral("batch-size"));
}

void ProjectDocument::updateSheet(const QString &character, const CharacterSheet &sheet)
{
    for (CharacterEntry &c : m_project.characters) {
        if (c.name == character) {
            c.sheet = sheet;
            emit sheetChanged(character);
            return;
        }
    }
}

QString ProjectDocument::sheetPath(const QString &character) const
{
    const CharacterEntry *c = m_project.character(character);
    return c ? QDir(m_project.sheetsPath()).filePath(c->sheetFile) : QString();
}

void ProjectDocument::reloadSheet(const QString &character)
{
    const QString path = sheetPath(character);
    if (!path.isEmpty() && QFile::exists(path))
        updateSheet(character, SheetParser::parseFile(path));
}

void ProjectDocument::reportFileError(const QString &message)
{
    m_lastFileError = message;
    emit saveFailed(message);
}

QByteArray ProjectDocument::sheetTemplate(const QString &name, const QString &work)
{
    return CharacterSheet::templateText(name, work);
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Renames the character inside its sheet: the "# Name" heading, the front matter title and the
// metadata block's character line. Other mentions are the writer's prose and stay.
QByteArray renameInSheet(const QByteArray &content, const QString &from, const QString &to)
{
    QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    bool headingDone = false;
    for (QString &line : lines) {
        if (!headingDone && line.trimmed() == QLatin1String("# ") + from) {
            line = QLatin1String("# ") + to;
            headingDone = true;
        } else if (line.trimmed() == QLatin1String("title: ") + from) {
            line.replace(from, to);
        } else if (line.trimmed() == QLatin1String("character: ") + from && line.startsWith(QLatin1Char(' '))) {
            line.replace(from, to);
        }
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

QString ProjectDocument::newCharacter(const QString &name)
{
    const QStringList problems = newCharacters({name}, tr("New character %1").arg(name.simplified()));
    return problems.isEmpty() ? QString() : problems.constFirst();
}

QStringList ProjectDocument::newCharacters(const QStringList &names, const QString &undoText)
{
    QList<NewSheet> sheets;
    sheets.reserve(names.size());
    for (const QString &name : names)
        sheets.append({name, {}});
    return newCharacters(sheets, undoText);
}

QStringList ProjectDocument::newCharacters(const QList<NewSheet> &sheets, const QString &undoText)
{
    QStringList problems;
    PlanState before = state();
    PlanState after = before;
    QList<SheetFileCommand::FileChange> files;
    QStringList created;
    QSet<QString> createdNames, paths;
    for (const NewSheet &sheet : sheets) {
        const QString name = sheet.name.simplified();
        if (name.isEmpty()) {
            problems << tr("A character needs a name.");
            continue;
        }
        if (m_project.character(name) || createdNames.contains(name)) {
            problems << tr("%1 is already in the project.").arg(name);
            continue;
        }
        const QString file = QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(name));
        const QString path = QDir(m_project.sheetsPath()).filePath(file);
        if (paths.contains(path) || QFile::exists(path)) {
            problems << tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        paths.insert(path);
        CharacterEntry entry;
        entry.name = name;
        entry.sheetFile = file;
        after.characters << entry;
        Tier *unassigned = findTier(after, Project::UnassignedTier);
        if (!unassigned) {
            after.tiers << Tier{Project::UnassignedTier, 0, {}};
            unassigned = &after.tiers.last();
        }
        unassigned->members << name;
        files.append({path, std::nullopt, sheet.text.isEmpty() ? sheetTemplate(name, m_project.work) : sheet.text});
        created << name;
        createdNames.insert(name);
    }
    if (created.isEmpty())
        return problems;
    // One command: the sheets written and the plan saved once, however many there are.
    m_lastFileError.clear();
    m_undoStack.push(new SheetFileCommand(this, undoText, files, before, after, created));
    if (!m_lastFileError.isEmpty())
        problems << m_lastFileError;
    return problems;
}

QString ProjectDocument::duplicateCharacter(const QString &name)
{
    const CharacterEntry *source = m_project.character(name);
    if (!source)
        return tr("%1 is not in the project.").arg(name);
    QString copyName = tr("%1 Copy").arg(name);
    for (int n = 2; m_project.character(copyName); ++n)
        copyName = tr("%1 Copy %2").arg(name).arg(n);
    const QString file = QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(copyName));
    const QString path = QDir(m_project.sheetsPath()).filePath(file);
    if (QFile::exists(path))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
    PlanState before = state();
    PlanState after = before;
    CharacterEntry entry;
    entry.name = copyName;
    entry.sheetFile = file;
    const qsizetype at = std::find_if(after.characters.begin(), after.characters.end(), [&](const CharacterEntry &c) { return c.name == name; })
                         - after.characters.begin();
    after.characters.insert(at + 1, entry);
    const QString tier = m_project.tierOf(name);
    for (Tier &t : after.tiers) {
        if (t.name == tier)
            t.members.insert(t.members.indexOf(name) + 1, copyName);
    }
    if (after.overrides.contains(name))
        after.overrides.insert(copyName, after.overrides.value(name));
    if (after.characterCategories.contains(name))
        after.characterCategories.insert(copyName, after.characterCategories.value(name));
    const QByteArray content = renameInSheet(readAll(sheetPath(name)), name, copyName);
    m_lastFileError.clear();
    m_undoStack.push(new SheetFileCommand(this, tr("Duplicate %1").arg(name), {{path, std::nullopt, content}}, before, after, {copyName}));
    return m_lastFileError;
}

QString ProjectDocument::renameCharacter(const QString &from, const QString &rawTo)
{
    const QString to = rawTo.simplified();
    const CharacterEntry *source = m_project.character(from);
    if (!source)
        return tr("%1 is not in the project.").arg(from);
    if (to.isEmpty())
        return tr("A character needs a name.");
    if (to == from)
        return {};
    if (m_project.character(to))
        return tr("%1 is already in the project.").arg(to);
    const QString oldPath = sheetPath(from);
    const QString newFile = QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(to));
    const QString newPath = QDir(m_project.sheetsPath()).filePath(newFile);
    if (newPath != oldPath && QFile::exists(newPath))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(newPath));

    PlanState before = state();
    PlanState after = before;
    for (CharacterEntry &c : after.characters) {
        if (c.name == from) {
            c.name = to;
            c.sheetFile = newFile;
        }
    }
    for (Tier &t : after.tiers)
        t.members.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(from))), to);
    if (after.overrides.contains(from))
        after.overrides.insert(to, after.overrides.take(from));
    if (after.characterCategories.contains(from))
        after.characterCategories.insert(to, after.characterCategories.take(from));

    const QByteArray oldContent = readAll(oldPath);
    QList<SheetFileCommand::FileChange> files;
    if (newPath == oldPath) {
        files << SheetFileCommand::FileChange{oldPath, oldContent, renameInSheet(oldContent, from, to)};
    } else {
        files << SheetFileCommand::FileChange{newPath, std::nullopt, renameInSheet(oldContent, from, to)};
        files << SheetFileCommand::FileChange{oldPath, oldContent, std::nullopt};
    }
    // Stored records follow the new name too; records that had the new name before (an
    // imported persona of that name) keep it when the rename is undone.
    const QString dbPath = m_project.databasePath();
    auto hadNewName = std::make_shared<QList<qint64>>();
    auto renameRecords = [dbPath, from, to, hadNewName](bool undo) -> QString {
        if (!QFile::exists(dbPath))
            return {};
        DatasetStore store;
        QString error;
        if (!store.open(dbPath, &error)
            || !(undo ? store.renamePersona(to, from, *hadNewName, nullptr, &error) : store.renamePersona(from, to, {}, hadNewName.get(), &error)))
            return tr("The records of %1 could not be renamed: %2").arg(undo ? to : from, error);
        return {};
    };
    m_lastFileError.clear();
    m_undoStack.push(new SheetFileCommand(this, tr("Rename %1 to %2").arg(from, to), files, before, after, {from, to}, renameRecords));
    return m_lastFileError;
}

QString ProjectDocument::deleteCharacter(const QString &name)
{
    if (!m_project.character(name))
        return tr("%1 is not in the project.").arg(name);
    const QString path = sheetPath(name);
    PlanState before = state();
    PlanState after = before;
    after.characters.erase(std::remove_if(after.characters.begin(), after.characters.end(), [&](const CharacterEntry &c) { return c.name == name; }),
                           after.characters.end());
    for (Tier &t : after.tiers)
        t.members.removeAll(name);
    after.overrides.remove(name);
    after.characterCategories.remove(name);
    const std::optional<QByteArray> content = QFile::exists(path) ? std::optional<QByteArray>(readAll(path)) : std::nullopt;
    m_lastFileError.clear();
    m_undoStack.push(new SheetFileCommand(this, tr("Delete %1").arg(name), {{path, content, std::nullopt}}, before, after, {name}));
    return m_lastFileError;
}

// ---- Generate mode: provider settings (added for the Generate mode; keep below) ----

namespace {

// Swaps the provider settings between two values; the plan is not touched.
class ChangeProviderCommand final : public QUndoCommand
{
public:
    ChangeProviderCommand(ProjectDocument *document, ProjectDocument::ProviderSettings before, ProjectDocument::ProviderSettings after)
        : QUndoCommand(ProjectDocument::tr("Change Provider Settings"))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->applyProviderSettings(m_before); }
    void redo() override { m_document->applyProviderSettings(m_after); }

private:
    ProjectDocument *m_document;
    ProjectDocument::ProviderSettings m_before;
    ProjectDocument::ProviderSettings m_after;
};

} // namespace

ProjectDocument::ProviderSettings ProjectDocument::providerSettings() const
{
    ProviderSettings s;
    s.generation = m_project.generation;
    if (const std::optional<ModelPrice> price = m_project.priceFor(s.generation.model)) {
        s.price = *price;
        s.priceKnown = true;
    }
    const QJsonObject provider = m_project.extra.value(QLatin1String("provider")).toObject();
    s.timeoutS = std::clamp(provider.value(QLatin1String("timeout_s")).toInt(s.timeoutS), 5, 3600);
    s.preset = provider.value(QLatin1String("preset")).toString();
    return s;
}

void ProjectDocument::setProviderSettings(const ProviderSettings &settings)
{
    m_undoStack.push(new ChangeProviderCommand(this, providerSettings(), settings));
}

void ProjectDocument::applyProviderSettings(const ProviderSettings &settings)
{
    const bool batchChanged = m_project.generation.batchSize != settings.generation.batchSize;
    m_project.generation = settings.generation;
    if (settings.priceKnown)
        m_project.prices.insert(settings.generation.model, settings.price);
    QJsonObject provider = m_project.extra.value(QLatin1String("provider")).toObject();
    provider.insert(QStringLiteral("timeout_s"), settings.timeoutS);
    provider.insert(QStringLiteral("preset"), settings.preset);
    m_project.extra.insert(QStringLiteral("provider"), provider);
    m_saveTimer.start();
    emit providerSettingsChanged();
    if (batchChanged)
        emit planChanged();
}

// ---- Review mode: reject reasons ----

namespace {

class ChangeRejectReasonsCommand final : public QUndoCommand
{
public:
    ChangeRejectReasonsCommand(ProjectDocument *document, QStringList before, QStringList after)
        : QUndoCommand(ProjectDocument::tr("Change Reject Reasons"))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->applyRejectReasons(m_before); }
    void redo() override { m_document->applyRejectReasons(m_after); }

private:
    ProjectDocument *m_document;
    QStringList m_before;
    QStringList m_after;
};

} // namespace

QStringList ProjectDocument::rejectReasons() const
{
    return ReviewSession::rejectReasons(m_project);
}

void ProjectDocument::setRejectReasons(const QStringList &reasons)
{
    QStringList cleaned;
    for (const QString &reason : reasons) {
        const QString r = reason.simplified();
        if (!r.isEmpty() && !cleaned.contains(r))
            cleaned << r;
    }
    if (cleaned.isEmpty())
        cleaned = ReviewSession::defaultRejectReasons();
    if (cleaned == rejectReasons())
        return;
    m_undoStack.push(new ChangeRejectReasonsCommand(this, rejectReasons(), cleaned));
}

void ProjectDocument::applyRejectReasons(const QStringList &reasons)
{
    ReviewSession::setRejectReasons(m_project, reasons);
    m_saveTimer.start();
    emit rejectReasonsChanged();
}
