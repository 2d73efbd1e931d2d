#pragma once
// GeneratePage: the Generate mode — the provider line (base URL, model, settings, connection
// test), the estimate before a run, run control (start with a confirmation that shows the
// estimate, pause / resume, stop, cancel), the scope (all, the selected character, a tier) and a
// budget; while a run goes on, overall and per-character progress toward the targets, ETA,
// records per minute, live cost beside the estimate, the current pacing, the job table and a log.
// The run (a GenerationRun) belongs to this page, so it goes on while the user works in other
// modes. It lives on a thread of its own (parsing answers, duplicate checks and SQLite commits
// never hold the window's event loop): the page talks to it only through queued calls and
// signals, and keeps its state and progress from those signals. Stored records reach the rest
// of the window through
// recordsChanged(), at most twice a second. Reopening a project whose last run did not finish
// shows a banner offering to resume it (a new run continues toward the targets).

#include "generation/generationjournal.h"
#include "generation/generationrun.h"
#include "generation/runestimate.h"
#include "main/modepage.h"
#include "project/tierplan.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

class ApiKeyStore;
class CapabilityProbe;
class JobQueueModel;
class JobQueueProxy;
class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

class GeneratePage : public ModePage
{
    Q_OBJECT

public:
    static constexpr int RecordsSignalMs = 500;   // recordsChanged() at most this often

    // Per-character list columns.
    enum CharacterColumn { NameColumn, ProgressColumn, ColumnCount };

    explicit GeneratePage(QWidget *parent = nullptr);
    ~GeneratePage() override;

    QString title() const override { return tr("&Generate"); }
    QString iconName() const override { return QStringLiteral("system-run"); }
    void setDocument(ProjectDocument *document) override;
    void setCurrentCharacter(const QString &name) override;
    void activated() override;
    void recordsUpdated() override;

    // Starting asks first, showing the estimate; tests turn that off.
    void setConfirmBeforeStart(bool confirm) { m_confirm = confirm; }
    // The characters a run started now would work on (empty: all).
    QStringList scopePersonas() const;

    // The run in progress, if any. It lives on the run thread: connect to its signals, but call
    // nothing on it from here; runState() and progress() are its last reported state.
    GenerationRun *run() const { return m_run; }
    GenerationRun::State runState() const { return m_run ? m_runState : GenerationRun::State::Idle; }
    GenerationRun::Progress progress() const { return m_progress; }
    JobQueueModel *jobModel() const { return m_jobs; }
    JobQueueProxy *jobProxy() const { return m_proxy; }
    QTableView *jobView() const { return m_jobView; }
    QTreeWidget *characterProgress() const { return m_characters; }
    QProgressBar *overallProgress() const { return m_overall; }
    QProgressBar *progressFor(const QString &persona) const;
    QLabel *estimateLabel() const { return m_estimate; }
    QLabel *emptyStateLabel() const { return m_empty; }
    QLabel *statsLabel() const { return m_stats; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *pacingLabel() const { return m_pacing; }
    QLabel *providerLabel() const { return m_provider; }
    QLabel *probeLabel() const { return m_probeResult; }
    QFrame *resumeBanner() const { return m_banner; }
    QComboBox *scopeBox() const { return m_scope; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QAction *startAction() const { return m_startAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QPushButton *retryAllButton() const { return m_retryAll; }
    QPushButton *retrySelectedButton() const { return m_retrySelected; }

    // Start a run over `personas` (empty: all); false when it did not start (nothing to do, not
    // confirmed, a configuration error — the page says why).
    bool startRun(const QStringList &personas);
    void togglePause();
    void retryFailed(bool selectedOnly);
    void testConnection();
    void editProvider();
    // The last run of the project, if it did not finish: "running" (a crash) or "interrupted".
    QString unfinishedRunState() const;

signals:
    // A run ended (after the page updated itself); for tests and the status bar.
    void runFinished(const GenerationRun::Summary &summary);

private:
    // The newest run's jobs, read on a worker when a project opens, into the Jobs tab and the log.
    void showLastRun();
    struct LastRun;
    void showPastRun(LastRun read);
    using Estimate = RunEstimate;

    QWidget *createProviderRow();
    QWidget *createRunRow();
    QWidget *createJobsTab();
    GenerationOptions optionsFor(const QStringList &personas) const;
    Estimate estimateFor(const QStringList &personas) const;
    static QString estimateText(const Estimate &estimate);
    void launch(GenerationOptions options, const QStringList &personas, const QString &keychainKey);
    void updateProvider();
    void updateEstimate();
    void showEstimate(const Estimate &estimate, const QStringList &scope);
    void scheduleEstimate();
    void updateScopeBox();
    void updateActions();
    void refreshCharacters();
    // Shows `text` under the progress line in red, whole; hides it when empty.
    void showProblem(const QString &text);
    // Sets a character's bar from m_storedByCategory; returns the records counting toward its target.
    int showProgress(QProgressBar *bar, const PersonaPlan &plan) const;
    void updateBanner();
    void onProgress(const GenerationRun::Progress &progress);
    void onRecordsStored(const QString &persona, const QString &category, int count, int storedNow, int target);
    void onFinished(const GenerationRun::Summary &summary);
    void updatePacing();
    void updateRunStatus();
    void log(const QString &line);

    ProjectDocument *m_document = nullptr;
    QString m_currentCharacter;
    QPointer<GenerationRun> m_run;
    GenerationRun::State m_runState = GenerationRun::State::Idle;
    // Runs live here; m_runHome (on that thread) is the parent of every run, so that whatever is
    // still running when the page goes is deleted on its own thread.
    QThread m_runThread;
    QObject *m_runHome = nullptr;
    // Calls a run's method on the run thread.
    void callRun(void (GenerationRun::*method)());
    void onRunStarted(GenerationRun *run, bool started, const QString &error, const GenerationRun::Progress &progress);
    JobQueueModel *m_jobs;
    JobQueueProxy *m_proxy;
    ApiKeyStore *m_keys;
    QPointer<CapabilityProbe> m_probe;

    QFrame *m_banner;
    QLabel *m_bannerText;
    QLabel *m_provider;
    QLabel *m_probeResult;
    QComboBox *m_scope;
    QDoubleSpinBox *m_budget;
    QLabel *m_estimate;
    QLabel *m_empty;
    QAction *m_startAction;
    QAction *m_pauseAction;
    QAction *m_stopAction;
    QAction *m_cancelAction;
    QProgressBar *m_overall;
    QLabel *m_stats;
    QLabel *m_pacing;
    QLabel *m_problem;   // why the last run could not start or failed; hidden otherwise
    QTabWidget *m_tabs;
    QTreeWidget *m_characters;
    QTableView *m_jobView;
    QComboBox *m_stateFilter;
    QCheckBox *m_onlySelected;
    QPushButton *m_retrySelected;
    QPushButton *m_retryAll;
    QPlainTextEdit *m_log;

    QTimer m_estimateTimer;
    QTimer m_recordsTimer;
    QTimer m_tick;
    Estimate m_lastEstimate;
    quint64 m_estimateTicket = 0;   // the newest estimate asked for; older answers are dropped
    quint64 m_lastRunTicket = 0;    // the same for the newest run's jobs read when a project opens
    QStringList m_lastEstimateScope;
    bool m_estimateCurrent = false;  // m_lastEstimate is for the plan and records as they are
    GenerationRun::Progress m_progress;
    QHash<QString, QHash<QString, int>> m_storedByCategory;   // persona → category → stored
    TierPlan m_plan;   // of the project when the characters were last refreshed; a run reads it per signal
    QString m_retryCause;
    QDeadlineTimer m_retryUntil;
    bool m_confirm = true;
    bool m_starting = false;
};
