# Precompiled headers: most of the studio's files are small and spend their compile time parsing
# the same Qt headers. The core library, the widgets library and the two groups of tests (core
# only, with widgets) each precompile the headers they share; every test of a group reuses its
# group's first test's header, so the 40 test executables parse Qt once per group, not 40 times.
# PERSONA_STUDIO_PCH=OFF builds without them (what to try first if a build acts strangely).
option(PERSONA_STUDIO_PCH "Precompile the Qt headers most files include" ON)

set(PS_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QObject> <QPointer> <QRegularExpression>
    <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimer> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(PS_PCH_WIDGETS
    <QAction> <QApplication> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu>
    <QMessageBox> <QPlainTextEdit> <QPushButton> <QTableView> <QTreeView> <QTreeWidget>
    <QVBoxLayout> <QWidget>)

# ps_use_pch(TARGET HEADERS...) — precompile HEADERS for TARGET.
function(ps_use_pch target)
    if(PERSONA_STUDIO_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# ps_reuse_pch(TARGET FROM) — TARGET uses the header FROM precompiled (same flags and definitions).
function(ps_reuse_pch target from)
    if(PERSONA_STUDIO_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
