#include "counteditor.h"

#include <QHBoxLayout>
#include <QSlider>
#include <QSpinBox>

namespace {
int gestureCounter = 0; // shared, so two editors never produce the same gesture number
}

CountEditor::CountEditor(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    m_slider->setRange(0, 300);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setMinimumWidth(120);
    m_spin->setRange(0, 100000);
    m_spin->setAccelerated(true);
    m_spin->setKeyboardTracking(false);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    setFocusProxy(m_spin);
    m_gesture = ++gestureCounter;

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_gesture = ++gestureCounter; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_gesture = ++gestureCounter; });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        m_updating = true;
        m_spin->setValue(value);
        m_updating = false;
        // Keyboard steps on the slider are single edits; a drag is one gesture.
        if (!m_slider->isSliderDown())
            m_gesture = ++gestureCounter;
        emit valueEdited(value, m_gesture);
    });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        m_updating = true;
        setRangeFor(value);
        m_slider->setValue(value);
        m_updating = false;
        m_gesture = ++gestureCounter;
        emit valueEdited(value, m_gesture);
    });
}

int CountEditor::value() const
{
    return m_spin->value();
}

void CountEditor::setRangeFor(int value)
{
    if (value > m_slider->maximum())
        m_slider->setMaximum(((value * 3 / 2) / 50 + 1) * 50);
}

void CountEditor::setValue(int value)
{
    if (value == m_spin->value() && value == m_slider->value())
        return;
    m_updating = true;
    setRangeFor(value);
    m_spin->setValue(value);
    if (!m_slider->isSliderDown())
        m_slider->setValue(value);
    m_updating = false;
}
