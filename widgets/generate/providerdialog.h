#pragma once
// ProviderDialog: where the Generate mode's provider is set — a preset (OpenAI, Ollama,
// llama.cpp server, vLLM, LM Studio, custom), base URL, model (offered from GET /models when the
// endpoint lists them), the API key (to the desktop keychain, never the project folder),
// concurrency, batch size, timeout and prices. "Test Connection" runs the engine's
// CapabilityProbe and says in plain words what works. The page saves the result through
// ProjectDocument::setProviderSettings as one undo step.

#include "document/projectdocument.h"

#include <QDialog>
#include <QPointer>

class ApiKeyStore;
class CapabilityProbe;
class ChatClient;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ProviderDialog : public QDialog
{
    Q_OBJECT

public:
    struct Preset
    {
        QString id;
        QString name;
        QString baseUrl;
        QString model;
        bool local = false;   // no key needed, free
    };
    static QList<Preset> presets();

    ProviderDialog(const ProjectDocument::ProviderSettings &settings, QWidget *parent = nullptr);

    ProjectDocument::ProviderSettings settings() const;
    // The key typed in this dialog; only meaningful when keyEdited().
    QString typedKey() const;
    bool keyEdited() const { return m_keyEdited; }

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QLabel *probeLabel() const { return m_probeResult; }
    QLabel *modelsNote() const { return m_modelsNote; }
    QPushButton *testButton() const { return m_test; }
    // Lists the endpoint's models into the model box (GET /models), asynchronously.
    void fetchModels();
    void testConnection();

    // The key a request to `baseUrl` would use now: typed here, else the environment variable.
    static QString keyFromEnvironment(const QString &apiKeyEnv);
    // Plain-words HTML for a probe's result.
    static QString probeText(const QList<QString> &lines, bool ok);

private:
    void growToFit();
    void applyPreset(int index);
    QString currentKey() const;

    QComboBox *m_preset;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QPushButton *m_fetch;
    QLabel *m_modelsNote;
    QLineEdit *m_keyEnv;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QSpinBox *m_concurrency;
    QSpinBox *m_batchSize;
    QSpinBox *m_timeout;
    QDoubleSpinBox *m_priceIn;
    QDoubleSpinBox *m_priceOut;
    QPushButton *m_test;
    QLabel *m_probeResult;
    ProjectDocument::ProviderSettings m_initial;
    QPointer<ChatClient> m_modelsClient;
    QPointer<CapabilityProbe> m_probe;
    ApiKeyStore *m_keys;
    QString m_storedKey;
    bool m_keyEdited = false;
    bool m_applyingPreset = false;
    // The context of the model list's and the probe's callbacks. A request still under way ends,
    // aborted, when its client (a child) is destroyed with the dialog — after this member, so
    // that its callback is not run on widgets already gone (closing the dialog while it lists).
    QObject m_callbackContext;
};
