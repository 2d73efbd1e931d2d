#pragma once
// CharactersPage: the Characters mode — the selected character's sheet rendered from Markdown
// beside the fields the generator will read from it (name, traits, quote, sections with their
// token counts) and the sheet's warnings.

#include <QWidget>

class Project;
class QLabel;
class QListWidget;
class QSplitter;
class QTextBrowser;
class QTreeWidget;

class CharactersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CharactersPage(QWidget *parent = nullptr);

    void setProject(const Project *project);
    void showCharacter(const QString &name);
    QString currentCharacter() const { return m_current; }

    QSplitter *splitter() const { return m_splitter; }
    QTextBrowser *preview() const { return m_preview; }
    QTreeWidget *fields() const { return m_fields; }
    QListWidget *warnings() const { return m_warnings; }

private:
    void showEmptyState();

    const Project *m_project = nullptr;
    QString m_current;
    QLabel *m_title;
    QLabel *m_subtitle;
    QSplitter *m_splitter;
    QTextBrowser *m_preview;
    QTreeWidget *m_fields;
    QListWidget *m_warnings;
};
