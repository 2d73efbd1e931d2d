#pragma once
// ProjectDocument: the open project as the window edits it. It owns the Project value and the
// undo stack of project-level edits (tiers, counts, overrides, categories, the character list).
// Every edit is a command on that stack; applying a command changes the Project and saves
// studio.json at once (atomically), so nothing is lost on a crash and undo always matches the
// file. Sheet text has its own documents (SheetDocument); the files they write are followed here.

#include "project/project.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

// The parts of a project that project-level commands change, compared and restored as a whole.
struct PlanState
{
    QList<CharacterEntry> characters;
    QList<Tier> tiers;
    QMap<QString, int> overrides;
    QList<Category> commonCategories;
    QMap<QString, QList<Category>> characterCategories;
    int batchSize = 5;
};

class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 250;

    explicit ProjectDocument(Project project, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // When the stack's last step was made (or redone) and its next redo undone, on
    // HistoryClock's ticks (0 for none): the window compares them with a mode's own history.
    quint64 undoStamp() const;
    quint64 redoStamp() const;
    QString lastSaveError() const { return m_lastSaveError; }

    PlanState state() const;
    // Applies a state as one undoable step. Steps with the same non-empty mergeKey that follow
    // each other merge into one (a slider drag is one undo step).
    void change(const QString &text, const PlanState &after, const QString &mergeKey = QString());
    // Used by commands: set the state without pushing anything.
    void applyState(const PlanState &state);

    // Convenience edits, each one undo step.
    // `gesture` groups the steps of one slider drag into one undo step (0: a step of its own).
    void setTierTarget(const QString &tier, int target, int gesture = 0);
    void setCharacterTarget(const QString &character, int target, int gesture = 0); // equal to the tier's → no override
    void clearOverride(const QString &character);
    void moveToTier(const QString &character, const QString &tier, int position = -1);
    void addTier(const QString &name, int target);
    void renameTier(const QString &from, const QString &to);
    void removeTier(const QString &tier);  // its members go to "unassigned"
    void moveTier(const QString &tier, int delta);
    bool canMoveTier(const QString &tier, int delta) const; // the unassigned tier stays last
    void moveCharacter(const QString &character, int delta);
    void setCategories(const QString &character, const QList<Category> &own); // character empty → common
    void setBatchSize(int batchSize);

    // Replaces the parsed sheet of a character after its text changed (not an undo step: the
    // text's own undo covers it).
    void updateSheet(const QString &character, const CharacterSheet &sheet);
    // Writes studio.json now; on failure emits saveFailed and keeps the state in memory. Edits
    // call it a moment later (a slider drag writes once, not per step); flushSave() writes a
    // pending change at once.
    bool save();
    void flushSave();
    bool hasPendingSave() const { return m_saveTimer.isActive(); }

    // Sheet files: each is one undo step that writes or removes the files and changes the plan.
    // They return an empty string on success, else the reason.
    QString newCharacter(const QString &name);
    // A sheet for each name, unassigned, as one undo step (`undoText`); the reasons for the
    // names it could not create (already there, no name), one each.
    QStringList newCharacters(const QStringList &names, const QString &undoText);
    // The same with each sheet's text given (a character card's, for one); an empty text is
    // the template's.
    struct NewSheet
    {
        QString name;
        QByteArray text;
    };
    QStringList newCharacters(const QList<NewSheet> &sheets, const QString &undoText);
    QString duplicateCharacter(const QString &name);
    QString renameCharacter(const QString &from, const QString &to);
    QString deleteCharacter(const QString &name);
    // The text a new sheet starts with: the sections the generator reads, to be filled in.
    static QByteArray sheetTemplate(const QString &name, const QString &work);
    QString sheetPath(const QString &character) const;

    // Used by file commands: re-reads one sheet from disk into the project.
    void reloadSheet(const QString &character);
    void reportFileError(const QString &message);

signals:
    void planChanged();        // tiers, counts, overrides, categories or batch size
    void charactersChanged();  // the list of characters, their names or order
    void sheetChanged(const QString &character);
    void saveFailed(const QString &message);

private:
    Project m_project;
    QUndoStack m_undoStack;
    QList<quint64> m_stamps;   // per command of the stack: when it last crossed the index
    int m_stampedIndex = 0;
    void stampIndexChange(int index);
    QTimer m_saveTimer;
    QString m_lastSaveError;
    QString m_lastFileError;

    // ---- Generate mode: provider settings (added for the Generate mode; keep below) ----
public:
    // What the provider dialog edits: the project's "generation" settings, the price of its model
    // and what the engine's settings do not hold yet (request timeout, the preset's name), kept in
    // studio.json's "provider" object. Never the key.
    struct ProviderSettings
    {
        GenerationSettings generation;
        ModelPrice price;           // per million tokens, for generation.model
        bool priceKnown = false;
        int timeoutS = 120;
        QString preset;
    };
    ProviderSettings providerSettings() const;
    // One undo step; studio.json is saved a moment later, like every edit.
    void setProviderSettings(const ProviderSettings &settings);
    // Used by the command: set without pushing anything.
    void applyProviderSettings(const ProviderSettings &settings);

signals:
    void providerSettingsChanged();

    // ---- Review mode: the reasons 1–9 pick when rejecting (studio.json review.reject_reasons) ----
public:
    QStringList rejectReasons() const;
    // One undo step; blank and repeated reasons are dropped, an empty list restores the defaults.
    void setRejectReasons(const QStringList &reasons);
    // Used by the command: set without pushing anything.
    void applyRejectReasons(const QStringList &reasons);

signals:
    void rejectReasonsChanged();
};
