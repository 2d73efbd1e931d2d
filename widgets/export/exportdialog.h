#pragma once
// ExportDialog: the export settings (format, which records, imported records, validation split
// and seed, output folder), an Export button that runs Exporter on a worker thread, its
// progress, and the validation report of what was written. A successful export stores its
// settings as the project's last-used ones, which exportWithLastSettings() repeats
// (File ▸ Export Again). The main window opens it; the work is all in models/exporting.

#include "exporting/exporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &projectDir, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // "447 records to export", or why there are none; empty while counting.
    QString countText() const;

    ExportSettings settings() const;
    void setSettings(const ExportSettings &settings);

    bool isRunning() const;
    QString reportText() const;
    // "Open Folder": shown once an export has written its files.
    QPushButton *openFolderButton() const { return m_openFolder; }

    // Opens the dialog with the project's last-used settings and starts the export at once;
    // without last-used settings (no output folder yet) it only opens the dialog.
    static void exportWithLastSettings(QWidget *parent, const QString &projectDir);

public slots:
    void startExport();

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    struct Shared;   // progress and the stop request, shared with the worker

    void chooseFolder();
    // Counts, off the GUI thread, the records the settings select, for the line under them.
    void updateCount();
    void onFinished();
    void updateProgress();
    void setBusy(bool busy);

    QString m_projectDir;
    QString m_databasePath;
    QComboBox *m_format = nullptr;
    QComboBox *m_selection = nullptr;
    QCheckBox *m_imported = nullptr;
    QCheckBox *m_split = nullptr;
    QDoubleSpinBox *m_share = nullptr;
    QLineEdit *m_seed = nullptr;
    QLineEdit *m_model = nullptr;
    QSpinBox *m_cutoff = nullptr;
    QCheckBox *m_splitLong = nullptr;
    QLineEdit *m_outDir = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_count = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openFolder = nullptr;   // shown after a successful export
    QString m_exportedTo;
    QTimer *m_poll = nullptr;
    QFutureWatcher<ExportResult> m_watcher;
    QFutureWatcher<QPair<qint64, QString>> m_countWatcher;   // a newer count replaces an older one
    std::shared_ptr<Shared> m_shared;
};
