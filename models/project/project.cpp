#include "project.h"
#include "projectfolder.h"

#include "sheet/sheetparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

QStringList sheetFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("character_*.md")}, QDir::Files | QDir::Readable, QDir::Name);
}

// A name from studio.json as a message shows it: a NUL, which would end the text, written as an escape.
QString shownName(const QString &name)
{
    return QString(name).replace(QChar(0), QStringLiteral("\\u0000"));
}

// A sheet name from studio.json must name a file inside the sheets folder, nothing else.
bool isPlainFileName(const QString &name)
{
    // A NUL ends a file name for the system: Qt refuses such a name with "Broken filename".
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0))
           && name != QLatin1String(".") && name != QLatin1String("..") && !QDir::isAbsolutePath(name);
}

QList<Category> readCategories(const QJsonValue &value, const QString &file, const QString &where, IssueList &issues)
{
    QList<Category> result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        issues << Issue::warning(file, 0, QCoreApplication::translate("Project", "%1 should be a list of categories; it was ignored").arg(where));
        return result;
    }
    for (const QJsonValue &v : value.toArray()) {
        Category c;
        if (v.isString()) {
            c.name = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            c.name = o.value(QLatin1String("name")).toString();
            c.prompt = o.value(QLatin1String("prompt")).toString();
            c.weight = o.value(QLatin1String("weight")).toDouble(1.0);
        }
        if (c.name.trimmed().isEmpty()) {
            issues << Issue::warning(file, 0, QCoreApplication::translate("Project", "a category in %1 has no name; it was ignored").arg(where));
            continue;
        }
        if (c.weight < 0)
            c.weight = 0;
        // One entry per name: the plan splits a target over the categories and the store counts
        // records by category name, so a second "greeting" would make the run stop short.
        if (std::any_of(result.cbegin(), result.cend(), [&](const Category &earlier) { return earlier.name == c.name; })) {
            issues << Issue::warning(file, 0, QCoreApplication::translate("Project", "%1 names the category %2 twice; the second was ignored").arg(where, c.name));
            continue;
        }
        result << c;
    }
    return result;
}

QJsonArray categoriesToJson(const QList<Category> &categories)
{
    QJsonArray array;
    for (const Category &c : categories) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("prompt"), c.prompt}};
        if (c.weight != 1.0)
            o.insert(QStringLiteral("weight"), c.weight);
        array << o;
    }
    return array;
}

QString mostCommonSource(const QList<CharacterEntry> &characters)
{
    QMap<QString, int> counts;
    for (const CharacterEntry &c : characters) {
        QString source = c.sheet.frontMatter.value(QStringLiteral("source"));
        // "Pixar's Elio (2025)" → "Pixar's Elio": the year reads badly inside a prompt.
        static const QRegularExpression year(QStringLiteral("\\s*\\((?:19|20)\\d\\d\\)\\s*$"));
        source.remove(year);
        if (!source.isEmpty())
            ++counts[source];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

QList<Category> Project::defaultCommonCategories()
{
    return {
        {QStringLiteral("greeting"), QStringLiteral("The user greets the character casually, as if meeting them for the first time."), 1.0},
        {QStringLiteral("introduction"), QStringLiteral("The user asks the character who they are and what they do."), 1.0},
        {QStringLiteral("personal_question"), QStringLiteral("The user asks about the character's life, likes, habits or past."), 1.0},
        {QStringLiteral("feelings"), QStringLiteral("The user asks how the character feels about something that happened to them or around them."), 1.0},
        {QStringLiteral("advice"), QStringLiteral("The user asks the character for advice on a problem of their own."), 1.0},
    };
}

QMap<QString, ModelPrice> Project::defaultPrices()
{
    return {{QStringLiteral("gpt-4o-mini"), {0.15, 0.60}}, {QStringLiteral("gpt-4o"), {2.50, 10.00}}};
}

bool Project::createNew(const QString &dir, const QString &work, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QDir folder(dir);
    if (!folder.mkpath(QStringLiteral(".")))
        return fail(QCoreApplication::translate("Project", "%1 cannot be created").arg(QDir::toNativeSeparators(dir)));
    Project p;
    p.dir = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo::exists(p.studioJsonPath()))
        return fail(QCoreApplication::translate("Project", "%1 already holds a project (studio.json)").arg(QDir::toNativeSeparators(p.dir)));
    p.name = QFileInfo(p.dir).fileName();
    p.work = work.simplified().isEmpty() ? p.name : work.simplified();
    p.tiers = {Tier{QStringLiteral("main"), 150, {}}, Tier{QStringLiteral("major"), 100, {}}, Tier{QStringLiteral("supporting"), 60, {}},
               Tier{QStringLiteral("minor"), 30, {}}};
    p.commonCategories = defaultCommonCategories();
    p.prices = defaultPrices();
    if (!QDir(p.dir).mkpath(p.sheetsDir))
        return fail(QCoreApplication::translate("Project", "%1 cannot be created").arg(QDir::toNativeSeparators(p.sheetsPath())));
    return p.save(error);
}

QString Project::studioJsonPath() const
{
    return QDir(dir).filePath(QStringLiteral("studio.json"));
}

QString Project::sheetsPath() const
{
    return QDir::cleanPath(QDir(dir).filePath(sheetsDir));
}

QString Project::databasePath() const
{
    return QDir(dir).filePath(QStringLiteral("studio.db"));
}

const CharacterEntry *Project::character(const QString &characterName) const
{
    for (const CharacterEntry &c : characters) {
        if (c.name == characterName)
            return &c;
    }
    return nullptr;
}

QString Project::tierOf(const QString &characterName) const
{
    for (const Tier &t : tiers) {
        if (t.members.contains(characterName))
            return t.name;
    }
    return UnassignedTier;
}

int Project::tierTarget(const QString &tierName) const
{
    for (const Tier &t : tiers) {
        if (t.name == tierName)
            return t.target;
    }
    return 0;
}

int Project::targetFor(const QString &characterName) const
{
    if (const auto it = overrides.constFind(characterName); it != overrides.cend())
        return it.value();
    return tierTarget(tierOf(characterName));
}

QList<Category> Project::categoriesFor(const QString &characterName) const
{
    QList<Category> result = commonCategories;
    for (const Category &own : characterCategories.value(characterName)) {
        auto same = std::find_if(result.begin(), result.end(), [&](const Category &c) { return c.name == own.name; });
        if (same != result.end())
            *same = own; // a character's own prompt for a common category overrides it
        else
            result << own;
    }
    return result;
}

QString Project::instructionFor(const QString &characterName) const
{
    QString text = instructionTemplate;
    text.replace(QLatin1String("{persona}"), characterName);
    text.replace(QLatin1String("{work}"), work);
    return text;
}

std::optional<ModelPrice> Project::priceFor(const QString &model) const
{
    if (const auto it = prices.constFind(model); it != prices.cend())
        return it.value();
    // "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
    QString best;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        if (model.startsWith(it.key() + QLatin1Char('-')) && it.key().size() > best.size())
            best = it.key();
    }
    if (!best.isEmpty())
        return prices.value(best);
    return std::nullopt;
}

Project::OpenResult Project::open(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate("Project", "%1 does not exist").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!info.isDir()) {
        result.error = QCoreApplication::translate("Project", "%1 is not a folder; a project is a folder with studio.json or character_*.md sheets")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }

    Project p;
    p.dir = info.absoluteFilePath();
    const QString jsonPath = p.studioJsonPath();
    // studio.json and studio.db (with its -wal and -shm files) are read and written in place: a
    // link from one of them to outside the project would take every save there (ProjectFolder).
    for (const QString &file : {jsonPath, p.databasePath(), p.databasePath() + QStringLiteral("-wal"), p.databasePath() + QStringLiteral("-shm")}) {
        if (const QString outside = ProjectFolder::checkInside(p.dir, file); !outside.isEmpty()) {
            result.error = outside;
            return result;
        }
    }

    if (QFileInfo::exists(jsonPath)) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QCoreApplication::translate("Project", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(jsonPath), file.errorString());
            return result;
        }
        const QByteArray data = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int line = int(data.left(parseError.offset).count('\n')) + 1;
            result.error = QCoreApplication::translate("Project", "%1:%2: not valid JSON: %3")
                               .arg(QDir::toNativeSeparators(jsonPath))
                               .arg(line)
                               .arg(parseError.errorString());
            return result;
        }
        if (!doc.isObject()) {
            result.error = QCoreApplication::translate("Project", "%1: the top level must be a JSON object").arg(QDir::toNativeSeparators(jsonPath));
            return result;
        }
        QJsonObject o = doc.object();
        p.formatVersion = o.value(QLatin1String("format_version")).toInt(FormatVersion);
        if (p.formatVersion > FormatVersion) {
            result.error = QCoreApplication::translate("Project", "%1 is format version %2, newer than this version of the studio reads (%3); update the studio")
                               .arg(QDir::toNativeSeparators(jsonPath))
                               .arg(p.formatVersion)
                               .arg(FormatVersion);
            return result;
        }
        p.name = o.value(QLatin1String("name")).toString();
        p.work = o.value(QLatin1String("work")).toString();
        p.instructionTemplate = o.value(QLatin1String("instruction_template")).toString(DefaultInstructionTemplate);
        p.sheetsDir = o.value(QLatin1String("sheets_dir")).toString(QStringLiteral("rag-resources"));
        if (QDir::isAbsolutePath(p.sheetsDir) || QDir::cleanPath(p.sheetsDir).startsWith(QLatin1String(".."))) {
            p.issues << Issue::error(jsonPath, 0, QCoreApplication::translate("Project", "sheets_dir \"%1\" points outside the project; \"rag-resources\" is used instead").arg(p.sheetsDir));
            p.sheetsDir = QStringLiteral("rag-resources");
        } else if (p.sheetsDir.contains(QChar(0))) {
            p.issues << Issue::error(jsonPath, 0, QCoreApplication::translate("Project", "sheets_dir \"%1\" is not a folder name; \"rag-resources\" is used instead")
                                                      .arg(shownName(p.sheetsDir)));
            p.sheetsDir = QStringLiteral("rag-resources");
        }

        const QJsonObject gen = o.value(QLatin1String("generation")).toObject();
        p.generation.baseUrl = gen.value(QLatin1String("base_url")).toString(p.generation.baseUrl);
        p.generation.model = gen.value(QLatin1String("model")).toString(p.generation.model);
        p.generation.apiKeyEnv = gen.value(QLatin1String("api_key_env")).toString(p.generation.apiKeyEnv);
        p.generation.concurrency = std::clamp(gen.value(QLatin1String("concurrency")).toInt(p.generation.concurrency), 1, 256);
        p.generation.batchSize = std::clamp(gen.value(QLatin1String("batch_size")).toInt(p.generation.batchSize), 1, 50);
        p.generation.temperature = std::clamp(gen.value(QLatin1String("temperature")).toDouble(p.generation.temperature), 0.0, 2.0);

        const QJsonObject prices = o.value(QLatin1String("prices")).toObject();
        for (auto it = prices.constBegin(); it != prices.constEnd(); ++it) {
            const QJsonObject po = it.value().toObject();
            p.prices.insert(it.key(), {po.value(QLatin1String("input_per_million")).toDouble(),
                                       po.value(QLatin1String("output_per_million")).toDouble()});
        }

        for (const QJsonValue &v : o.value(QLatin1String("characters")).toArray()) {
            const QJsonObject co = v.toObject();
            CharacterEntry c;
            c.name = co.value(QLatin1String("name")).toString().trimmed();
            c.sheetFile = co.value(QLatin1String("sheet")).toString();
            if (c.name.isEmpty()) {
                p.issues << Issue::warning(jsonPath, 0, QCoreApplication::translate("Project", "a character without a name was ignored"));
                continue;
            }
            if (c.sheetFile.isEmpty())
                c.sheetFile = QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(c.name));
            if (!isPlainFileName(c.sheetFile)) {
                p.issues << Issue::error(jsonPath, 0, QCoreApplication::translate("Project", "the sheet of %1, \"%2\", is not a file name inside the sheets folder; it was not read").arg(shownName(c.name), shownName(c.sheetFile)));
                c.sheetFile = QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(c.name));
            }
            if (p.character(c.name)) {
                p.issues << Issue::warning(jsonPath, 0, QCoreApplication::translate("Project", "%1 is listed twice; the second entry was ignored").arg(c.name));
                continue;
            }
            p.characters << c;
        }

        for (const QJsonValue &v : o.value(QLatin1String("tiers")).toArray()) {
            const QJsonObject to = v.toObject();
            Tier t;
            t.name = to.value(QLatin1String("name")).toString().trimmed();
            t.target = std::max(0, to.value(QLatin1String("target")).toInt());
            for (const QJsonValue &m : to.value(QLatin1String("members")).toArray())
                t.members << m.toString();
            if (t.name.isEmpty()) {
                p.issues << Issue::warning(jsonPath, 0, QCoreApplication::translate("Project", "a tier without a name was ignored"));
                continue;
            }
            p.tiers << t;
        }
        const QJsonObject overrides = o.value(QLatin1String("overrides")).toObject();
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            p.overrides.insert(it.key(), std::max(0, it.value().toInt()));

        const QJsonObject categories = o.value(QLatin1String("categories")).toObject();
        p.commonCategories = categories.contains(QLatin1String("common"))
                                 ? readCategories(categories.value(QLatin1String("common")), jsonPath, QCoreApplication::translate("Project", "categories.common"), p.issues)
                                 : defaultCommonCategories();
        const QJsonObject own = categories.value(QLatin1String("characters")).toObject();
        for (auto it = own.constBegin(); it != own.constEnd(); ++it)
            p.characterCategories.insert(it.key(), readCategories(it.value(), jsonPath, QCoreApplication::translate("Project", "the categories of %1").arg(it.key()), p.issues));

        static const QStringList known = {
            QStringLiteral("format_version"), QStringLiteral("name"), QStringLiteral("work"), QStringLiteral("instruction_template"),
            QStringLiteral("sheets_dir"), QStringLiteral("generation"), QStringLiteral("prices"), QStringLiteral("characters"),
            QStringLiteral("tiers"), QStringLiteral("overrides"), QStringLiteral("categories")};
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!known.contains(it.key()))
                p.extra.insert(it.key(), it.value());
        }
    } else {
        // No studio.json: build a project around the sheets that are there.
        p.createdFromSheets = true;
        if (!sheetFilesIn(QDir(p.dir).filePath(QStringLiteral("rag-resources"))).isEmpty())
            p.sheetsDir = QStringLiteral("rag-resources");
        else if (!sheetFilesIn(p.dir).isEmpty())
            p.sheetsDir = QStringLiteral(".");
        else {
            result.error = QCoreApplication::translate("Project", "%1 has no studio.json and no character_*.md sheets (in the folder or in rag-resources/)")
                               .arg(QDir::toNativeSeparators(p.dir));
            return result;
        }
        p.name = info.fileName();
        p.commonCategories = defaultCommonCategories();
        p.prices = defaultPrices();
    }

    // Read every listed sheet, then pick up sheets in the folder that the project does not list.
    const QString sheetsPath = p.sheetsPath();
    // A sheet read through a link to outside the project would be shown and sent to a model as
    // a prompt, and saving it would write outside: such sheets are not read (ProjectFolder).
    const QString sheetsOutside = ProjectFolder::checkInside(p.dir, sheetsPath);
    if (!sheetsOutside.isEmpty())
        p.issues << Issue::error(sheetsPath, 0, sheetsOutside);
    else if (!QFileInfo(sheetsPath).isDir())
        p.issues << Issue::error(sheetsPath, 0, QCoreApplication::translate("Project", "the sheets folder does not exist"));
    QStringList listedFiles;
    for (CharacterEntry &c : p.characters) {
        listedFiles << c.sheetFile;
        const QString sheetPath = QDir(sheetsPath).filePath(c.sheetFile);
        const QString outside = sheetsOutside.isEmpty() ? ProjectFolder::checkInside(p.dir, sheetPath) : sheetsOutside;
        if (!outside.isEmpty()) {
            c.sheet.filePath = sheetPath;
            c.sheet.name = c.name;
            c.sheet.issues << Issue::error(sheetPath, 0, outside);
            continue;
        }
        if (!QFileInfo::exists(sheetPath)) {
            c.sheet.filePath = sheetPath;
            c.sheet.name = c.name;
            c.sheet.issues << Issue::error(sheetPath, 0, QCoreApplication::translate("Project", "the sheet of %1 is missing").arg(c.name));
            continue;
        }
        c.sheet = SheetParser::parseFile(sheetPath);
        if (!c.sheet.name.isEmpty() && c.sheet.name != c.name)
            c.sheet.issues << Issue::warning(sheetPath, c.sheet.nameLine,
                                             QCoreApplication::translate("Project", "the sheet is headed \"%1\" but the project calls the character \"%2\"").arg(c.sheet.name, c.name));
    }
    QStringList newcomers;
    for (const QString &file : sheetsOutside.isEmpty() ? sheetFilesIn(sheetsPath) : QStringList()) {
        if (listedFiles.contains(file))
            continue;
        if (const QString outside = ProjectFolder::checkInside(p.dir, QDir(sheetsPath).filePath(file)); !outside.isEmpty()) {
            p.issues << Issue::error(QDir(sheetsPath).filePath(file), 0, outside);
            continue;
        }
        CharacterEntry c;
        c.sheetFile = file;
        c.sheet = SheetParser::parseFile(QDir(sheetsPath).filePath(file));
        c.name = c.sheet.name.isEmpty() ? CharacterSheet::nameFromFileName(file) : c.sheet.name;
        if (p.character(c.name)) {
            p.issues << Issue::warning(QDir(sheetsPath).filePath(file), 0,
                                       QCoreApplication::translate("Project", "another sheet already defines %1; this one was ignored").arg(c.name));
            continue;
        }
        newcomers << c.name;
        p.characters << c;
        if (!p.createdFromSheets)
            p.issues << Issue::warning(QDir(sheetsPath).filePath(file), 0,
                                       QCoreApplication::translate("Project", "%1 is not in studio.json yet; added to the \"%2\" tier").arg(c.name, UnassignedTier));
    }
    if (p.createdFromSheets && p.work.isEmpty())
        p.work = mostCommonSource(p.characters);
    if (p.work.isEmpty())
        p.work = p.name.isEmpty() ? info.fileName() : p.name;

    // Everybody belongs to exactly one tier; members naming nobody are reported.
    QStringList assigned;
    for (Tier &t : p.tiers) {
        QStringList kept;
        for (const QString &m : std::as_const(t.members)) {
            if (!p.character(m)) {
                p.issues << Issue::warning(jsonPath, 0, QCoreApplication::translate("Project", "tier \"%1\" names %2, who has no sheet in the project").arg(t.name, m));
                continue;
            }
            if (assigned.contains(m)) {
                p.issues << Issue::warning(jsonPath, 0, QCoreApplication::translate("Project", "%1 is in more than one tier; only the first counts").arg(m));
                continue;
            }
            assigned << m;
            kept << m;
        }
        t.members = kept;
    }
    QStringList unassigned;
    for (const CharacterEntry &c : std::as_const(p.characters)) {
        if (!assigned.contains(c.name))
            unassigned << c.name;
    }
    if (!unassigned.isEmpty()) {
        auto it = std::find_if(p.tiers.begin(), p.tiers.end(), [](const Tier &t) { return t.name == UnassignedTier; });
        if (it == p.tiers.end())
            p.tiers << Tier{UnassignedTier, 0, unassigned};
        else
            it->members << unassigned;
    }
    for (const CharacterEntry &c : std::as_const(p.characters))
        p.issues << c.sheet.issues;

    result.project = std::move(p);
    return result;
}

QJsonObject Project::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("format_version"), FormatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("work"), work);
    o.insert(QStringLiteral("instruction_template"), instructionTemplate);
    o.insert(QStringLiteral("sheets_dir"), sheetsDir);
    o.insert(QStringLiteral("generation"), QJsonObject{
                                               {QStringLiteral("base_url"), generation.baseUrl},
                                               {QStringLiteral("model"), generation.model},
                                               {QStringLiteral("api_key_env"), generation.apiKeyEnv},
                                               {QStringLiteral("concurrency"), generation.concurrency},
                                               {QStringLiteral("batch_size"), generation.batchSize},
                                               {QStringLiteral("temperature"), generation.temperature},
                                           });
    QJsonObject priceObject;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        priceObject.insert(it.key(), QJsonObject{{QStringLiteral("input_per_million"), it.value().inputPerMillion},
                                                 {QStringLiteral("output_per_million"), it.value().outputPerMillion}});
    o.insert(QStringLiteral("prices"), priceObject);
    QJsonArray characterArray;
    for (const CharacterEntry &c : characters)
        characterArray << QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("sheet"), c.sheetFile}};
    o.insert(QStringLiteral("characters"), characterArray);
    QJsonArray tierArray;
    for (const Tier &t : tiers)
        tierArray << QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("target"), t.target},
                                 {QStringLiteral("members"), QJsonArray::fromStringList(t.members)}};
    o.insert(QStringLiteral("tiers"), tierArray);
    QJsonObject overrideObject;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        overrideObject.insert(it.key(), it.value());
    o.insert(QStringLiteral("overrides"), overrideObject);
    QJsonObject own;
    for (auto it = characterCategories.cbegin(); it != characterCategories.cend(); ++it)
        own.insert(it.key(), categoriesToJson(it.value()));
    o.insert(QStringLiteral("categories"), QJsonObject{{QStringLiteral("common"), categoriesToJson(commonCategories)},
                                                       {QStringLiteral("characters"), own}});
    return o;
}

bool Project::save(QString *error) const
{
    if (const QString outside = ProjectFolder::checkInside(dir, studioJsonPath()); !outside.isEmpty()) {
        if (error)
            *error = outside;
        return false;
    }
    QSaveFile file(studioJsonPath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Project", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(studioJsonPath()), file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Project", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(studioJsonPath()), file.errorString());
        return false;
    }
    return true;
}
