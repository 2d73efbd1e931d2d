#pragma once
// Every setting the window keeps between sessions, as typed keys in one place.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

template<typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T defaultValue = T())
        : m_key(QLatin1String(key))
        , m_default(std::move(defaultValue))
    {
    }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace AppSettings {
inline const SettingValue<QByteArray> windowGeometry{"window/geometry"};
inline const SettingValue<QByteArray> windowState{"window/state"};
inline const SettingValue<QByteArray> mainSplitter{"window/mainSplitter"};
inline const SettingValue<QByteArray> charactersSplitter{"characters/splitter"};
inline const SettingValue<int> lastMode{"window/mode", 0};   // the mode shown at the last close
// Any other splitter of the window with an object name, under "splitters/NAME".
inline QByteArray splitterState(const QString &name) { return QSettings().value(QStringLiteral("splitters/") + name).toByteArray(); }
inline void setSplitterState(const QString &name, const QByteArray &state) { QSettings().setValue(QStringLiteral("splitters/") + name, state); }
inline const SettingValue<QStringList> recentProjects{"projects/recent"};
inline const SettingValue<QString> lastProject{"projects/last"};
inline const SettingValue<bool> reviewSpotCheckShown{"review/spotCheckShown", true};   // View ▸ Spot-Check Panel
inline const SettingValue<QString> lastImportDir{"import/lastDir"};   // where File ▸ Import last found files
inline const SettingValue<QByteArray> importSummaryGeometry{"import/summaryGeometry"};   // the import's report, as last sized
inline const SettingValue<QByteArray> personaChooserGeometry{"import/personaChooserGeometry"};   // Create Characters, as last sized
inline const SettingValue<QString> uiLanguage{"ui/language"}; // "es", "fr"…; empty follows the system
inline constexpr int MaxRecentProjects = 8;

// Puts `dir` first in the recent list, without duplicates, trimmed to MaxRecentProjects.
inline void addRecentProject(const QString &dir)
{
    QStringList recent = recentProjects.get();
    recent.removeAll(dir);
    recent.prepend(dir);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    recentProjects.set(recent);
    lastProject.set(dir);
}
}
