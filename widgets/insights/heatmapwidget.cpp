#include "heatmapwidget.h"

#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

// Cool (distinct) to warm (alike) for t in 0..1, the same hues in both themes.
QColor cellColor(double t, bool dark)
{
    return QColor::fromHsvF(float(0.62 - 0.62 * t), float(0.25 + 0.6 * t), float(dark ? 0.45 + 0.45 * t : 0.98 - 0.2 * t));
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatMapWidget::setMatrix(const QStringList &labels, const std::vector<std::vector<double>> &values)
{
    m_labels = labels;
    m_initials = columnInitials(labels);
    m_values = values;
    // Off-diagonal values only: the diagonal is always 1 and would flatten the scale.
    m_min = 1;
    m_max = 0;
    for (size_t a = 0; a < values.size(); ++a)
        for (size_t b = 0; b < values[a].size(); ++b) {
            if (a != b) {
                m_min = std::min(m_min, values[a][b]);
                m_max = std::max(m_max, values[a][b]);
            }
        }
    if (m_max <= m_min) {
        m_min = 0;
        m_max = 1;
    }
    updateGeometry();
    update();
}

QSize HeatMapWidget::sizeHint() const
{
    return {420, 360};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {200, 160};
}

int HeatMapWidget::labelWidth() const
{
    int width = 0;
    for (const QString &l : m_labels)
        width = std::max(width, fontMetrics().horizontalAdvance(l));
    return std::min(width + 8, this->width() / 3);
}

QStringList HeatMapWidget::columnInitials(const QStringList &labels)
{
    // The first letter of the first two words and of the last, and `extra` more letters of the last.
    auto shortName = [](const QString &label, int extra) {
        const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return QString();
        QString letters;
        for (qsizetype i = 0; i < std::min<qsizetype>(2, words.size() - 1); ++i)
            letters += words.at(i).front();
        return letters + words.last().left(1 + extra);
    };
    QList<int> extra(labels.size(), 0);
    QStringList result;
    for (int round = 0;; ++round) {
        result.clear();
        for (int i = 0; i < labels.size(); ++i)
            result << shortName(labels.at(i), extra.at(i));
        if (round == 8)
            return result;   // names alike to their ninth letter keep what they have
        bool changed = false;
        for (int i = 0; i < labels.size(); ++i) {
            if (result.count(result.at(i)) > 1 && shortName(labels.at(i), extra.at(i) + 1) != result.at(i)) {
                ++extra[i];
                changed = true;
            }
        }
        if (!changed)
            return result;
    }
}

QRectF HeatMapWidget::gridRect() const
{
    const int left = labelWidth();
    const int top = fontMetrics().height() + 4;
    const int legend = fontMetrics().height() + 8;   // the scale under the grid
    const double side = std::min(width() - left - 4, height() - top - 4 - legend);
    return {double(left), double(top), std::max(0.0, side), std::max(0.0, side)};
}

QPoint HeatMapWidget::cellAt(const QPointF &pos) const
{
    const QRectF grid = gridRect();
    const int n = int(m_labels.size());
    if (n == 0 || !grid.contains(pos))
        return {-1, -1};
    const double cell = grid.width() / n;
    return {int((pos.x() - grid.left()) / cell), int((pos.y() - grid.top()) / cell)};
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const int n = int(m_labels.size());
    if (n == 0 || m_values.size() != size_t(n)) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Run the quality checks to see how alike the characters sound."));
        return;
    }
    const QRectF grid = gridRect();
    const double cell = grid.width() / n;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const double v = m_values[size_t(a)][size_t(b)];
            const double t = a == b ? 1.0 : std::clamp((v - m_min) / (m_max - m_min), 0.0, 1.0);
            QColor c = cellColor(t, dark);
            if (a == b)
                c = palette().color(QPalette::Mid);
            const QRectF r(grid.left() + b * cell, grid.top() + a * cell, cell, cell);
            p.fillRect(r, c);
            if (cell >= 26) {
                p.setPen(c.lightness() < 140 ? Qt::white : Qt::black);
                QFont f = font();
                f.setPointSizeF(std::max(6.0, std::min(f.pointSizeF(), cell / 3.2)));
                p.setFont(f);
                p.drawText(r, Qt::AlignCenter, QString::number(v, 'f', 2));
            }
        }
    }
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm = fontMetrics();
    // Columns carry initials (the full names are on the rows and in the tooltip), in a smaller
    // font when two letters would run into the next column's ("GMBM" for "GM" "BM").
    int widest = 0;
    for (const QString &short_ : std::as_const(m_initials))
        widest = std::max(widest, fm.horizontalAdvance(short_));
    QFont columnFont = font();
    if (widest > cell - 3 && widest > 0)
        columnFont.setPointSizeF(std::max(6.0, columnFont.pointSizeF() * (cell - 3) / widest));
    for (int a = 0; a < n; ++a) {
        const QRectF row(0, grid.top() + a * cell, grid.left() - 4, cell);
        p.setFont(font());
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(m_labels.at(a), Qt::ElideRight, int(row.width())));
        p.setFont(columnFont);
        p.drawText(QRectF(grid.left() + a * cell, 0, cell, grid.top()), Qt::AlignCenter, m_initials.at(a));
    }
    p.setFont(font());

    // The scale: what the colours mean, from the least to the most alike pair shown.
    const QString low = tr("distinct %1").arg(m_min, 0, 'f', 2);
    const QString high = tr("%1 alike").arg(m_max, 0, 'f', 2);
    const QRectF scale(grid.left(), grid.bottom() + 6, grid.width(), fm.height());
    const int lowWidth = fm.horizontalAdvance(low) + 6;
    const int highWidth = fm.horizontalAdvance(high) + 6;
    const QRectF bar(scale.left() + lowWidth, scale.top() + 2, scale.width() - lowWidth - highWidth, scale.height() - 4);
    if (bar.width() > 20) {
        p.drawText(scale, Qt::AlignLeft | Qt::AlignVCenter, low);
        p.drawText(scale, Qt::AlignRight | Qt::AlignVCenter, high);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 4; ++i)
            gradient.setColorAt(i / 4.0, cellColor(i / 4.0, dark));
        p.fillRect(bar, gradient);
    }
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint c = cellAt(event->position());
    if (c.x() >= 0 && c.x() < m_labels.size() && c.y() < m_labels.size())
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 ~ %2: %3").arg(m_labels.at(c.y()), m_labels.at(c.x())).arg(m_values[size_t(c.y())][size_t(c.x())], 0, 'f', 3), this);
    else
        QToolTip::hideText();
}

void HeatMapWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint c = cellAt(event->position());
    if (c.y() >= 0 && c.y() < m_labels.size())
        emit characterClicked(m_labels.at(c.y()));
}
