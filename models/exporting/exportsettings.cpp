#include "exportsettings.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonObject exportObject(const Project &project)
{
    return project.extra.value(QLatin1String("export")).toObject();
}

} // namespace

QString ExportSettings::selectionName(Selection selection)
{
    switch (selection) {
    case Selection::Accepted: return QStringLiteral("accepted");
    case Selection::Reviewed: return QStringLiteral("reviewed");
    case Selection::All: return QStringLiteral("all");
    }
    return QString();
}

std::optional<ExportSettings::Selection> ExportSettings::selectionFromName(const QString &name)
{
    for (Selection s : {Selection::Accepted, Selection::Reviewed, Selection::All}) {
        if (selectionName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject ExportSettings::toJson() const
{
    return {{QStringLiteral("format"), ExportFormats::name(format)},
            {QStringLiteral("include"), selectionName(selection)},
            {QStringLiteral("imported"), includeImported},
            {QStringLiteral("val_split"), validationSplit},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("out"), outputDir},
            {QStringLiteral("model"), model},
            {QStringLiteral("cutoff"), cutoff},
            {QStringLiteral("split_long"), splitLong}};
}

ExportSettings ExportSettings::fromJson(const QJsonObject &o)
{
    ExportSettings s;
    if (const auto f = ExportFormats::fromName(o.value(QLatin1String("format")).toString()))
        s.format = *f;
    if (const auto sel = selectionFromName(o.value(QLatin1String("include")).toString()))
        s.selection = *sel;
    s.includeImported = o.value(QLatin1String("imported")).toBool(true);
    const double split = o.value(QLatin1String("val_split")).toDouble(0);
    s.validationSplit = split > 0 && split < 1 ? split : 0;
    // The seed is a string in JSON: doubles cannot hold every 64-bit value.
    bool ok = false;
    const quint64 seed = o.value(QLatin1String("seed")).toVariant().toString().toULongLong(&ok);
    if (ok)
        s.seed = seed;
    s.outputDir = o.value(QLatin1String("out")).toString();
    if (!o.value(QLatin1String("model")).toString().isEmpty())
        s.model = o.value(QLatin1String("model")).toString();
    s.cutoff = std::max<qint64>(0, qint64(o.value(QLatin1String("cutoff")).toDouble(0)));
    s.splitLong = o.value(QLatin1String("split_long")).toBool(false);
    return s;
}

ExportSettings ExportSettings::lastUsed(const Project &project)
{
    ExportSettings s = fromJson(exportObject(project));
    // A folder inside the project is stored relative to it (saveAsLastUsed): a copied or moved
    // project exports into its own folder, not the one it was copied from.
    if (!s.outputDir.isEmpty() && QDir::isRelativePath(s.outputDir))
        s.outputDir = QDir::cleanPath(QDir(project.dir).absoluteFilePath(s.outputDir));
    return s;
}

bool ExportSettings::saveAsLastUsed(const QString &projectDir, QString *error) const
{
    // Edit studio.json itself rather than re-saving a Project: the file may have changed on
    // disk since it was loaded, and only the "export" object is ours to change.
    const QString path = QDir(projectDir).filePath(QStringLiteral("studio.json"));
    QFile in(path);
    QJsonObject root;
    if (in.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        root = QJsonDocument::fromJson(in.readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            if (error)
                *error = QCoreApplication::translate("ExportSettings", "%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), parseError.errorString());
            return false;
        }
    }
    QJsonObject object = root.value(QLatin1String("export")).toObject();
    QJsonObject mine = toJson();
    const QString relative = QDir(projectDir).relativeFilePath(QDir::cleanPath(QDir(projectDir).absoluteFilePath(outputDir)));
    if (!outputDir.isEmpty() && relative != QLatin1String("..") && !relative.startsWith(QLatin1String("../")) && QDir::isRelativePath(relative))
        mine.insert(QStringLiteral("out"), relative.isEmpty() ? QStringLiteral(".") : relative);
    for (auto it = mine.begin(); it != mine.end(); ++it)
        object.insert(it.key(), it.value());
    root.insert(QStringLiteral("export"), object);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("ExportSettings", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

QString ExportSettings::systemTemplate(const Project &project)
{
    const QString t = exportObject(project).value(QLatin1String("system_template")).toString();
    return t.isEmpty() ? DefaultSystemTemplate : t;
}

QString ExportSettings::systemMessage(const QString &systemTemplate, const QString &persona, const QString &work)
{
    QString message = systemTemplate;
    message.replace(QLatin1String("{persona}"), persona);
    message.replace(QLatin1String("{work}"), work);
    return message;
}

QString ExportSettings::license(const Project &project)
{
    return exportObject(project).value(QLatin1String("license")).toString();
}
