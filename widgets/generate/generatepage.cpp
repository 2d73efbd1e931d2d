#include "generatepage.h"

#include "apikeystore.h"
#include "dollarbox.h"
#include "dataset/datasetstore.h"
#include "document/projectdocument.h"
#include "generation/capabilityprobe.h"
#include "generation/generationjournal.h"
#include "generation/jobqueuemodel.h"
#include "generation/jobqueueproxy.h"
#include "main/steadybox.h"
#include "main/tone.h"
#include "project/tierplan.h"
#include "providerdialog.h"
#include "util/money.h"
#include "util/workpools.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
// The keychain's key reaches the engine through this process's environment only: the engine
// reads the variable a run names, and the runs table records the name, never the value.
const char KeychainKeyVariable[] = "PERSONA_STUDIO_KEYCHAIN_KEY";

// Dollars in the user's locale: "$0.125" in English, "0,125 $" in Spanish.
QString money(double usd)
{
    return Money::usd(usd, usd < 1 ? 3 : 2);
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return GeneratePage::tr("%1 s").arg(s);
    if (s < 3600)
        return GeneratePage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return GeneratePage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}
}

GeneratePage::GeneratePage(QWidget *parent)
    : ModePage(parent)
    , m_jobs(new JobQueueModel(this))
    , m_proxy(new JobQueueProxy(this))
    , m_keys(new ApiKeyStore(this))
{
    m_proxy->setSourceModel(m_jobs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    m_banner = new QFrame(this);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x30, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *resume = new QPushButton(tr("&Resume Run"), m_banner);
    resume->setToolTip(tr("Start a new run: it continues toward the targets and never stores a record twice"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(resume);
    bannerLayout->addWidget(dismiss);
    connect(resume, &QPushButton::clicked, this, [this] { startRun({}); });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
    layout->addWidget(m_banner);

    layout->addWidget(createProviderRow());
    layout->addWidget(createRunRow());

    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_estimate);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_overall = new QProgressBar(this);
    m_overall->setFormat(tr("%v / %m records (%p%)"));
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_overall->setAccessibleName(tr("Overall progress"));
    layout->addWidget(m_overall);

    auto *statsRow = new QHBoxLayout;
    m_stats = new QLabel(this);
    m_pacing = new QLabel(this);
    m_pacing->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pacing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Both change several times a second during a run; see SteadyBox.
    statsRow->addWidget(new SteadyBox(m_stats), 1);
    statsRow->addWidget(new SteadyBox(m_pacing), 1);
    layout->addLayout(statsRow);
    // Why a run could not start or failed, whole (the pacing line is one line and cuts it).
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Tone::color(Tone::Bad));
    m_problem->setPalette(problemPalette);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget(this);
    m_characters = new QTreeWidget(m_tabs);
    m_characters->setColumnCount(ColumnCount);
    m_characters->setHeaderLabels({tr("Character"), tr("Progress toward the target")});
    m_characters->setRootIsDecorated(false);
    m_characters->setUniformRowHeights(true);
    m_characters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_characters->header()->setStretchLastSection(true);
    m_characters->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_characters->header()->resizeSection(NameColumn, 200);
    connect(m_characters, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit characterRequested(item->text(NameColumn)); });
    m_tabs->addTab(m_characters, tr("Ch&aracters"));
    m_tabs->addTab(createJobsTab(), tr("&Jobs"));
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);   // a long run's log stays cheap
    m_tabs->addTab(m_log, tr("&Log"));
    layout->addWidget(m_tabs, 1);

    m_estimateTimer.setSingleShot(true);
    m_estimateTimer.setInterval(300);
    connect(&m_estimateTimer, &QTimer::timeout, this, &GeneratePage::updateEstimate);
    m_recordsTimer.setSingleShot(true);
    m_recordsTimer.setInterval(RecordsSignalMs);
    connect(&m_recordsTimer, &QTimer::timeout, this, &ModePage::recordsChanged);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updatePacing();
        onProgress(m_progress);
    });

    m_runThread.setObjectName(QStringLiteral("generation run"));
    m_runHome = new QObject;
    m_runHome->moveToThread(&m_runThread);
    m_runThread.start();

    setDocument(nullptr);
}

GeneratePage::~GeneratePage()
{
    // A run still going when the window closes ends here, on its own thread; what it stored is
    // committed.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    QObject *home = m_runHome;
    QMetaObject::invokeMethod(home, [home] { delete home; }, Qt::BlockingQueuedConnection);
    m_runThread.quit();
    m_runThread.wait();
}

void GeneratePage::callRun(void (GenerationRun::*method)())
{
    if (m_run)
        QMetaObject::invokeMethod(m_run.data(), method, Qt::QueuedConnection);
}

QWidget *GeneratePage::createProviderRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    m_provider = new QLabel(row);
    m_provider->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provider->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *settings = new QPushButton(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"), row);
    settings->setToolTip(tr("Provider, model, API key, concurrency, batch size, timeout and prices"));
    auto *test = new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test Connection"), row);
    test->setToolTip(tr("Ask the endpoint whether it answers, accepts the key and honours structured output"));
    connect(settings, &QPushButton::clicked, this, &GeneratePage::editProvider);
    connect(test, &QPushButton::clicked, this, &GeneratePage::testConnection);
    line->addWidget(m_provider, 1);
    line->addWidget(settings);
    line->addWidget(test);
    layout->addLayout(line);
    m_probeResult = new QLabel(row);
    m_probeResult->setWordWrap(true);
    m_probeResult->setTextFormat(Qt::RichText);
    m_probeResult->hide();
    layout->addWidget(m_probeResult);
    return row;
}

QWidget *GeneratePage::createRunRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QToolBar(row);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_startAction = bar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("St&art"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_startAction->setToolTip(tr("Start a run over the scope, after showing the estimate (Ctrl+Return)"));
    m_pauseAction = bar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"));
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Pause: no new requests, those in flight finish and are stored (Ctrl+P; again to resume)"));
    m_stopAction = bar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("St&op"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setToolTip(tr("Stop cleanly: answers in flight are stored, then the run ends (Ctrl+.)"));
    m_cancelAction = bar->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"));
    m_cancelAction->setToolTip(tr("Cancel now: requests in flight are abandoned; what is stored stays"));
    for (QAction *a : {m_startAction, m_pauseAction, m_stopAction})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_startAction, &QAction::triggered, this, [this] { startRun(scopePersonas()); });
    connect(m_pauseAction, &QAction::triggered, this, &GeneratePage::togglePause);
    connect(m_stopAction, &QAction::triggered, this, [this] { callRun(&GenerationRun::stop); });
    connect(m_cancelAction, &QAction::triggered, this, [this] { callRun(&GenerationRun::cancel); });
    layout->addWidget(bar);
    layout->addStretch(1);

    auto *scopeLabel = new QLabel(tr("Sc&ope:"), row);
    m_scope = new QComboBox(row);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setToolTip(tr("Which characters a run works on"));
    scopeLabel->setBuddy(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { scheduleEstimate(); });
    auto *budgetLabel = new QLabel(tr("&Budget:"), row);
    m_budget = new QDoubleSpinBox(row);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    setDollarSign(m_budget);
    m_budget->setSpecialValueText(tr("no limit"));
    m_budget->setToolTip(tr("The run stops before a request could pass this cost"));
    budgetLabel->setBuddy(m_budget);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addWidget(budgetLabel);
    layout->addWidget(m_budget);
    return row;
}

QWidget *GeneratePage::createJobsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_stateFilter = new QComboBox(tab);
    m_stateFilter->addItem(tr("All jobs"), JobQueueProxy::AllJobs);
    m_stateFilter->addItem(tr("Queued and running"), JobQueueProxy::ActiveJobs);
    m_stateFilter->addItem(tr("Done"), JobQueueProxy::DoneJobs);
    m_stateFilter->addItem(tr("Failed or cancelled"), JobQueueProxy::FailedJobs);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(JobQueueProxy::StateFilter(m_stateFilter->currentData().toInt())); });
    m_onlySelected = new QCheckBox(tr("Selected character only"), tab);
    connect(m_onlySelected, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setCharacterFilter(on ? m_currentCharacter : QString()); });
    m_retrySelected = new QPushButton(tr("Retry &Selected"), tab);
    m_retrySelected->setToolTip(tr("Start a run for the characters of the selected failed jobs; it makes up what is missing"));
    m_retryAll = new QPushButton(tr("Retry All &Failed"), tab);
    m_retryAll->setToolTip(tr("Start a run for every character with a failed job"));
    connect(m_retrySelected, &QPushButton::clicked, this, [this] { retryFailed(true); });
    connect(m_retryAll, &QPushButton::clicked, this, [this] { retryFailed(false); });
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_onlySelected);
    filters->addStretch(1);
    filters->addWidget(m_retrySelected);
    filters->addWidget(m_retryAll);
    layout->addLayout(filters);

    m_jobView = new QTableView(tab);
    m_jobView->setModel(m_proxy);
    m_jobView->setSortingEnabled(true);
    m_jobView->sortByColumn(-1, Qt::AscendingOrder);   // the run's order until the user sorts
    m_jobView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobView->setAlternatingRowColors(true);
    m_jobView->setWordWrap(false);
    m_jobView->verticalHeader()->hide();
    m_jobView->verticalHeader()->setDefaultSectionSize(m_jobView->fontMetrics().height() + 6);
    m_jobView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_jobView->horizontalHeader()->setStretchLastSection(false);
    m_jobView->horizontalHeader()->setSectionResizeMode(JobQueueModel::StateColumn, QHeaderView::Stretch);
    const int digit = m_jobView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_jobView->setColumnWidth(JobQueueModel::CharacterColumn, digit * 16);
    m_jobView->setColumnWidth(JobQueueModel::CategoryColumn, digit * 16);
    for (int c : {JobQueueModel::RecordsColumn, JobQueueModel::AttemptsColumn, JobQueueModel::TokensColumn,
                  JobQueueModel::LatencyColumn, JobQueueModel::CostColumn})
        m_jobView->setColumnWidth(c, digit * 9);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GeneratePage::updateActions);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &GeneratePage::updateActions);
    layout->addWidget(m_jobView, 1);
    return tab;
}

void GeneratePage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_run && document != m_document) {
        // The project closes: the run ends cleanly on its own copy of the project, unseen.
        GenerationRun *run = m_run;
        disconnect(run, nullptr, this, nullptr);
        connect(run, &GenerationRun::finished, run, &QObject::deleteLater);
        QMetaObject::invokeMethod(run, &GenerationRun::stop, Qt::QueuedConnection);
        m_jobs->setRun(nullptr);
        m_run = nullptr;
        emit runStatusChanged(QString());
    }
    m_document = document;
    m_jobs->clear();
    m_log->clear();
    m_storedByCategory.clear();
    m_progress = {};
    m_lastEstimate = {};
    m_estimateCurrent = false;
    m_probeResult->hide();
    if (document) {
        connect(document, &ProjectDocument::planChanged, this, [this] {
            updateScopeBox();
            refreshCharacters();
            scheduleEstimate();
        });
        connect(document, &ProjectDocument::charactersChanged, this, [this] {
            updateScopeBox();
            refreshCharacters();
        });
        connect(document, &ProjectDocument::providerSettingsChanged, this, [this] {
            updateProvider();
            scheduleEstimate();
        });
    }
    setEnabled(document != nullptr);
    showLastRun();
    updateProvider();
    updateScopeBox();
    refreshCharacters();
    updateEstimate();
    updateBanner();
    updateActions();
    m_stats->clear();
    m_pacing->clear();
    showProblem(QString());
}

// The newest run as showLastRun() reads it on a worker: what the log line says, and the Jobs
// table's rows, built there too.
struct GeneratePage::LastRun
{
    GenerationJournal::PastRun run;   // without its jobs: they are in `rows`
    JobQueueModel::PastRows rows;
};

void GeneratePage::showLastRun()
{
    // A project opened again shows its newest run's jobs as studio.db keeps them, so a failed
    // job's error can be read, and retried, the next day too. Read on a worker: a run of a
    // million records has hundreds of thousands of jobs (most of a second to read, and a tenth
    // of a second more to make the table's rows of them).
    const quint64 ticket = ++m_lastRunTicket;
    if (!m_document || !QFileInfo::exists(m_document->project().databasePath()))
        return;
    const QString path = m_document->project().databasePath();
    auto *watcher = new QFutureWatcher<LastRun>(this);
    connect(watcher, &QFutureWatcher<LastRun>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        // Another project opened meanwhile, or a run started: its own jobs show.
        if (ticket == m_lastRunTicket && m_document && !m_run && !m_starting)
            showPastRun(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [path] {
        LastRun read;
        DatasetStore store;   // a connection of this thread's own
        if (!store.openReadOnly(path, nullptr))
            return read;
        read.run = GenerationJournal(store.database()).lastRun();
        read.rows = JobQueueModel::pastRunRows(read.run);
        read.run.jobs.clear();
        return read;
    }));
}

void GeneratePage::showPastRun(LastRun read)
{
    const GenerationJournal::PastRun &run = read.run;
    if (run.id == 0)
        return;
    const int jobCount = int(read.rows.size());
    m_jobs->showPastRun(std::move(read.rows));
    const QString words = run.state == QLatin1String("completed")     ? tr("completed")
                          : run.state == QLatin1String("incomplete")  ? tr("ended below some targets")
                          : run.state == QLatin1String("stopped")     ? tr("stopped")
                          : run.state == QLatin1String("budget")      ? tr("stopped at its budget")
                          : run.state == QLatin1String("cancelled")   ? tr("cancelled")
                          : run.state == QLatin1String("failed")      ? tr("failed")
                          : run.state == QLatin1String("interrupted") ? tr("interrupted")
                                                                      : run.state;
    const QDateTime started = QDateTime::fromString(run.startedAt, Qt::ISODateWithMs).toLocalTime();
    log(tr("The last run, started %1, %2: %Ln job(s), %3 failed (its jobs are in the Jobs tab).", nullptr, jobCount)
            .arg(QLocale().toString(started, QLocale::ShortFormat), words)
            .arg(m_jobs->count(GenerationRun::JobState::Failed)));
    updateActions();   // Retry All Failed
}

void GeneratePage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void GeneratePage::setCurrentCharacter(const QString &name)
{
    m_currentCharacter = name;
    updateScopeBox();
    if (m_onlySelected->isChecked())
        m_proxy->setCharacterFilter(name);
    m_onlySelected->setText(name.isEmpty() ? tr("Selected character only") : tr("Only %1").arg(name));
}

void GeneratePage::activated()
{
    if (!m_run)
        scheduleEstimate();
}

void GeneratePage::recordsUpdated()
{
    // Our own run already keeps the counts current; other modes (an import, a review) do not.
    if (m_run)
        return;
    refreshCharacters();
    scheduleEstimate();
}

QStringList GeneratePage::scopePersonas() const
{
    if (!m_document)
        return {};
    const QString kind = m_scope->currentData().toString();
    if (kind == QLatin1String("selected"))
        return m_currentCharacter.isEmpty() ? QStringList() : QStringList{m_currentCharacter};
    if (kind.startsWith(QLatin1String("tier:"))) {
        const QString tier = kind.mid(5);
        for (const Tier &t : m_document->project().tiers) {
            if (t.name == tier)
                return t.members;
        }
    }
    return {};
}

void GeneratePage::updateScopeBox()
{
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All characters"), QStringLiteral("all"));
    if (!m_currentCharacter.isEmpty())
        m_scope->addItem(tr("Selected: %1").arg(m_currentCharacter), QStringLiteral("selected"));
    if (m_document) {
        for (const Tier &t : m_document->project().tiers) {
            if (!t.members.isEmpty() && t.name != Project::UnassignedTier)
                m_scope->addItem(tr("Tier: %1").arg(t.name), QStringLiteral("tier:") + t.name);
        }
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty() && current != QLatin1String("all"))
        scheduleEstimate();
}

void GeneratePage::updateProvider()
{
    if (!m_document) {
        m_provider->clear();
        return;
    }
    const ProjectDocument::ProviderSettings s = m_document->providerSettings();
    const QString key = ApiKeyStore::hasStoredKey(s.generation.baseUrl) ? tr("key in keychain")
                        : ProviderDialog::keyFromEnvironment(s.generation.apiKeyEnv).isEmpty() ? tr("no key")
                                                                                             : tr("key from $%1").arg(s.generation.apiKeyEnv);
    m_provider->setText(tr("<b>Provider:</b> %1 · <b>model</b> %2 · %3 · %n at once", nullptr, s.generation.concurrency)
                            .arg(s.generation.baseUrl.toHtmlEscaped(), s.generation.model.toHtmlEscaped(), key));
    m_provider->setToolTip(s.generation.baseUrl);
}

GenerationOptions GeneratePage::optionsFor(const QStringList &personas) const
{
    GenerationOptions o = GenerationOptions::fromProject(m_document->project());
    o.timeoutMs = m_document->providerSettings().timeoutS * 1000;
    o.personas = personas;
    o.maxCostUsd = m_budget->value() > 0 ? m_budget->value() : -1;
    return o;
}

GeneratePage::Estimate GeneratePage::estimateFor(const QStringList &personas) const
{
    return m_document ? RunEstimate::compute(m_document->project(), optionsFor(personas)) : Estimate();
}

QString GeneratePage::estimateText(const Estimate &e)
{
    if (!e.error.isEmpty())
        return tr("No estimate: %1").arg(e.error);
    const QString cost = e.priceKnown ? tr("≈ %1").arg(money(e.costUsd)) : tr("cost unknown (no price for this model)");
    return tr("<b>Estimate:</b> %n record(s) to generate", nullptr, e.records)
        + tr(" in %n request(s)", nullptr, e.requests)
        + tr(" · ≈ %1 tokens · %2").arg(QLocale().toString(e.tokens()), cost);
}

void GeneratePage::scheduleEstimate()
{
    m_estimateCurrent = false;   // the plan, the scope or the records changed
    m_estimateTimer.start();
}

void GeneratePage::updateEstimate()
{
    m_estimateCurrent = false;
    if (!m_document) {
        m_estimate->setText(tr("Open a project to generate records."));
        m_empty->hide();
        return;
    }
    if (m_run)
        return;   // the run's own figures show; the estimate is for the next start
    // Counted on a worker thread; the newest request wins.
    const quint64 ticket = ++m_estimateTicket;
    const QStringList scope = scopePersonas();
    auto *watcher = new QFutureWatcher<RunEstimate>(this);
    connect(watcher, &QFutureWatcher<RunEstimate>::finished, this, [this, watcher, ticket, scope] {
        watcher->deleteLater();
        if (ticket == m_estimateTicket && m_document && !m_run)
            showEstimate(watcher->result(), scope);
    });
    watcher->setFuture(RunEstimate::start(m_document->project(), optionsFor(scope)));
}

void GeneratePage::showEstimate(const Estimate &estimate, const QStringList &scope)
{
    m_lastEstimate = estimate;
    m_lastEstimateScope = scope;
    m_estimateCurrent = true;
    m_estimate->setText(estimateText(m_lastEstimate));
    const bool nothing = m_lastEstimate.error.isEmpty() && m_lastEstimate.requests == 0;
    m_empty->setText(scope.isEmpty() ? tr("All targets are met — open Review to check records.")
                                               : tr("Every character in this scope is at its target — open Review to check records."));
    m_empty->setVisible(nothing);
    updateBanner();   // it offers to resume only when something is left to do
    updateActions();
}

void GeneratePage::updateActions()
{
    const bool running = m_run != nullptr;
    const bool paused = running && m_runState == GenerationRun::State::Paused;
    const bool stopping = running && m_runState == GenerationRun::State::Stopping;
    m_startAction->setEnabled(m_document && !running && !m_starting && m_lastEstimate.requests > 0);
    m_pauseAction->setEnabled(running && !stopping);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(QIcon::fromTheme(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause")));
    m_stopAction->setEnabled(running && !stopping);
    m_cancelAction->setEnabled(running);
    m_scope->setEnabled(!running);
    m_budget->setEnabled(!running);
    const bool failures = !m_jobs->personasWithFailures().isEmpty();
    m_retryAll->setEnabled(!running && failures);
    bool selectedFailure = false;
    for (const QModelIndex &index : m_jobView->selectionModel()->selectedRows()) {
        const auto state = GenerationRun::JobState(index.data(JobQueueModel::JobStateRole).toInt());
        selectedFailure |= state == GenerationRun::JobState::Failed || state == GenerationRun::JobState::Cancelled;
    }
    m_retrySelected->setEnabled(!running && selectedFailure);
}

void GeneratePage::refreshCharacters()
{
    m_storedByCategory.clear();
    m_characters->clear();
    m_plan = {};
    if (!m_document)
        return;
    const Project &project = m_document->project();
    if (QFileInfo::exists(project.databasePath())) {
        DatasetStore store;
        QString error;
        if (store.open(project.databasePath(), &error))
            m_storedByCategory = store.countsByPersonaCategory();
    }
    m_plan = TierPlan::compute(project);
    const TierPlan &plan = m_plan;
    int stored = 0;
    for (const PersonaPlan &p : plan.personas) {
        auto *item = new QTreeWidgetItem(m_characters, {p.name});
        item->setData(NameColumn, Qt::UserRole, p.target);
        auto *bar = new QProgressBar(m_characters);
        bar->setRange(0, std::max(1, p.target));
        bar->setAccessibleName(tr("%1 progress").arg(p.name));
        m_characters->setItemWidget(item, ProgressColumn, bar);
        stored += showProgress(bar, p);
    }
    m_overall->setRange(0, std::max(1, plan.total));
    m_overall->setValue(std::min(stored, std::max(1, plan.total)));
}

int GeneratePage::showProgress(QProgressBar *bar, const PersonaPlan &p) const
{
    // A target is split over the character's categories: a category's records beyond its share,
    // and records in categories the plan does not have (imported ones, or categories since
    // removed), are stored but do not count toward it. The character list counts them all.
    const QHash<QString, int> byCategory = m_storedByCategory.value(p.name);
    int done = 0;
    for (const auto &[category, target] : p.categories)
        done += std::min(target, byCategory.value(category));
    int all = 0;
    for (const int n : byCategory)
        all += n;
    const int other = std::max(0, all - done);
    bar->setValue(std::min(done, bar->maximum()));
    if (p.target == 0)
        bar->setFormat(all ? tr("no target · %Ln stored", nullptr, all) : tr("no target"));
    else if (other > 0)
        bar->setFormat(tr("%1 / %2 · %3 more not counted").arg(QLocale().toString(done), QLocale().toString(p.target), QLocale().toString(other)));
    else
        bar->setFormat(tr("%1 / %2").arg(QLocale().toString(done), QLocale().toString(p.target)));
    bar->setToolTip(other > 0 && p.target > 0 ? tr("%1 of %2's records count toward the target of %3: the target is split over the plan's categories, "
                                   "and the other %4 are in categories the plan does not have or beyond a category's share.")
                                    .arg(QLocale().toString(done), p.name, QLocale().toString(p.target), QLocale().toString(other))
                              : QString());
    return done;
}

QProgressBar *GeneratePage::progressFor(const QString &persona) const
{
    for (int i = 0; i < m_characters->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_characters->topLevelItem(i);
        if (item->text(NameColumn) == persona)
            return qobject_cast<QProgressBar *>(m_characters->itemWidget(item, ProgressColumn));
    }
    return nullptr;
}

QString GeneratePage::unfinishedRunState() const
{
    if (!m_document || !QFileInfo::exists(m_document->project().databasePath()))
        return {};
    DatasetStore store;
    QString error;
    if (!store.open(m_document->project().databasePath(), &error))
        return {};
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT state FROM runs ORDER BY id DESC LIMIT 1")) || !q.next())
        return {};
    const QString state = q.value(0).toString();
    return state == QLatin1String("running") || state == QLatin1String("interrupted") ? state : QString();
}

void GeneratePage::updateBanner()
{
    const QString state = m_run ? QString() : unfinishedRunState();
    if (state.isEmpty() || m_lastEstimate.requests == 0) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(tr("<b>The last run did not finish</b> (%1). Stored: %2 of %Ln record(s); resuming continues toward the targets without duplicates.",
                             nullptr, m_overall->maximum())
                              .arg(state == QLatin1String("running") ? tr("the studio closed while it ran") : tr("interrupted"),
                                   QLocale().toString(m_overall->value())));
    m_banner->show();
}

bool GeneratePage::startRun(const QStringList &personas)
{
    if (!m_document || m_run || m_starting)
        return false;
    // The estimate on show when it is for this scope and nothing changed since; else counted
    // now (every prompt's tokens: tens of milliseconds for the sample plan).
    const Estimate estimate = m_estimateCurrent && personas == m_lastEstimateScope ? m_lastEstimate : estimateFor(personas);
    if (!estimate.error.isEmpty()) {
        m_pacing->setText(tr("Cannot start: %1").arg(estimate.error));
        showProblem(m_pacing->text());
        return false;
    }
    if (estimate.requests == 0) {
        m_pacing->setText(tr("Nothing to generate: every target in this scope is met."));
        return false;
    }
    if (m_confirm) {
        const QString scope = personas.isEmpty() ? tr("all characters") : personas.join(QStringLiteral(", "));
        QMessageBox box(QMessageBox::Question, tr("Start Run"),
                        tr("Generate for %1 with %2 at %3?").arg(scope.toHtmlEscaped(), m_document->project().generation.model.toHtmlEscaped(),
                                                                   m_document->project().generation.baseUrl.toHtmlEscaped()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(estimateText(estimate)
                               + (m_budget->value() > 0 ? tr("<br>The run stops at the budget of %1.").arg(money(m_budget->value())) : QString()));
        box.button(QMessageBox::Yes)->setText(tr("Start"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    GenerationOptions options = optionsFor(personas);
    if (options.apiKey().isEmpty() && ApiKeyStore::hasStoredKey(options.baseUrl)) {
        // The keychain may ask to be unlocked: start when it answers, never wait for it here.
        m_starting = true;
        updateActions();
        m_pacing->setText(tr("Reading the API key from the keychain…"));
        m_keys->read(options.baseUrl, [this, options, personas](const QString &key, const QString &error) {
            m_starting = false;
            if (!error.isEmpty())
                log(tr("Keychain: %1").arg(error));
            if (m_document)
                launch(options, personas, key);
            updateActions();
        });
        return true;
    }
    launch(options, personas, QString());
    return m_run != nullptr;
}

void GeneratePage::launch(GenerationOptions options, const QStringList &personas, const QString &keychainKey)
{
    if (!keychainKey.isEmpty()) {
        qputenv(KeychainKeyVariable, keychainKey.toUtf8());
        options.apiKeyEnv = QString::fromLatin1(KeychainKeyVariable);
    }
    refreshCharacters();   // counts from other modes (an import) since the page last looked
    m_estimateCurrent = false;   // the run changes what is left to do
    // No parent here: the run moves to the run thread, where m_runHome adopts it.
    auto *run = new GenerationRun(m_document->project(), options);
    run->moveToThread(&m_runThread);
    m_jobs->removeUnfinished(personas);
    m_jobs->setRun(run);
    m_run = run;
    m_runState = GenerationRun::State::Idle;
    m_retryUntil = QDeadlineTimer();
    m_retryCause.clear();
    connect(run, &GenerationRun::progressChanged, this, &GeneratePage::onProgress);
    connect(run, &GenerationRun::recordsStored, this, &GeneratePage::onRecordsStored);
    connect(run, &GenerationRun::retryScheduled, this, [this](const GenerationRun::Job &job, const QString &cause, qint64 delayMs) {
        m_retryCause = cause;
        m_retryUntil = QDeadlineTimer(delayMs);
        log(tr("%1 / %2: retry in %3 (%4)").arg(job.persona, job.category, duration(delayMs), JobQueueModel::causeText(cause)));
        updatePacing();
    });
    connect(run, &GenerationRun::stateChanged, this, [this](GenerationRun::State state) {
        m_runState = state;
        updateActions();
        updatePacing();
        updateRunStatus();
    });
    connect(run, &GenerationRun::message, this, &GeneratePage::log);
    connect(run, &GenerationRun::finished, this, &GeneratePage::onFinished);
    m_banner->hide();
    m_empty->hide();
    log(tr("Run started: %1 at %2, %n request(s) planned", nullptr, m_lastEstimate.requests).arg(options.model, options.baseUrl));
    m_pacing->setText(tr("Starting…"));
    showProblem(QString());
    updateActions();
    // start() reads what is stored (for the duplicate checks) and opens the journal: on the run
    // thread too. The answer comes back here as a queued call.
    QObject *home = m_runHome;
    QMetaObject::invokeMethod(home, [this, run, home] {
        run->setParent(home);
        QString error;
        const bool started = run->start(&error);
        const GenerationRun::Progress progress = run->progress();
        QMetaObject::invokeMethod(this, [this, run, started, error, progress] { onRunStarted(run, started, error, progress); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void GeneratePage::onRunStarted(GenerationRun *run, bool started, const QString &error, const GenerationRun::Progress &progress)
{
    if (run != m_run)
        return;   // the project closed meanwhile; that run was told to stop
    if (!started) {
        m_jobs->setRun(nullptr);
        m_run = nullptr;
        disconnect(run, nullptr, this, nullptr);
        run->deleteLater();
        m_pacing->setText(tr("Cannot start: %1").arg(error));
        showProblem(m_pacing->text());
        log(tr("Cannot start: %1").arg(error));
        updateActions();
        return;
    }
    if (m_runState == GenerationRun::State::Idle)
        m_runState = GenerationRun::State::Running;
    m_tick.start();
    m_progress = progress;
    onProgress(m_progress);
    updateActions();
    updatePacing();
}

void GeneratePage::togglePause()
{
    if (!m_run)
        return;
    // Idle: the run is still starting on its thread; the pause is queued behind the start.
    if (m_runState == GenerationRun::State::Paused)
        callRun(&GenerationRun::resume);
    else if (m_runState == GenerationRun::State::Running || m_runState == GenerationRun::State::Idle)
        callRun(&GenerationRun::pause);
}

void GeneratePage::retryFailed(bool selectedOnly)
{
    QStringList personas;
    if (selectedOnly) {
        for (const QModelIndex &index : m_jobView->selectionModel()->selectedRows()) {
            const auto state = GenerationRun::JobState(index.data(JobQueueModel::JobStateRole).toInt());
            const QString persona = index.data(JobQueueModel::PersonaRole).toString();
            if ((state == GenerationRun::JobState::Failed || state == GenerationRun::JobState::Cancelled) && !personas.contains(persona))
                personas << persona;
        }
    } else {
        personas = m_jobs->personasWithFailures();
    }
    if (!personas.isEmpty())
        startRun(personas);
}

void GeneratePage::onProgress(const GenerationRun::Progress &progress)
{
    m_progress = progress;
    if (!m_run)
        return;
    // The overall bar counts the whole plan, so a run over one tier still shows the project's state.
    int stored = 0;
    int total = 0;
    for (const PersonaPlan &p : m_plan.personas) {
        for (const auto &[category, target] : p.categories)
            stored += std::min(target, m_storedByCategory.value(p.name).value(category));
        total += p.target;
    }
    m_overall->setRange(0, std::max(1, total));
    m_overall->setValue(std::min(stored, std::max(1, total)));

    QStringList parts;
    const double minutes = progress.elapsedMs / 60000.0;
    const double perMinute = minutes > 0.01 ? progress.storedThisRun / minutes : 0;
    parts << tr("%1 records/min").arg(QLocale().toString(perMinute, 'f', 0));
    const int remaining = std::max(0, progress.target - progress.stored);
    if (perMinute > 0 && remaining > 0)
        parts << tr("ETA %1").arg(duration(qint64(remaining / perMinute * 60000)));
    parts << (m_lastEstimate.priceKnown ? tr("%1 spent of ≈ %2 estimated").arg(money(progress.costUsd), money(m_lastEstimate.costUsd))
                                        : tr("%1 tokens").arg(QLocale().toString(progress.promptTokens + progress.completionTokens)));
    m_stats->setText(parts.join(QStringLiteral(" · ")));
    updateRunStatus();
}

void GeneratePage::onRecordsStored(const QString &persona, const QString &category, int count, int storedNow, int target)
{
    Q_UNUSED(count)
    Q_UNUSED(target)
    m_storedByCategory[persona][category] = storedNow;
    if (QProgressBar *bar = progressFor(persona)) {
        if (const PersonaPlan *p = m_plan.persona(persona))
            showProgress(bar, *p);
    }
    if (!m_recordsTimer.isActive())
        m_recordsTimer.start();
}

void GeneratePage::onFinished(const GenerationRun::Summary &summary)
{
    GenerationRun *run = m_run;
    m_tick.stop();
    m_jobs->flush();
    m_jobs->setRun(nullptr);
    m_run = nullptr;
    if (run)
        run->deleteLater();
    int storedThisRun = 0;
    for (int n : summary.storedThisRun)
        storedThisRun += n;
    QString text;
    switch (summary.outcome) {
    case GenerationRun::Summary::Outcome::Completed:
        text = tr("Run completed: %n record(s) stored", nullptr, storedThisRun);
        break;
    case GenerationRun::Summary::Outcome::Incomplete:
        text = tr("Run ended short of the targets (%1): %n record(s) stored", nullptr, storedThisRun)
                   .arg(summary.givenUp.join(QStringLiteral(", ")));
        break;
    case GenerationRun::Summary::Outcome::Stopped:
        text = tr("Run stopped: %n record(s) stored", nullptr, storedThisRun);
        break;
    case GenerationRun::Summary::Outcome::BudgetReached:
        text = tr("Budget reached: %n record(s) stored", nullptr, storedThisRun);
        break;
    case GenerationRun::Summary::Outcome::Cancelled:
        text = tr("Run cancelled: %n record(s) stored", nullptr, storedThisRun);
        break;
    case GenerationRun::Summary::Outcome::Failed:
        text = tr("Run failed: %1").arg(summary.error);
        break;
    }
    const QString costAndTime = tr(" · %1 · %2").arg(money(summary.costUsd), duration(summary.wallMs));
    text += costAndTime;
    const bool failed = summary.outcome == GenerationRun::Summary::Outcome::Failed;
    // A failure's reason goes whole under the progress line; the pacing line keeps it short.
    m_pacing->setText(failed ? tr("Run failed") + costAndTime : text);
    showProblem(failed ? tr("Run failed: %1").arg(summary.error) : QString());
    log(text);
    m_recordsTimer.stop();
    emit recordsChanged();
    emit runStatusChanged(QString());
    refreshCharacters();
    updateEstimate();
    updateActions();
    emit runFinished(summary);
}

void GeneratePage::updatePacing()
{
    if (!m_run)
        return;
    QString text;
    const GenerationRun::State state = m_runState;
    if (state == GenerationRun::State::Paused) {
        text = m_progress.inFlight ? tr("Paused — %n request(s) in flight finish and are stored", nullptr, m_progress.inFlight) : tr("Paused");
    } else if (state == GenerationRun::State::Stopping) {
        text = tr("Stopping — storing the answers in flight");
    } else if (!m_retryCause.isEmpty() && !m_retryUntil.hasExpired()) {
        text = tr("waiting %1: %2").arg(duration(m_retryUntil.remainingTime()), JobQueueModel::causeText(m_retryCause));
    } else {
        text = tr("%1 of %Ln request(s) in flight", nullptr, m_progress.concurrencyLimit).arg(m_progress.inFlight);
    }
    m_pacing->setText(text);
}

void GeneratePage::updateRunStatus()
{
    if (!m_run)
        return;
    const QString cost = money(m_progress.costUsd);
    if (m_runState == GenerationRun::State::Paused)
        emit runStatusChanged(tr("Run paused · %1").arg(cost));
    else
        emit runStatusChanged(tr("%n job(s) running · %1", nullptr, m_progress.inFlight).arg(cost));
}

void GeneratePage::log(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void GeneratePage::testConnection()
{
    if (!m_document)
        return;
    const ProjectDocument::ProviderSettings s = m_document->providerSettings();
    auto begin = [this, s](const QString &key) {
        delete m_probe;
        m_probe = new CapabilityProbe(s.generation.baseUrl, key, s.generation.model, this);
        m_probeResult->setText(tr("Testing %1…").arg(s.generation.baseUrl.toHtmlEscaped()));
        m_probeResult->show();
        CapabilityProbe *probe = m_probe;
        connect(probe, &CapabilityProbe::finished, this, [this, probe, model = s.generation.model](const CapabilityProbe::Result &r) {
            m_probeResult->setText(ProviderDialog::probeText(CapabilityProbe::describe(r, model), r.reachable && r.keyAccepted && r.completionWorks));
            probe->deleteLater();
        });
        probe->start(std::min(30, s.timeoutS) * 1000);
    };
    const QString envKey = ProviderDialog::keyFromEnvironment(s.generation.apiKeyEnv);
    if (envKey.isEmpty() && ApiKeyStore::hasStoredKey(s.generation.baseUrl))
        m_keys->read(s.generation.baseUrl, [begin](const QString &key, const QString &) { begin(key); });
    else
        begin(envKey);
}

void GeneratePage::editProvider()
{
    if (!m_document)
        return;
    ProviderDialog dialog(m_document->providerSettings(), this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const ProjectDocument::ProviderSettings s = dialog.settings();
    if (dialog.keyEdited()) {
        m_keys->write(s.generation.baseUrl, dialog.typedKey(), [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Key not stored"), tr("The keychain did not store the key: %1").arg(error));
            updateProvider();
        });
    }
    m_document->setProviderSettings(s);
}
