#include "projectfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QString ProjectFolder::checkInside(const QString &projectDir, const QString &path)
{
    const QString root = QFileInfo(projectDir).canonicalFilePath();
    if (root.isEmpty())
        return QCoreApplication::translate("ProjectFolder", "the project folder %1 does not exist").arg(QDir::toNativeSeparators(projectDir));
    // Resolve the path itself if it exists (a dangling link counts as existing), else its
    // nearest existing folder: what is created there lands where that folder really is.
    QFileInfo info(QDir::cleanPath(QDir(projectDir).absoluteFilePath(path)));
    QString tail;
    while (!info.exists() && !info.isSymLink()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        tail = tail.isEmpty() ? info.fileName() : info.fileName() + QLatin1Char('/') + tail;
        info.setFile(parent);
    }
    const QString real = info.canonicalFilePath();
    const bool inside = !real.isEmpty() && (real == root || real.startsWith(root + QLatin1Char('/')));
    if (inside && !tail.contains(QLatin1String("..")))
        return {};
    if (info.isSymLink())
        return QCoreApplication::translate("ProjectFolder", "%1 is a symbolic link to %2, outside the project folder; the studio neither reads nor writes through it")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                 QDir::toNativeSeparators(real.isEmpty() ? info.symLinkTarget() : real));
    return QCoreApplication::translate("ProjectFolder", "%1 is outside the project folder %2 (through a symbolic link); the studio neither reads nor writes it")
        .arg(QDir::toNativeSeparators(QDir::cleanPath(QDir(projectDir).absoluteFilePath(path))), QDir::toNativeSeparators(root));
}
