// ExportDialog, offscreen: settings to widgets and back, the Export button running the export
// on a worker and showing the validation report, the last-used settings stored in studio.json
// and repeated by exportWithLastSettings.

#include "tempproject.h"
#include "testpaths.h"

#include "dataset/datasetstore.h"
#include "export/exportdialog.h"
#include "project/project.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUrl>

// Stands in for the desktop's file manager: the URLs QDesktopServices was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempProject> m_project;

private slots:
    void init()
    {
        m_project = std::make_unique<TempProject>(TestPaths::sampleProject());
        QVERIFY(m_project->isValid());
        DatasetStore store;
        QString error;
        QVERIFY(store.open(QDir(m_project->path()).filePath(QStringLiteral("studio.db")), &error));
        QList<Record> records;
        for (int i = 0; i < 12; ++i) {
            Record r;
            r.persona = i % 2 ? QStringLiteral("Glordon") : QStringLiteral("Olga Solis");
            r.category = QStringLiteral("greeting");
            r.input = QStringLiteral("Question %1").arg(i);
            r.output = QStringLiteral("Answer %1").arg(i);
            r.status = Record::Status::Accepted;
            records << r;
        }
        QVERIFY(store.insertRecords(records, &error));
    }

    void settingsRoundTrip()
    {
        ExportDialog dialog(m_project->path());
        // Without last-used settings: an "export" folder in the project.
        QCOMPARE(dialog.settings().outputDir, QDir(m_project->path()).filePath(QStringLiteral("export")));
        ExportSettings s;
        s.format = ExportFormat::Alpaca;
        s.selection = ExportSettings::Selection::Reviewed;
        s.includeImported = false;
        s.validationSplit = 0.25;
        s.seed = 99;
        s.outputDir = QStringLiteral("/tmp/somewhere");
        s.cutoff = 4096;
        s.splitLong = true;
        dialog.setSettings(s);
        const ExportSettings back = dialog.settings();
        QCOMPARE(back.cutoff, 4096);
        QVERIFY(back.splitLong);
        QVERIFY(ExportSettings::fromJson(back.toJson()).splitLong);
        // Splitting needs a cutoff.
        auto *cutoff = dialog.findChild<QSpinBox *>(QStringLiteral("cutoff"));
        auto *splitLong = dialog.findChild<QCheckBox *>(QStringLiteral("splitLong"));
        cutoff->setValue(0);
        QVERIFY(!splitLong->isEnabled());
        QVERIFY(!dialog.settings().splitLong);
        cutoff->setValue(4096);
        QVERIFY(splitLong->isEnabled());
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("cutoff"))->value(), 4096);
        // As studio.json keeps it.
        QCOMPARE(ExportSettings::fromJson(back.toJson()).cutoff, 4096);
        QCOMPARE(ExportSettings::fromJson(QJsonObject()).cutoff, 0);
        QCOMPARE(back.format, ExportFormat::Alpaca);
        QCOMPARE(back.selection, ExportSettings::Selection::Reviewed);
        QCOMPARE(back.includeImported, false);
        QCOMPARE(back.validationSplit, 0.25);
        QCOMPARE(back.seed, quint64(99));
        QCOMPARE(back.outputDir, QStringLiteral("/tmp/somewhere"));
        // A folder typed as a name is the project's.
        dialog.findChild<QLineEdit *>(QStringLiteral("outDir"))->setText(QStringLiteral("export-v2"));
        QCOMPARE(dialog.settings().outputDir, QDir(m_project->path()).filePath(QStringLiteral("export-v2")));
        dialog.findChild<QCheckBox *>(QStringLiteral("split"))->setChecked(false);
        QCOMPARE(dialog.settings().validationSplit, 0.0);
    }

    // Before anything is written, the dialog says how many records the choice exports — the
    // same number the export then writes.
    void countFollowsTheChoice()
    {
        {
            DatasetStore store;
            QVERIFY(store.open(QDir(m_project->path()).filePath(QStringLiteral("studio.db")), nullptr));
            QList<Record> records;
            for (int i = 0; i < 5; ++i) {
                Record r;
                r.persona = QStringLiteral("Glordon");
                r.output = QStringLiteral("Unreviewed %1").arg(i);
                r.status = i < 2 ? Record::Status::Rejected : Record::Status::Unreviewed;
                r.sourceKind = i == 4 ? Record::SourceKind::Imported : Record::SourceKind::Generated;
                records << r;
            }
            QVERIFY(store.insertRecords(records, nullptr));
        }
        ExportDialog dialog(m_project->path());
        auto *selection = dialog.findChild<QComboBox *>(QStringLiteral("selection"));
        auto *imported = dialog.findChild<QCheckBox *>(QStringLiteral("imported"));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("12 record(s) to export."));   // the 12 accepted ones
        selection->setCurrentIndex(selection->findData(QStringLiteral("reviewed")));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("15 record(s) to export."));   // and 3 unreviewed
        imported->setChecked(false);
        QTRY_COMPARE(dialog.countText(), QStringLiteral("14 record(s) to export."));
        selection->setCurrentIndex(selection->findData(QStringLiteral("all")));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("16 record(s) to export."));
        imported->setChecked(true);
        QTRY_COMPARE(dialog.countText(), QStringLiteral("17 record(s) to export."));

        // The export writes that many.
        QTemporaryDir out;
        dialog.findChild<QLineEdit *>(QStringLiteral("outDir"))->setText(out.path());
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(20000));
        QFile all(QDir(out.path()).filePath(QString::fromLatin1(Exporter::CompleteFile)));
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count('\n'), 17);
    }

    void nothingAcceptedSaysWhatToDo()
    {
        {
            DatasetStore store;
            QVERIFY(store.open(QDir(m_project->path()).filePath(QStringLiteral("studio.db")), nullptr));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE records SET status = 'unreviewed'")));
        }
        ExportDialog dialog(m_project->path());
        QTRY_VERIFY(dialog.countText().startsWith(QStringLiteral("No record is accepted yet")));
        auto *selection = dialog.findChild<QComboBox *>(QStringLiteral("selection"));
        selection->setCurrentIndex(selection->findData(QStringLiteral("reviewed")));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("12 record(s) to export."));
    }

    // Preference pairs come from edited records alone: the record choice does not apply, and
    // with no edit yet the dialog says how pairs are made.
    void preferencePairsCountEditedRecords()
    {
        ExportDialog dialog(m_project->path());
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        auto *selection = dialog.findChild<QComboBox *>(QStringLiteral("selection"));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("12 record(s) to export."));
        format->setCurrentIndex(format->findData(QStringLiteral("dpo")));
        QVERIFY(!selection->isEnabled());
        QTRY_VERIFY2(dialog.countText().startsWith(QStringLiteral("No record is edited yet")), qPrintable(dialog.countText()));
        {
            DatasetStore store;
            QVERIFY(store.open(QDir(m_project->path()).filePath(QStringLiteral("studio.db")), nullptr));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE records SET status = 'edited', edited_output = output || ' (edited)' WHERE id <= 3")));
        }
        format->setCurrentIndex(format->findData(QStringLiteral("openai-chat")));
        QVERIFY(selection->isEnabled());
        QTRY_COMPARE(dialog.countText(), QStringLiteral("12 record(s) to export."));
        format->setCurrentIndex(format->findData(QStringLiteral("dpo")));
        QTRY_COMPARE(dialog.countText(), QStringLiteral("3 record(s) to export."));
        // Remembered settings with the format keep the choice disabled.
        ExportSettings s = dialog.settings();
        ExportDialog again(m_project->path());
        again.setSettings(s);
        QVERIFY(!again.findChild<QComboBox *>(QStringLiteral("selection"))->isEnabled());
    }

    void exportButtonRunsAndShowsReport()
    {
        QTemporaryDir out;
        ExportDialog dialog(m_project->path());
        dialog.findChild<QLineEdit *>(QStringLiteral("outDir"))->setText(out.path());
        QComboBox *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(QStringLiteral("openai-chat")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(!dialog.openFolderButton()->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog.isVisible());   // the report stays on screen
        // Open Folder hands the output folder to the desktop (here, to a handler of file URLs).
        QVERIFY(dialog.openFolderButton()->isVisible());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(out.path())});
        const QString report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("complete_training_set.jsonl")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("OK: no errors")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("glordon_synthetic.jsonl"))));

        // Stored as the last-used settings.
        const Project project = *Project::open(m_project->path()).project;
        const ExportSettings last = ExportSettings::lastUsed(project);
        QCOMPARE(last.outputDir, out.path());
        QCOMPARE(last.format, ExportFormat::OpenAiChat);
    }

    void exportAgainUsesLastSettings()
    {
        QTemporaryDir out;
        ExportSettings s;
        s.format = ExportFormat::Studio;
        s.outputDir = out.path();
        QString error;
        QVERIFY(s.saveAsLastUsed(m_project->path(), &error));

        QWidget parent;
        ExportDialog::exportWithLastSettings(&parent, m_project->path());
        ExportDialog *dialog = parent.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY(dialog->reportText().contains(QStringLiteral("studio format")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("complete_training_set.jsonl"))));
        dialog->close();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
