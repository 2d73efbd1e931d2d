// The shipped translations: the compiled .qm files are embedded under :/i18n/ and translate
// known strings, and every .ts entry is finished and keeps its source's placeholders, HTML tags
// and keyboard mnemonic. ps_translations (the .qm resource) is linked in by
// translations/CMakeLists.txt.

#include "testpaths.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one per plural form, or the one translation
    bool numerus = false;
    qint64 line = 0;
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = TsEntry();
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                entry.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                entry.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

// %1…%99, %L1, %n, %Ln and QProgressBar's %v %m %p, sorted, so that reordering is allowed.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]{1,2}|L?n|[vmp](?![A-Za-z]))"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(m.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*[^>]*>"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

// A single '&' before a letter marks a keyboard mnemonic; "&&" is a literal ampersand.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[^\\s&]"));
    return re.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void embeddedLanguages();
    void translatesKnownStrings_data();
    void translatesKnownStrings();
    void pluralForms_data();
    void pluralForms();
    void resolveLanguage_data();
    void resolveLanguage();
    void tsFilesAreFinished_data();
    void tsFilesAreFinished();
    void noTranslationWrappers();
    void installTranslations();
};

void TestTranslations::embeddedLanguages()
{
    // Every .ts file in translations/ is compiled and embedded.
    const QDir dir(QDir(TestPaths::sourceDir()).filePath(QStringLiteral("translations")));
    for (const QString &ts : dir.entryList({QStringLiteral("persona-studio_*.ts")}, QDir::Files)) {
        const QString qm = QStringLiteral(":/i18n/") + QFileInfo(ts).completeBaseName() + QStringLiteral(".qm");
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
    }
    const QStringList languages = Translations::availableLanguages();
    QCOMPARE(languages.first(), QStringLiteral("en"));
    QVERIFY(languages.contains(QStringLiteral("es")));
    QVERIFY(languages.contains(QStringLiteral("fr")));
}

void TestTranslations::translatesKnownStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("es File") << "es" << "MainWindow" << "&File" << "&Archivo";
    QTest::newRow("es Open Project") << "es" << "MainWindow" << "Open Project…" << "Abrir proyecto…";
    QTest::newRow("es Language") << "es" << "LanguageDialog" << "Language" << "Idioma";
    QTest::newRow("es tier") << "es" << "CharacterListModel" << "Tier" << "Nivel";
    QTest::newRow("es help") << "es" << "main" << "The project folder to open." << "La carpeta del proyecto que se abrirá.";
    QTest::newRow("fr File") << "fr" << "MainWindow" << "&File" << "&Fichier";
    QTest::newRow("fr Open Project") << "fr" << "MainWindow" << "Open Project…" << "Ouvrir un projet…";
    QTest::newRow("fr Language") << "fr" << "LanguageDialog" << "Language" << "Langue";
    QTest::newRow("fr tier") << "fr" << "CharacterListModel" << "Tier" << "Niveau";
    QTest::newRow("fr help") << "fr" << "main" << "The project folder to open." << "Le dossier du projet à ouvrir.";
    // Strings outside QObjects (free functions, the command-line tool) are extracted too.
    QTest::newRow("es importer") << "es" << "Importer" << "invalid UTF-8 at byte %1" << "UTF-8 no válido en el byte %1";
    QTest::newRow("es dataset card") << "es" << "Exporter" << "Records per category" << "Registros por categoría";
    QTest::newRow("es cli usage") << "es" << "cli" << "Usage: persona-studio-cli COMMAND [OPTIONS]" << "Uso: persona-studio-cli COMMAND [OPTIONS]";
    QTest::newRow("es cli summary") << "es" << "cli" << "print the generation plan of a project (--project DIR [--json])"
                                     << "mostrar el plan de generación de un proyecto (--project DIR [--json])";
    QTest::newRow("es cli error") << "es" << "cli" << "%1 needs --project DIR" << "%1 necesita --project DIR";
    QTest::newRow("fr importer") << "fr" << "Importer" << "invalid UTF-8 at byte %1" << "UTF-8 non valide à l'octet %1";
    QTest::newRow("fr cli usage") << "fr" << "cli" << "Usage: persona-studio-cli COMMAND [OPTIONS]" << "Utilisation\u00a0: persona-studio-cli COMMAND [OPTIONS]";
}

void TestTranslations::translatesKnownStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/persona-studio_") + language));
    QCOMPARE(translator.language(), language);
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en 1") << "en" << 1 << "1 warning";
    QTest::newRow("en 2") << "en" << 2 << "2 warnings";
    QTest::newRow("es 1") << "es" << 1 << "1 aviso";
    QTest::newRow("es 3") << "es" << 3 << "3 avisos";
    QTest::newRow("fr 0") << "fr" << 0 << "0 avertissement"; // French: 0 and 1 are singular
    QTest::newRow("fr 1") << "fr" << 1 << "1 avertissement";
    QTest::newRow("fr 2") << "fr" << 2 << "2 avertissements";
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/persona-studio_") + language));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = QCoreApplication::translate("MainWindow", "%n warning(s)", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTranslations::resolveLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("es") << "es" << "es";
    QTest::newRow("es_MX") << "es_MX" << "es";
    QTest::newRow("fr-CA") << "fr-CA" << "fr";
    QTest::newRow("en_GB") << "en_GB" << "en";
    QTest::newRow("not shipped") << "de" << "en";
}

void TestTranslations::resolveLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolveLanguage(language), expected);
}

void TestTranslations::tsFilesAreFinished_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QDir(TestPaths::sourceDir()).filePath(QStringLiteral("translations")));
    const QStringList files = dir.entryList({QStringLiteral("persona-studio_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::tsFilesAreFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<TsEntry> entries = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());

    QStringList problems;
    for (const TsEntry &e : entries) {
        if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
            continue;
        const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(QFileInfo(path).fileName()).arg(e.line).arg(e.context, e.source);
        if (e.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral(": unfinished");
            continue;
        }
        if (e.numerus && e.translations.size() < 2)
            problems << where + QStringLiteral(": %1 plural form(s)").arg(e.translations.size());
        for (const QString &t : e.translations) {
            if (t.isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            if (placeholders(t) != placeholders(e.source))
                problems << where + QStringLiteral(": placeholders %1 in \"%2\"").arg(placeholders(t).join(QLatin1Char(' ')), t);
            if (htmlTags(t) != htmlTags(e.source))
                problems << where + QStringLiteral(": HTML tags differ in \"%1\"").arg(t);
            if (hasMnemonic(t) != hasMnemonic(e.source))
                problems << where + QStringLiteral(": mnemonic (&) differs in \"%1\"").arg(t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// lupdate cannot attribute a string passed through a wrapper such as
// `QString tr(const char *text) { return QCoreApplication::translate("cli", text); }`: such strings
// never reach the .ts files. Outside QObjects the sources call QCoreApplication::translate with a
// literal (docs/translations.md).
void TestTranslations::noTranslationWrappers()
{
    static const QRegularExpression wrapper(QStringLiteral("QString\\s+(?:tr|tr[A-Z_]\\w*)\\s*\\(\\s*const\\s+char\\s*\\*"));
    QStringList found;
    for (const char *folder : {"app", "models", "widgets"}) {
        QDirIterator it(QDir(TestPaths::sourceDir()).filePath(QLatin1String(folder)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            if (wrapper.match(text).hasMatch())
                found << file.fileName();
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// Last: the installed translators stay installed for the rest of the process.
void TestTranslations::installTranslations()
{
    ::installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(QCoreApplication::translate("PlanPage", "%1 — %n character(s)", nullptr, 2).arg(QStringLiteral("main")),
             QStringLiteral("main — 2 personnages"));
    QCOMPARE(QCoreApplication::translate("ImportSummary", "Imported %Ln record(s):", nullptr, 1), QStringLiteral("1 enregistrement importé\u00a0:"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
