#pragma once
// HeatMapWidget: the character × character similarity matrix of the Insights page as coloured
// cells with the value in each; hovering names the pair, clicking a cell asks for its row's
// character. Painted by hand: Qt Charts has no heat map.

#include <QWidget>
#include <vector>

class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setMatrix(const QStringList &labels, const std::vector<std::vector<double>> &values);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The columns' short names: the initials ("Ambassador Questa" → "AQ"), with as many more
    // letters of the last word as it takes to tell two apart ("ATe", "ATu" for Ambassador
    // Tegmen and Ambassador Turais), so that no two columns read the same.
    static QStringList columnInitials(const QStringList &labels);

signals:
    void characterClicked(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF gridRect() const;
    int labelWidth() const;
    QPoint cellAt(const QPointF &pos) const;

    QStringList m_labels;
    QStringList m_initials;   // the columns' short names, columnInitials(m_labels)
    std::vector<std::vector<double>> m_values;
    double m_min = 0;
    double m_max = 1;
};
