#pragma once
// SteadyBox: holds one widget whose text changes often (a run's live figures, the status bar's
// counts) and keeps those changes from relaying out the whole window. A QLabel's setText() asks
// its parent's layout to update, and every layout activation asks its own parent in turn, up to
// the main window, whose layout then walks every mode page. SteadyBox has no layout: the child's
// request stops here, and the child simply fills the box. The box's own size hint is the child's
// height and a width that only grows, so the box is laid out once and again only when it must
// widen.

#include <QEvent>
#include <QSizePolicy>
#include <QWidget>

class SteadyBox : public QWidget
{
public:
    explicit SteadyBox(QWidget *child, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_child(child)
    {
        child->setParent(this);
        setSizePolicy(child->sizePolicy());
        m_hint = child->sizeHint();
    }

    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return {std::min(m_hint.width(), 40), m_hint.height()}; }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            // The child's text changed: widen (a real relayout) only when it no longer fits.
            const QSize wanted = m_child->sizeHint();
            if (wanted.width() > m_hint.width() || wanted.height() != m_hint.height()) {
                m_hint = wanted.expandedTo({m_hint.width(), 0});
                updateGeometry();
            }
            return true;
        }
        return QWidget::event(event);
    }
    void resizeEvent(QResizeEvent *) override { m_child->setGeometry(rect()); }
    void showEvent(QShowEvent *) override
    {
        // Requests are not posted while hidden: catch up once.
        QEvent request(QEvent::LayoutRequest);
        event(&request);
    }

private:
    QWidget *m_child;
    QSize m_hint;
};
