#include "importsummarydialog.h"

#include "main/appsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ImportSummaryDialog::ImportSummaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_informative(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Import"));
    setSizeGripEnabled(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_text->font();
    headline.setBold(true);
    m_text->setFont(headline);
    m_informative->setWordWrap(true);
    m_informative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_informative->hide();
    // Columns of counts line up in a fixed-pitch font; long lines wrap rather than hide.
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAccessibleName(tr("Import report"));

    QPushButton *copy = m_buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReport"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_details->toPlainText()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter closes the report (or takes the offered action, addActionButton()); Copy is a click.
    copy->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_informative);
    head->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    setTone(Tone::Information);

    const QFontMetrics metrics(m_details->font());
    resize(metrics.horizontalAdvance(QLatin1Char('0')) * 84, metrics.lineSpacing() * 24);
    restoreGeometry(AppSettings::importSummaryGeometry.get());
}

ImportSummaryDialog::~ImportSummaryDialog()
{
    // The size chosen for a report; a message alone (the import could not run) is sized to it.
    if (!m_details->isHidden())
        AppSettings::importSummaryGeometry.set(saveGeometry());
}

void ImportSummaryDialog::setTone(Tone tone)
{
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(tone == Tone::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this);
    m_icon->setPixmap(icon.pixmap(extent, extent));
}

void ImportSummaryDialog::setText(const QString &text)
{
    m_text->setText(text);
}

QString ImportSummaryDialog::text() const
{
    return m_text->text();
}

void ImportSummaryDialog::setInformativeText(const QString &text)
{
    m_informative->setText(text);
    m_informative->setVisible(!text.isEmpty());
}

QString ImportSummaryDialog::informativeText() const
{
    return m_informative->text();
}

void ImportSummaryDialog::setDetailedText(const QString &text)
{
    m_details->setPlainText(text);
    m_details->setHidden(text.isEmpty());
    if (text.isEmpty())
        adjustSize();
}

QString ImportSummaryDialog::detailedText() const
{
    return m_details->toPlainText();
}

QPushButton *ImportSummaryDialog::addActionButton(const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    connect(button, &QPushButton::clicked, this, &QDialog::accept);
    button->setDefault(true);
    return button;
}
