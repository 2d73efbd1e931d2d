#pragma once
// ApiKeyStore: the provider's API key in the desktop keychain (qtkeychain), one entry per base
// URL, never in the project folder. Built without qtkeychain it stores nothing and the key comes
// only from the environment variable the project names. Reading is asynchronous (the keychain
// may ask the user to unlock it); the GUI thread never waits on it.

#include <QObject>
#include <functional>

class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &key, const QString &error)>;

    explicit ApiKeyStore(QObject *parent = nullptr);

    static bool isAvailable();
    // True when this studio stored a key for `baseUrl` (remembered in the settings, so a project
    // without one never touches the keychain).
    static bool hasStoredKey(const QString &baseUrl);
    // `done` runs later on this thread, with an empty key when none is stored.
    void read(const QString &baseUrl, ReadCallback done);
    // Stores `key` (empty: removes the entry). `done` gets an error text or an empty string.
    void write(const QString &baseUrl, const QString &key, std::function<void(const QString &error)> done);
};
