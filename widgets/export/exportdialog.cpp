#include "exportdialog.h"

#include "project/project.h"
#include "util/translations.h"
#include "util/workpools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <climits>

// The worker writes, the dialog reads (polled by a timer): no signal ever targets a dialog
// that may already be gone, and closing the dialog only has to set `stop` and wait.
struct ExportDialog::Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> stop{false};
};

ExportDialog::ExportDialog(const QString &projectDir, QWidget *parent)
    : QDialog(parent), m_projectDir(projectDir)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    const QStringList formatLabels = {tr("Studio records (persona, category, instruction, input, output)"),
                                      tr("OpenAI chat fine-tuning (messages)"), tr("ShareGPT (conversations)"),
                                      tr("Alpaca (instruction, input, output)"), tr("Hugging Face messages (TRL, axolotl, LLaMA-Factory, unsloth)"),
                                      tr("Preference pairs for DPO: your edit chosen, the generated reply rejected (TRL)")};
    const QList<ExportFormat> formats = {ExportFormat::Studio, ExportFormat::OpenAiChat, ExportFormat::ShareGpt, ExportFormat::Alpaca,
                                         ExportFormat::HfMessages, ExportFormat::Preference};
    for (qsizetype i = 0; i < formats.size(); ++i)
        m_format->addItem(formatLabels[i], ExportFormats::name(formats[i]));

    m_selection = new QComboBox(this);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->addItem(tr("Accepted and edited records"), ExportSettings::selectionName(ExportSettings::Selection::Accepted));
    m_selection->addItem(tr("Everything not rejected"), ExportSettings::selectionName(ExportSettings::Selection::Reviewed));
    m_selection->addItem(tr("All records"), ExportSettings::selectionName(ExportSettings::Selection::All));

    m_imported = new QCheckBox(tr("Include &imported records"), this);
    m_imported->setObjectName(QStringLiteral("imported"));

    m_split = new QCheckBox(tr("&Validation split"), this);
    m_split->setObjectName(QStringLiteral("split"));
    m_share = new QDoubleSpinBox(this);
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setRange(0.01, 0.5);
    m_share->setSingleStep(0.05);
    m_share->setDecimals(2);
    m_share->setValue(0.1);
    m_share->setToolTip(tr("Share of each character's records written to validation.jsonl"));
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed gives the same split"));
    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_split);
    splitRow->addWidget(m_share);
    auto *seedLabel = new QLabel(tr("see&d"), this);
    seedLabel->setBuddy(m_seed);
    splitRow->addWidget(seedLabel);
    splitRow->addWidget(m_seed);
    connect(m_split, &QCheckBox::toggled, m_share, &QWidget::setEnabled);
    connect(m_split, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);

    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setToolTip(tr("Fine-tuning model for the validation's token limit and cost estimate"));
    // Files trained locally: the trainer's own limit, past which it cuts examples off.
    m_cutoff = new QSpinBox(this);
    m_cutoff->setObjectName(QStringLiteral("cutoff"));
    m_cutoff->setRange(0, 1048576);
    m_cutoff->setSingleStep(1024);
    m_cutoff->setSpecialValueText(tr("none"));
    m_cutoff->setSuffix(tr(" tokens"));
    m_cutoff->setMinimumWidth(m_cutoff->fontMetrics().horizontalAdvance(QStringLiteral("1,048,576 tokens")) + 40);
    m_cutoff->setToolTip(tr("The sequence length of the trainer the files are for (LLaMA-Factory's cutoff_len, TRL's max_length, "
                            "axolotl's sequence_len): the validation names the longer examples, whose ends the trainer cuts off"));

    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_browse = new QPushButton(tr("C&hoose…"), this);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(m_browse);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setWordWrap(true);
    connect(m_selection, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCount);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Pairs come from edited records alone, whatever else the choice would include.
        m_selection->setEnabled(!isRunning() && !ExportFormats::needsEdit(settings().format));
        updateCount();
    });
    connect(m_imported, &QCheckBox::toggled, this, &ExportDialog::updateCount);
    connect(&m_countWatcher, &QFutureWatcher<QPair<qint64, QString>>::finished, this, [this] {
        if (!m_countWatcher.isFinished())
            return;   // an older count's signal, after a newer count started
        const auto [count, error] = m_countWatcher.result();
        if (count < 0)
            m_count->setText(tr("The records cannot be counted: %1").arg(error));
        else if (count > 0)
            m_count->setText(tr("%Ln record(s) to export.", nullptr, int(std::min<qint64>(count, INT_MAX))));
        else if (ExportFormats::needsEdit(settings().format))
            m_count->setText(tr("No record is edited yet: a pair is a generated reply and your edit of it (E in the Review mode)."));
        else if (settings().selection == ExportSettings::Selection::Accepted)
            m_count->setText(tr("No record is accepted yet: accept records in the Review mode, or choose "
                                "\"Everything not rejected\"."));
        else
            m_count->setText(tr("No record to export with this choice."));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Records:"), m_selection);
    form->addRow(QString(), m_imported);
    form->addRow(QString(), m_count);
    form->addRow(QString(), splitRow);
    form->addRow(tr("Va&lidate for:"), m_model);
    m_splitLong = new QCheckBox(tr("&Split longer conversations to fit"), this);
    m_splitLong->setObjectName(QStringLiteral("splitLong"));
    m_splitLong->setToolTip(tr("Write a conversation longer than the cutoff as several examples of whole exchanges that each fit, "
                               "rather than leave the trainer to cut its end off"));
    m_splitLong->setEnabled(false);
    connect(m_cutoff, &QSpinBox::valueChanged, this, [this](int value) { m_splitLong->setEnabled(value > 0 && !isRunning()); });
    auto *cutoffRow = new QHBoxLayout;
    cutoffRow->addWidget(m_cutoff);
    cutoffRow->addWidget(m_splitLong);
    cutoffRow->addStretch(1);
    // Rows of several widgets: the label's letter reaches the first.
    auto *cutoffLabel = new QLabel(tr("&Trainer's cutoff:"), this);
    cutoffLabel->setBuddy(m_cutoff);
    form->addRow(cutoffLabel, cutoffRow);
    auto *outLabel = new QLabel(tr("&Output folder:"), this);
    outLabel->setBuddy(m_outDir);
    form->addRow(outLabel, outRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("The validation report of the exported files appears here."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    // AcceptRole would close the dialog; the report has to stay visible.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    // After an export: the files in the desktop's file manager.
    m_openFolder = m_buttons->addButton(tr("O&pen Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedTo)))
            m_status->setText(tr("No file manager opened %1.").arg(QDir::toNativeSeparators(m_exportedTo)));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    resize(720, 560);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportDialog::updateProgress);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportDialog::onFinished);

    // The project's last-used settings, else the defaults with an "export" folder inside it.
    const Project::OpenResult opened = Project::open(projectDir);
    m_databasePath = opened.project ? opened.project->databasePath() : QDir(projectDir).filePath(QStringLiteral("studio.db"));
    ExportSettings initial = opened.project ? ExportSettings::lastUsed(*opened.project) : ExportSettings();
    if (initial.outputDir.isEmpty())
        initial.outputDir = QDir(projectDir).filePath(QStringLiteral("export"));
    setSettings(initial);
    updateCount();
}

ExportDialog::~ExportDialog()
{
    if (m_shared)
        m_shared->stop = true;
    m_watcher.waitForFinished();
    m_countWatcher.waitForFinished();
}

QString ExportDialog::countText() const
{
    return m_countWatcher.isRunning() ? QString() : m_count->text();
}

void ExportDialog::updateCount()
{
    if (!m_count)
        return;   // setSettings() in the constructor, before the label exists
    // A million records take a moment (the table is read when imported ones are left out).
    m_countWatcher.setFuture(QtConcurrent::run(WorkPools::background(), [path = m_databasePath, s = settings()] {
        QString error;
        const qint64 count = Exporter::countSelected(path, s, &error);
        return qMakePair(count, error);
    }));
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportFormats::fromName(m_format->currentData().toString()).value_or(ExportFormat::OpenAiChat);
    s.selection = ExportSettings::selectionFromName(m_selection->currentData().toString()).value_or(ExportSettings::Selection::Accepted);
    s.includeImported = m_imported->isChecked();
    s.validationSplit = m_split->isChecked() ? m_share->value() : 0;
    s.seed = m_seed->text().toULongLong();
    s.model = m_model->text().trimmed().isEmpty() ? ExportSettings().model : m_model->text().trimmed();
    s.cutoff = m_cutoff->value();
    s.splitLong = s.cutoff > 0 && m_splitLong->isChecked();
    s.outputDir = m_outDir->text().trimmed();
    // A folder typed as a name ("export-v2") is the project's, not the current directory's.
    if (!s.outputDir.isEmpty() && QDir::isRelativePath(QDir::fromNativeSeparators(s.outputDir)))
        s.outputDir = QDir::cleanPath(QDir(m_projectDir).absoluteFilePath(QDir::fromNativeSeparators(s.outputDir)));
    return s;
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_selection->setCurrentIndex(std::max(0, m_selection->findData(ExportSettings::selectionName(s.selection))));
    m_format->setCurrentIndex(std::max(0, m_format->findData(ExportFormats::name(s.format))));
    m_selection->setEnabled(!ExportFormats::needsEdit(s.format));
    m_imported->setChecked(s.includeImported);
    m_split->setChecked(s.validationSplit > 0);
    if (s.validationSplit > 0)
        m_share->setValue(s.validationSplit);
    m_share->setEnabled(s.validationSplit > 0);
    m_seed->setEnabled(s.validationSplit > 0);
    m_seed->setText(QString::number(s.seed));
    m_model->setText(s.model);
    m_cutoff->setValue(int(std::min<qint64>(s.cutoff, m_cutoff->maximum())));
    m_splitLong->setChecked(s.splitLong);
    m_splitLong->setEnabled(s.cutoff > 0);
    m_outDir->setText(s.outputDir);
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

QString ExportDialog::reportText() const
{
    return m_report->toPlainText();
}

void ExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to"), m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(dir);
}

void ExportDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_selection), static_cast<QWidget *>(m_imported),
                       static_cast<QWidget *>(m_split), static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_cutoff), static_cast<QWidget *>(m_outDir),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(!busy);
    m_selection->setEnabled(!busy && !ExportFormats::needsEdit(settings().format));
    m_share->setEnabled(!busy && m_split->isChecked());
    m_splitLong->setEnabled(!busy && m_cutoff->value() > 0);
    m_seed->setEnabled(!busy && m_split->isChecked());
    m_progress->setVisible(busy);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const ExportSettings s = settings();
    if (s.outputDir.isEmpty()) {
        m_status->setText(tr("Choose an output folder first."));
        return;
    }
    m_report->clear();
    m_openFolder->hide();
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(s.outputDir)));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    const QString projectDir = m_projectDir;
    // Everything runs on the worker: loading the project, the export (which opens its own
    // DatasetStore there), the validation and storing the settings.
    m_watcher.setFuture(QtConcurrent::run(WorkPools::background(), [shared, projectDir, s]() -> ExportResult {
        const Project::OpenResult opened = Project::open(projectDir);
        if (!opened.project) {
            ExportResult failed;
            failed.error = opened.error;
            return failed;
        }
        ExportResult result = Exporter::run(*opened.project, s, [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->stop.load();
        });
        if (result.ok) {
            QString error;
            if (!s.saveAsLastUsed(projectDir, &error))
                result.error = error;   // the export itself succeeded; say why "Export Again" will not repeat it
        }
        return result;
    }));
    m_poll->start();
}

void ExportDialog::updateProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(m_shared->done * 1000 / total));
        m_progress->setFormat(tr("%1 of %Ln record(s)", nullptr, pluralCount(total)).arg(QLocale().toString(m_shared->done.load())));
    }
}

void ExportDialog::onFinished()
{
    m_poll->stop();
    setBusy(false);
    const ExportResult result = m_watcher.result();
    m_report->setPlainText(result.toText());
    m_exportedTo = result.outputDir;
    m_openFolder->setVisible(result.ok);
    if (!result.ok)
        m_status->setText(result.cancelled ? tr("Export stopped; no file was changed.") : tr("Export failed: %1").arg(result.error));
    else if (result.validationRejected())
        m_status->setText(tr("Exported, but a trainer would reject the file: see the report."));
    else if (!result.error.isEmpty())
        m_status->setText(tr("Exported and valid; the settings could not be remembered: %1").arg(result.error));
    else
        m_status->setText(tr("Exported and valid."));
    emit exportFinished(result.ok);
}

void ExportDialog::reject()
{
    // Closing while exporting stops the export; the old files stay as they were.
    if (isRunning()) {
        m_shared->stop = true;
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

void ExportDialog::exportWithLastSettings(QWidget *parent, const QString &projectDir)
{
    auto *dialog = new ExportDialog(projectDir, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Project::OpenResult opened = Project::open(projectDir);
    const bool haveLast = opened.project && !ExportSettings::lastUsed(*opened.project).outputDir.isEmpty();
    dialog->show();
    if (haveLast)
        dialog->startExport();
}
