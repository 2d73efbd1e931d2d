#include "apikeystore.h"

#include <QSettings>
#include <QTimer>

#ifdef PS_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
const QString Service = QStringLiteral("persona-studio");

QString settingsKey(const QString &baseUrl)
{
    // Slashes would make QSettings groups of the URL.
    return QStringLiteral("keychain/") + QString::fromLatin1(baseUrl.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
}

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{
}

bool ApiKeyStore::isAvailable()
{
#ifdef PS_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

bool ApiKeyStore::hasStoredKey(const QString &baseUrl)
{
    return isAvailable() && QSettings().value(settingsKey(baseUrl)).toBool();
}

void ApiKeyStore::read(const QString &baseUrl, ReadCallback done)
{
#ifdef PS_HAVE_QTKEYCHAIN
    if (hasStoredKey(baseUrl)) {
        auto *job = new QKeychain::ReadPasswordJob(Service, this);
        job->setKey(baseUrl);
        connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            done(read->error() == QKeychain::NoError ? read->textData() : QString(),
                 read->error() == QKeychain::NoError || read->error() == QKeychain::EntryNotFound ? QString() : read->errorString());
        });
        job->start();
        return;
    }
#else
    Q_UNUSED(baseUrl)
#endif
    QTimer::singleShot(0, this, [done] { done(QString(), QString()); });
}

void ApiKeyStore::write(const QString &baseUrl, const QString &key, std::function<void(const QString &error)> done)
{
#ifdef PS_HAVE_QTKEYCHAIN
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(Service, this);
    } else {
        auto *w = new QKeychain::WritePasswordJob(Service, this);
        w->setTextData(key);
        job = w;
    }
    job->setKey(baseUrl);
    connect(job, &QKeychain::Job::finished, this, [done, baseUrl, stored = !key.isEmpty()](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || (!stored && j->error() == QKeychain::EntryNotFound);
        if (ok)
            QSettings().setValue(settingsKey(baseUrl), stored);
        done(ok ? QString() : j->errorString());
    });
    job->start();
#else
    Q_UNUSED(baseUrl)
    Q_UNUSED(key)
    QTimer::singleShot(0, this, [done] { done(tr("This build has no keychain support; set the environment variable instead.")); });
#endif
}
