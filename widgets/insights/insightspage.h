#pragma once
// InsightsPage: the Insights mode — where the dataset stands and where it is weak, per
// character, as charts: records per character (target, stored, accepted; coloured by tier),
// the selected character's categories, review states, reply and user-message lengths, tokens
// and cost; records per minute and cumulative cost over time; and the quality checks (voice
// distinctness, similarity heat map, confusable pairs, overused phrases, flag counts), which run
// on demand off the GUI thread. Clicking a character's bar selects it and opens the reviewer.

#include "main/modepage.h"
#include "insightsdata.h"
#include "quality/qualityreport.h"

#include <QFutureWatcher>
#include <QTimer>
#include <optional>

class HeatMapWidget;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

class InsightsPage : public ModePage
{
    Q_OBJECT

public:
    explicit InsightsPage(QWidget *parent = nullptr);
    ~InsightsPage() override;

    QString title() const override { return tr("&Insights"); }
    QString iconName() const override { return QStringLiteral("office-chart-bar"); }
    void setDocument(ProjectDocument *document) override;
    void setCurrentCharacter(const QString &name) override;
    void activated() override;
    void recordsUpdated() override;

    // Starts the quality checks on a worker thread; qualityFinished follows.
    void runQualityChecks();
    bool isRunning() const;
    const std::optional<QualityReport> &qualityReport() const { return m_report; }
    QPushButton *runButton() const { return m_runButton; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *overviewView() const { return m_overview; }
    QTreeWidget *phraseTree() const { return m_phrases; }
    QTreeWidget *flagTree() const { return m_flags; }
    // Writes the current tab as PNG or SVG (by the suffix); false on failure.
    bool exportCurrent(const QString &fileName) const;
    // Refreshes the counts now instead of after the usual short pause.
    void refreshNow();

signals:
    void qualityFinished();
    void dataRefreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void showData(const InsightsData &data);
    void showOverview(const InsightsData &data);
    void showCharacter(const InsightsData &data);
    void showTimeline(const InsightsData &data);
    void showQuality();
    void styleChart(QChart *chart) const;
    void restyleAll();
    void openReviewFor(const QString &character);
    void exportDialog(bool svg);

    ProjectDocument *m_document = nullptr;
    QString m_character;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QPushButton *m_runButton;
    QProgressBar *m_progress;
    QToolButton *m_exportButton;
    QChartView *m_overview;
    QLabel *m_characterTitle;
    QChartView *m_categories;
    QChartView *m_statuses;
    QChartView *m_replyLengths;
    QChartView *m_inputLengths;
    QChartView *m_perMinute;
    QChartView *m_cost;
    QWidget *m_qualityTab;
    QChartView *m_distinctness;
    HeatMapWidget *m_heatMap;
    QTreeWidget *m_pairs;
    QTreeWidget *m_phrases;
    QTreeWidget *m_flags;
    QLabel *m_qualityNote;
    QTimer m_refreshTimer;
    QFutureWatcher<InsightsData> m_dataWatcher;
    QFutureWatcher<std::optional<QualityReport>> m_qualityWatcher;
    QString m_qualityError;
    std::optional<QualityReport> m_report;
    bool m_refreshAgain = false;
};
