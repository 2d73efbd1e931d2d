// Fuzzes the reading of studio.json. The input is written as the studio.json of a project
// folder that holds one sheet (one sheet listed in the sample file, so that the listed and the
// unlisted paths both run). Oracles: a file that opens is saved and opened again with the same
// plan — what the studio writes, it reads back as it was — and a second save writes the same
// bytes; a file that does not open says why, naming studio.json; no name from it reaches the
// file system with a NUL in it.

#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A name Qt refuses ("Broken filename") must have been caught and reported before.
    static const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
        if (message.contains(QStringLiteral("Broken filename")))
            std::abort();
    });
    (void)previous;
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    static const QString project = [] {
        const QString path = dir.filePath(QStringLiteral("project"));
        QDir().mkpath(path + QStringLiteral("/rag-resources"));
        write(path + QStringLiteral("/rag-resources/character_glordon.md"),
              "---\ntitle: Glordon\n---\n# Glordon\n\n> A gentle Hylurg.\n\n## Personality\n\n- Kind.\n");
        return path;
    }();
    const QString json = project + QStringLiteral("/studio.json");
    if (!write(json, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        std::abort();

    Project::OpenResult first = Project::open(project);
    if (!first.project) {
        if (first.error.isEmpty() || !first.error.contains(QStringLiteral("studio.json")))
            std::abort();
        return 0;
    }
    QString error;
    if (!first.project->save(&error))
        std::abort();
    const QByteArray saved = read(json);
    Project::OpenResult second = Project::open(project);
    if (!second.project)
        std::abort();
    if (QJsonDocument(second.project->toJson()).toJson() != QJsonDocument(first.project->toJson()).toJson()) {
        fprintf(stderr, "FIRST %s\nSECOND %s\n", QJsonDocument(first.project->toJson()).toJson().constData(),
                QJsonDocument(second.project->toJson()).toJson().constData());
        std::abort();
    }
    if (!second.project->save(&error) || read(json) != saved)
        std::abort();
    return 0;
}
