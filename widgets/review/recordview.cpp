#include "recordview.h"

#include "dataset/reviewmodel.h"
#include "main/tone.h"
#include "worddiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// One turn of the conversation; the persona's turns are set apart by colour, like a chat. The
// text keeps the palette's colour, which the box's shade (light or dark with it) sets off.
QString turn(const QString &speaker, const QString &bodyHtml, bool persona)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-top:6px\">"
                          "<tr><td style=\"background-color:%1\"><b>%2</b><br>%3</td></tr></table>")
        .arg(Tone::turnBackground(persona, Tone::isDark()).name(), speaker.toHtmlEscaped(), bodyHtml);
}

QString statusColour(Record::Status status)
{
    switch (status) {
    case Record::Status::Accepted: return Tone::css(Tone::Good);
    case Record::Status::Edited: return Tone::css(Tone::Info);
    case Record::Status::Rejected: return Tone::css(Tone::Bad);
    case Record::Status::Unreviewed: break;
    }
    return Tone::css(Tone::Muted);
}

} // namespace

RecordView::RecordView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_editor(new QPlainTextEdit(this))
{
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &RecordView::linkActivated);
    m_browser->setAccessibleName(tr("Record"));
    m_editor->setAccessibleName(tr("Edited reply"));
    m_editor->installEventFilter(this);

    auto *editPage = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Editing the reply — <b>Ctrl+Enter</b> saves, <b>Esc</b> leaves it unchanged. "
                               "The generated text is kept and shown next to the edit."),
                            editPage);
    hint->setWordWrap(true);
    editLayout->addWidget(hint);
    editLayout->addWidget(m_editor, 1);

    m_stack->addWidget(m_browser);
    m_stack->addWidget(editPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QString RecordView::toHtml(const Record &r)
{
    QString html;
    QString status = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                         .arg(statusColour(r.status), ReviewModel::statusLabel(r.status).toHtmlEscaped());
    if (r.status == Record::Status::Rejected && !r.rejectReason.isEmpty())
        status += QStringLiteral(" — ") + r.rejectReason.toHtmlEscaped();
    if (r.status != Record::Status::Unreviewed && !r.reviewer.isEmpty())
        status += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                      .arg(Tone::css(Tone::Muted),
                           tr("by %1, %2").arg(r.reviewer, r.reviewedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))).toHtmlEscaped());
    // An imported record may have no category: no empty slot between two dots then.
    const QString category = r.category.isEmpty() ? QString() : r.category.toHtmlEscaped() + QStringLiteral(" · ");
    html += QStringLiteral("<p style=\"font-size:large\"><b>%1</b> · %2%3</p>").arg(r.persona.toHtmlEscaped(), category, status);
    QString source = r.sourceKind == Record::SourceKind::Imported ? tr("imported from %1").arg(r.source) : tr("generated");
    if (!r.model.isEmpty())
        source += QStringLiteral(" · ") + r.model;
    QString meta = tr("#%1 · %2").arg(r.id).arg(source).toHtmlEscaped();
    if (!r.flags.isEmpty())
        meta += QStringLiteral(" · <span style=\"color:%1\">⚑ %2</span>").arg(Tone::css(Tone::Warning), r.flags.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(Tone::css(Tone::Muted), meta);
    if (!r.instruction.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(Tone::css(Tone::Muted), escaped(r.instruction));

    // The reply as training will use it: the edit when there is one, shown against the original.
    auto reply = [&r] {
        if (r.editedOutput.isEmpty())
            return escaped(r.output);
        return WordDiff::toHtml(r.output, r.editedOutput);
    };
    const QJsonArray dialogue = QJsonDocument::fromJson(r.dialogue.toUtf8()).array();
    if (!dialogue.isEmpty()) {
        // The last persona turn is the record's reply; edits apply to it.
        qsizetype last = -1;
        for (qsizetype i = 0; i < dialogue.size(); ++i) {
            if (dialogue.at(i).toObject().value(QStringLiteral("role")).toString() == QLatin1String("assistant"))
                last = i;
        }
        for (qsizetype i = 0; i < dialogue.size(); ++i) {
            const QJsonObject t = dialogue.at(i).toObject();
            const QString role = t.value(QStringLiteral("role")).toString();
            const QString content = t.value(QStringLiteral("content")).toString();
            if (role == QLatin1String("system")) {
                html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(Tone::css(Tone::Muted), escaped(content));
                continue;
            }
            const bool persona = role == QLatin1String("assistant");
            const bool isReply = i == last && (content == r.output || !r.editedOutput.isEmpty());
            // OpenAI's weight 0 (as imported): the reply is context, not trained on.
            const bool untrained = persona && t.value(QStringLiteral("weight")).isDouble() && t.value(QStringLiteral("weight")).toInt() == 0;
            // Roles other than user and assistant (an imported conversation's "tool" answers) by
            // their name; a message without text (an assistant's tool call) says so.
            const QString speaker = persona                             ? (untrained ? tr("%1 (weight 0: not trained on)").arg(r.persona) : r.persona)
                                    : role == QLatin1String("user") ? tr("User")
                                    : role == QLatin1String("tool") ? tr("Tool")
                                                                    : role;
            const QString text = isReply                ? reply()
                                 : content.isEmpty() ? QStringLiteral("<i style=\"color:%1\">%2</i>").arg(Tone::css(Tone::Muted), tr("(no text)").toHtmlEscaped())
                                                     : escaped(content);
            html += turn(speaker, text, persona);
        }
        if (last < 0)
            html += turn(r.persona, reply(), true);
    } else {
        html += turn(tr("User"), escaped(r.input), false);
        html += turn(r.persona, reply(), true);
    }
    if (!r.editedOutput.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(Tone::css(Tone::Muted), tr("Edited: removed words are struck through, added words underlined. Export uses the edited text.").toHtmlEscaped());
    return html;
}

void RecordView::setRecord(const Record &record)
{
    if (isEditing())
        cancelEditing();
    m_record = record;
    m_browser->setHtml(toHtml(record));
}

void RecordView::changeEvent(QEvent *event)
{
    // The desktop switched between a light and a dark theme: the record's colours follow.
    if (event->type() == QEvent::PaletteChange && m_record.id != 0 && !isEditing())
        m_browser->setHtml(toHtml(m_record));
    QWidget::changeEvent(event);
}

void RecordView::setMessage(const QString &html)
{
    if (isEditing())
        cancelEditing();
    m_record = Record();
    m_browser->setHtml(html);
}

bool RecordView::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void RecordView::startEditing()
{
    if (!m_record.id)
        return;
    m_editor->setPlainText(m_record.finalOutput());
    m_stack->setCurrentIndex(1);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
    emit editingChanged(true);
}

void RecordView::cancelEditing()
{
    if (!isEditing())
        return;
    m_stack->setCurrentIndex(0);
    emit editingChanged(false);
}

bool RecordView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool save = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier);
        const bool cancel = key->key() == Qt::Key_Escape;
        if (save || cancel) {
            // Taken before any window shortcut can claim the key.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                const qint64 id = m_record.id;
                const QString text = m_editor->toPlainText();
                cancelEditing();
                if (save)
                    emit editSaved(id, text);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
