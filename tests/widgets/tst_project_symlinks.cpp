// A project folder from elsewhere cannot make the studio read or write outside it through a
// symbolic link: a sheet that links to a file outside, a sheets folder that links to a folder
// outside, a studio.json that links outside. Such sheets are not read (their text would be shown
// and sent to a model), and saving, autosave, new / duplicate / rename / delete of a character
// refuse with a message naming the link; the file outside never changes. A studio.json or
// studio.db that links outside keeps the project from opening; a prompt template that does is
// not read (the built-in one is used). Links that stay inside
// the project keep working. (Names with "../" or absolute paths: tst_project.)

#include "document/projectdocument.h"
#include "document/sheetdocument.h"
#include "generation/promptbuilder.h"
#include "project/projectfolder.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray Secret = "# Secret\n\nNot part of any project: must never be read or overwritten.\n";

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether anything of the outside file made it into the parsed sheet.
bool readSecret(const CharacterSheet &sheet)
{
    if (sheet.name.contains(S("Secret")))
        return true;
    for (const SheetSection &section : sheet.sections) {
        if (section.text.contains(S("Not part of any project")))
            return true;
    }
    return false;
}

QStringList errorsOf(const Project &p)
{
    QStringList out;
    for (const Issue &i : p.issues)
        out << i.message;
    for (const CharacterEntry &c : p.characters) {
        for (const Issue &i : c.sheet.issues)
            out << i.message;
    }
    return out;
}

} // namespace

class TestProjectSymlinks : public QObject
{
    Q_OBJECT

private slots:
    void sheetLinkingOutsideIsNeitherReadNorWritten()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        const QString secret = outside.filePath(S("secret.md"));
        QVERIFY(TempProject::writeFile(secret, Secret));
        const QString sheet = project.path() + S("/rag-resources/character_mara_vell.md");
        QVERIFY(QFile::remove(sheet));
        QVERIFY(QFile::link(secret, sheet));

        const Project p = *Project::open(project.path()).project;
        const CharacterEntry *mara = p.character(S("Mara Vell"));
        QVERIFY(mara);
        QVERIFY(!readSecret(mara->sheet));
        QVERIFY2(errorsOf(p).join(QLatin1Char('\n')).contains(S("symbolic link")), qPrintable(errorsOf(p).join(QLatin1Char('\n'))));

        SheetDocument doc;
        doc.setProjectDir(project.path());
        QVERIFY(!doc.load(sheet, S("Mara Vell")));
        QVERIFY2(doc.errorString().contains(S("symbolic link")), qPrintable(doc.errorString()));
        QVERIFY(!doc.document()->toPlainText().contains(S("Secret")));
        QCOMPARE(read(secret), Secret);
    }

    void sheetTurnedIntoLinkIsNotSaved()
    {
        // Opened while it was a plain file, then replaced by a link: neither Ctrl+S nor the
        // autosave writes through it.
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        const QString secret = outside.filePath(S("secret.md"));
        QVERIFY(TempProject::writeFile(secret, Secret));
        const QString sheet = project.path() + S("/rag-resources/character_ilse_vell.md");
        SheetDocument doc;
        doc.setProjectDir(project.path());
        QVERIFY2(doc.load(sheet, S("Ilse Vell")), qPrintable(doc.errorString()));
        QVERIFY(QFile::remove(sheet));
        QVERIFY(QFile::link(secret, sheet));
        QSignalSpy failed(&doc, &SheetDocument::saveFailed);
        doc.document()->setPlainText(S("# Ilse Vell\n\nOverwritten.\n"));
        QVERIFY(!doc.save(true));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(S("symbolic link")), qPrintable(failed.first().first().toString()));
        QCOMPARE(read(secret), Secret);
        // The autosave finds the file changed under it (a conflict) or refuses the link; either
        // way nothing is written, and "keep mine" is refused too.
        QSignalSpy conflict(&doc, &SheetDocument::conflictChanged);
        doc.document()->setPlainText(S("# Ilse Vell\n\nOverwritten again.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 1 || conflict.count() > 0, SheetDocument::AutosaveDelayMs * 3);
        QCOMPARE(read(secret), Secret);
        QVERIFY(doc.isModified());
        doc.keepMine();
        QVERIFY(failed.count() >= 2);
        QCOMPARE(read(secret), Secret);
    }

    void sheetsFolderLinkingOutside()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        QVERIFY(TempProject::copyRecursively(project.path() + S("/rag-resources"), outside.path()));
        QVERIFY(TempProject::writeFile(outside.filePath(S("character_mara_vell.md")), Secret));
        const QString sheets = project.path() + S("/rag-resources");
        QVERIFY(QDir(sheets).removeRecursively());
        QVERIFY(QFile::link(outside.path(), sheets));
        const QStringList before = QDir(outside.path()).entryList(QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot);

        const Project p = *Project::open(project.path()).project;
        for (const CharacterEntry &c : p.characters)
            QVERIFY2(!readSecret(c.sheet), qPrintable(c.name));
        QVERIFY(errorsOf(p).join(QLatin1Char('\n')).contains(S("outside the project")));

        ProjectDocument document(p);
        const QString created = document.newCharacter(S("Nadia Storm"));
        QVERIFY2(created.contains(S("outside the project")), qPrintable(created));
        QVERIFY(!document.project().character(S("Nadia Storm")));
        QVERIFY2(document.deleteCharacter(S("Tomas Reed")).contains(S("outside the project")), "delete refused");
        QVERIFY2(!document.renameCharacter(S("Ilse Vell"), S("Ilse Storm")).isEmpty(), "rename refused");
        QCOMPARE(QDir(outside.path()).entryList(QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot), before);
        QCOMPARE(read(outside.filePath(S("character_mara_vell.md"))), Secret);

        SheetDocument doc;
        doc.setProjectDir(project.path());
        QVERIFY(!doc.load(document.sheetPath(S("Mara Vell")), S("Mara Vell")));
        QVERIFY(!doc.document()->toPlainText().contains(S("Secret")));
    }

    void studioJsonLinkingOutside()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        const QString target = outside.filePath(S("studio.json"));
        QVERIFY(QFile::copy(project.path() + S("/studio.json"), target));
        const QByteArray original = read(target);
        // Opened while studio.json was a plain file, saved after it became a link: refused.
        Project p = *Project::open(project.path()).project;
        QVERIFY(QFile::remove(project.path() + S("/studio.json")));
        QVERIFY(QFile::link(target, project.path() + S("/studio.json")));
        p.name = S("Changed");
        QString error;
        QVERIFY(!p.save(&error));
        QVERIFY2(error.contains(S("symbolic link")), qPrintable(error));
        QCOMPARE(read(target), original);
        // Such a project does not open.
        const Project::OpenResult opened = Project::open(project.path());
        QVERIFY(!opened.project);
        QVERIFY2(opened.error.contains(S("symbolic link")), qPrintable(opened.error));
    }

    void databaseLinkingOutside()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        const QString target = outside.filePath(S("elsewhere.db"));
        QVERIFY(TempProject::writeFile(target, QByteArray()));
        QVERIFY(QFile::link(target, project.path() + S("/studio.db")));
        const Project::OpenResult opened = Project::open(project.path());
        QVERIFY(!opened.project);
        QVERIFY2(opened.error.contains(S("studio.db")) && opened.error.contains(S("symbolic link")), qPrintable(opened.error));
        QCOMPARE(QFileInfo(target).size(), 0);
    }

    void promptTemplateLinkingOutside()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir outside;
        const QString secret = outside.filePath(S("system.txt"));
        QVERIFY(TempProject::writeFile(secret, "SECRET-TEMPLATE {persona}"));
        QVERIFY(QDir(project.path()).mkpath(S("prompts")));
        QVERIFY(QFile::link(secret, project.path() + S("/prompts/system.txt")));
        QVERIFY(TempProject::writeFile(project.path() + S("/prompts/user.txt"), "Own user template for {persona}."));
        const Project p = *Project::open(project.path()).project;
        PromptBuilder builder(p);
        const QStringList sources = builder.templateSources();
        QVERIFY2(!sources.contains(project.path() + S("/prompts/system.txt")), qPrintable(sources.join(QLatin1Char(' '))));
        QVERIFY2(sources.contains(project.path() + S("/prompts/user.txt")), qPrintable(sources.join(QLatin1Char(' '))));
        const auto prompt = builder.build(S("Mara Vell"), p.categoriesFor(S("Mara Vell")).first(), 3, true);
        QVERIFY(!prompt.system.contains(S("SECRET-TEMPLATE")));
    }

    void linksInsideTheProjectStillWork()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        const QString dir = project.path() + S("/rag-resources");
        QVERIFY(QFile::rename(dir + S("/character_mara_vell.md"), project.path() + S("/mara.md")));
        QVERIFY(QFile::link(project.path() + S("/mara.md"), dir + S("/character_mara_vell.md")));
        QCOMPARE(ProjectFolder::checkInside(project.path(), dir + S("/character_mara_vell.md")), QString());
        QCOMPARE(ProjectFolder::checkInside(project.path(), dir + S("/character_new_one.md")), QString());
        const Project p = *Project::open(project.path()).project;
        QCOMPARE(p.character(S("Mara Vell"))->sheet.name, S("Mara Vell"));
        QVERIFY(!p.character(S("Mara Vell"))->sheet.hasErrors());
        SheetDocument doc;
        doc.setProjectDir(project.path());
        QVERIFY(doc.load(dir + S("/character_mara_vell.md"), S("Mara Vell")));
        doc.document()->setPlainText(doc.document()->toPlainText() + S("\nOne more line.\n"));
        QVERIFY2(doc.save(), qPrintable(doc.errorString()));
        QVERIFY(read(project.path() + S("/mara.md")).contains("One more line."));
    }
};

QTEST_MAIN(TestProjectSymlinks)
#include "tst_project_symlinks.moc"
