#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

TempProject::TempProject(const QString &sourceDir)
{
    m_valid = m_dir.isValid() && copyRecursively(sourceDir, m_dir.path());
}

bool TempProject::copyRecursively(const QString &from, const QString &to)
{
    QDir source(from);
    if (!source.exists())
        return false;
    QDir().mkpath(to);
    const QFileInfoList entries = source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir()) {
            if (!copyRecursively(entry.absoluteFilePath(), target))
                return false;
        } else if (entry.fileName() != QLatin1String("studio.db") && !entry.fileName().startsWith(QLatin1String("studio.db-"))) {
            if (!QFile::copy(entry.absoluteFilePath(), target))
                return false;
            QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
        }
    }
    return true;
}

bool TempProject::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}
