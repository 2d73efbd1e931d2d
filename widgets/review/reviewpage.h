#pragma once
// ReviewPage: the Review mode — a list of records (QTableView over ReviewModel, with a filter
// bar) and a focus view of the current one, driven from the keyboard: A accept, X then 1–9 reject
// with a reason (or 1–9 alone), E edit, Space skip, Backspace / Ctrl+Z undo, J / K or arrows move.
// A spot-check panel draws reproducible samples per character and shows progress and acceptance
// rates. Decisions go through ReviewSession straight into studio.db.

#include "dataset/datasetstore.h"
#include "dataset/reviewfilter.h"
#include "dataset/reviewsampler.h"
#include "main/modepage.h"

#include <QMap>
#include <QTimer>

#include <memory>

class QComboBox;
template <typename T>
class QFutureWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QTableView;
class QToolButton;
class RecordView;
class ReviewModel;
class ReviewSession;
class SpotCheckPanel;
struct ImportSummary;

class ReviewPage : public ModePage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString title() const override { return tr("&Review"); }
    QString iconName() const override { return QStringLiteral("checkbox"); }
    void setDocument(ProjectDocument *document) override;
    void setCurrentCharacter(const QString &name) override;
    void activated() override;
    void recordsUpdated() override;
    // View ▸ Spot-Check Panel (F9): hides the panel to give the list and the record its room.
    QList<QAction *> viewActions() const override { return {m_spotCheckAction}; }
    // The last decision (Edit ▸ Undo, Ctrl+Z, Backspace), the last undone (Edit ▸ Redo,
    // Ctrl+Shift+Z, Ctrl+Y).
    QString undoText() const override;
    void undoLast() override { undo(); }
    QString redoText() const override;
    void redoLast() override { redo(); }
    quint64 undoStamp() const override;
    quint64 redoStamp() const override;

    ReviewModel *model() const { return m_model; }
    ReviewSession *session() const { return m_session.get(); }
    QTableView *tableView() const { return m_table; }
    RecordView *recordView() const { return m_recordView; }
    SpotCheckPanel *spotCheckPanel() const { return m_spotCheck; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QStringList rejectReasons() const { return m_reasons; }
    // "Reviewing as NAME" under the list; the name is a link to editReviewerName().
    QLabel *reviewerLabel() const { return m_reviewer; }
    // Asks for the name recorded with the decisions from now on (kept in the settings).
    void editReviewerName();
    int currentRow() const;
    void setCurrentRow(int row);
    // The filter bar's state as a ReviewFilter.
    ReviewFilter currentFilter() const;
    // Every filter back to "any" and the search field emptied (the record view's "Show all
    // records" when nothing matches).
    void clearFilters();
    // Starts a spot-check with the panel's settings; ends one.
    // From 100,000 records the draw runs on a worker: spotCheck() is then set when it is done.
    void startSpotCheck();
    void endSpotCheck();
    const SpotCheck &spotCheck() const { return m_sample; }
    // Imports files off the GUI thread, with its progress in the hint line, and shows the
    // summary (File ▸ Import in this mode). Esc or stopImport() stops it between chunks; the
    // chunks stored so far stay.
    // `fallbackPersona`: the character for lines that name none (Importer::Options::fallbackPersona).
    void importFiles(const QStringList &paths, const QString &fallbackPersona = QString());
    void stopImport();
    // An import — or the removal of one — runs.
    bool isImporting() const { return m_importWatcher != nullptr || m_removeWatcher != nullptr || !m_removing.isEmpty(); }
    // Asks for JSONL files and imports them (File ▸ Import Records…, the Import… button).
    void chooseImportFiles();
    // Bulk ▸ Remove Imported Records…: counts the imported files' records on a worker, then
    // asks which file's records, and confirms.
    void chooseImportToRemove();
    // Takes the records imported from `path` out of the project on a worker (one transaction),
    // with a word in the hint line, as an undo step that brings them back. removalFinished()
    // when done.
    void removeImport(const QString &path, qint64 records);

signals:
    void importFinished();
    void removalFinished();
    // The import summary's "From Character Cards…": sheets for the new personas from cards.
    void characterCardsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event, bool shortcutOverride);
    // The list's columns at their own widths, narrowed when the messages would have no room.
    void fitColumns();
    void fitIdColumn();   // the id column to the digits of the largest id shown
    void openStore();
    void reloadFilterChoices();
    // Re-reads the records (after a run or an import stored some), keeping the current one.
    void refreshRecords();
    void applyFilter();
    void showCurrent();
    void move(int delta);
    void acceptCurrent();
    void rejectCurrent(int reasonIndex);
    void undo();
    void redo();
    void undoOrRedo(bool redo);
    void decided(const QList<qint64> &ids);
    void decisionFailed();
    // While the session stores a decision on many records: a beep and a word in the hint.
    bool refusedWhileBusy();
    void backgroundFinished(bool complete);
    // Tells the other modes that records changed (recordsChanged()), not this page itself.
    void announceChange();
    void bulk(bool wholeFilter, int status);
    void topUpRejected();
    void editRejectReasons();
    // The import just made as an undo step: `ids`, the records it stored.
    void addImportStep(const ImportSummary &summary, const QList<qint64> &ids);
    void showImportSummary(const ImportSummary &summary, const QString &error);
    // Sheets for personas an import found without one, as one undo step.
    void createCharacters(const QStringList &names);
    void askToRemoveImport(const QList<DatasetStore::ImportedFile> &files, const QString &error);
    void showImportProgress(int percent);
    void applySpotCheck(const SpotCheck &sample);
    void updateProgress();
    void updateHint();
    void updateReviewerLabel();
    void updateEmptyState();

    ProjectDocument *m_document = nullptr;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<ReviewSession> m_session;
    ReviewModel *m_model;
    QStringList m_reasons;
    SpotCheck m_sample;
    QString m_character;
    QString m_storeError;
    QString m_decisionError;   // the last decision the database refused; cleared by the next one stored
    QString m_notice;          // a word on a background decision (stopped, an edit waiting); cleared by the next one
    std::pair<qint64, QString> m_queuedEdit;   // an edit saved while a background decision ran
    bool m_rejectArmed = false;
    bool m_ownChange = false;     // recordsUpdated() caused by our own recordsChanged()
    bool m_refreshPending = false;

    QComboBox *m_persona;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_flag;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_sampleLine;   // a spot-check's progress while the panel is hidden
    QToolButton *m_bulkButton;
    QStackedWidget *m_stack;
    QTableView *m_table;
    RecordView *m_recordView;
    SpotCheckPanel *m_spotCheck;
    QAction *m_spotCheckAction = nullptr;
    QMap<int, int> m_columnWidths;   // column → its own width (before fitColumns() narrows it)
    bool m_fittingColumns = false;
    bool m_idWidthDragged = false;   // the reviewer's width for the id column stays
    QLabel *m_hint;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    QShortcut *m_stopImport = nullptr;
    QLabel *m_reviewer;
    QTimer m_searchTimer;
    QTimer m_progressTimer;
    QTimer m_refreshTimer;
    int m_importFiles = 0;
    quint64 m_drawTicket = 0;   // the newest spot-check draw asked for
    QFutureWatcher<void> *m_importWatcher = nullptr;   // while an import runs
    QFutureWatcher<void> *m_removeWatcher = nullptr;   // while imported files are counted or an import's ids read
    QString m_removing;                                 // the file whose records are being removed
    bool m_progressRunning = false;   // the overall figures are being counted on a worker
    bool m_progressAgain = false;     // … and records changed meanwhile
};
