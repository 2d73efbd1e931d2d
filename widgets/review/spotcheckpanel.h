#pragma once
// SpotCheckPanel: the Review mode's sampling controls — N records per character or a percentage,
// a seed the reviewer can read and type back to draw the same sample, Start / End — and the
// per-character table: checked / total, rejected, and the acceptance rate with its 95% interval.

#include "dataset/reviewsampler.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

class SpotCheckPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { CharacterColumn, CheckedColumn, RejectedColumn, RateColumn, ColumnCount };

    explicit SpotCheckPanel(QWidget *parent = nullptr);

    quint64 seed() const;
    void setSeed(quint64 seed);
    int perPersona() const;     // 0 when a percentage is chosen
    double percent() const;
    // Shows a sample's size: N per character, or the percentage when perPersona is 0.
    void setSize(int perPersona, double percent);
    void setSampleActive(bool active, quint64 seed = 0);
    // While a draw runs on a worker: Start is disabled and the title says so.
    void setDrawing(bool drawing);
    void setProgress(const QList<ReviewProgress> &progress);
    QTreeWidget *table() const { return m_table; }
    QPushButton *startButton() const { return m_start; }

    static QString rateText(const ReviewProgress &progress);

signals:
    void startRequested();
    void endRequested();

private:
    QComboBox *m_kind;
    QSpinBox *m_count;
    QDoubleSpinBox *m_percent;
    QLineEdit *m_seed;
    QPushButton *m_start;
    QPushButton *m_end;
    QLabel *m_title;
    QTreeWidget *m_table;
};
