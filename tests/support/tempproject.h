#pragma once
// A throw-away copy of a project folder for tests that write (studio.json, studio.db).

#include <QString>
#include <QTemporaryDir>

class TempProject
{
public:
    // Copies `sourceDir` recursively into a fresh temporary folder.
    explicit TempProject(const QString &sourceDir);
    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_valid; }

    static bool copyRecursively(const QString &from, const QString &to);
    static bool writeFile(const QString &path, const QByteArray &content);

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};
