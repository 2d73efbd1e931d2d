#pragma once
// PersonaChooserDialog: which of the personas an import found without a character sheet get
// one. A file of many characters (a role-play dataset holds thousands) should not become as
// many sheets at one click: the list shows each with its imported records, most first, and
// the reviewer checks the ones to create — filtered by name, all at once or none.

#include <QDialog>
#include <QMap>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

class PersonaChooserDialog final : public QDialog
{
    Q_OBJECT

public:
    // `order`: the names as listed; `records`: name → records imported.
    PersonaChooserDialog(const QStringList &order, const QMap<QString, qint64> &records, QWidget *parent = nullptr);
    ~PersonaChooserDialog() override;   // remembers its size

    // The names checked, in the list's order.
    QStringList checkedNames() const;
    // Checks or unchecks every name the filter shows.
    void setShownChecked(bool checked);
    void setFilterText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButton();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_create;
};
