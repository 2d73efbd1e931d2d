#pragma once
// CountEditor: a slider and a spin box kept in step, for a record count. A drag of the slider
// is reported as a run of valueEdited() calls with the same gesture number, so the caller can
// merge it into one undo step.

#include <QWidget>

class QSlider;
class QSpinBox;

class CountEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CountEditor(QWidget *parent = nullptr);

    int value() const;
    // Sets the value without emitting valueEdited.
    void setValue(int value);
    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }

signals:
    void valueEdited(int value, int gesture);

private:
    void setRangeFor(int value);

    QSlider *m_slider;
    QSpinBox *m_spin;
    int m_gesture = 0;
    bool m_updating = false;
};
