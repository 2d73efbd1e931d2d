#include "personachooserdialog.h"

#include "main/appsettings.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

PersonaChooserDialog::PersonaChooserDialog(const QStringList &order, const QMap<QString, qint64> &records, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setWindowTitle(tr("Create Characters"));
    setSizeGripEnabled(true);
    for (const QString &name : order) {
        auto *item = new QStandardItem(tr("%1 — %Ln record(s)", nullptr, int(records.value(name))).arg(name));
        item->setData(name, NameRole);
        item->setCheckable(true);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);   // thousands of rows
    m_list->setAccessibleName(tr("Personas without a character sheet"));
    m_filter->setPlaceholderText(tr("Filter names"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &PersonaChooserDialog::setFilterText);
    m_filter->installEventFilter(this);   // Down goes on to the list

    auto *intro = new QLabel(tr("The import found %Ln persona(s) without a character sheet. Check the ones to create a sheet for "
                                "(Space checks the current row); Edit ▸ Undo removes them again.",
                                nullptr, int(order.size())),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createChecked"));
    QPushButton *all = buttons->addButton(tr("Check &All Shown"), QDialogButtonBox::ActionRole);
    QPushButton *none = buttons->addButton(tr("Check &None"), QDialogButtonBox::ActionRole);
    all->setAutoDefault(false);
    none->setAutoDefault(false);
    connect(all, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_model);
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_model->item(row)->setCheckState(Qt::Unchecked);
        updateButton();
        m_list->viewport()->update();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &PersonaChooserDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    updateButton();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60, fontMetrics().lineSpacing() * 28);
    restoreGeometry(AppSettings::personaChooserGeometry.get());
    m_filter->setFocus();
}

PersonaChooserDialog::~PersonaChooserDialog()
{
    AppSettings::personaChooserGeometry.set(saveGeometry());
}

bool PersonaChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_proxy->rowCount() > 0) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QStringList PersonaChooserDialog::checkedNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->data(NameRole).toString();
    }
    return names;
}

void PersonaChooserDialog::setShownChecked(bool checked)
{
    // One signal for the button's count, not one per row.
    const QSignalBlocker blocker(m_model);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_model->itemFromIndex(m_proxy->mapToSource(m_proxy->index(row, 0)))->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateButton();
    m_list->viewport()->update();
}

void PersonaChooserDialog::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void PersonaChooserDialog::updateButton()
{
    const qsizetype count = checkedNames().size();
    m_create->setText(tr("Create %Ln Character(s)", nullptr, int(count)));
    m_create->setEnabled(count > 0);
}
