#include "providerdialog.h"

#include "apikeystore.h"
#include "dollarbox.h"
#include "generation/capabilityprobe.h"
#include "generation/chatclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

QList<ProviderDialog::Preset> ProviderDialog::presets()
{
    return {
        {QStringLiteral("openai"), tr("OpenAI"), QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-4o-mini"), false},
        {QStringLiteral("ollama"), tr("Ollama (this computer)"), QStringLiteral("http://localhost:11434/v1"), QStringLiteral("llama3.1"), true},
        {QStringLiteral("llamacpp"), tr("llama.cpp server (this computer)"), QStringLiteral("http://localhost:8080/v1"), QString(), true},
        {QStringLiteral("vllm"), tr("vLLM (this computer)"), QStringLiteral("http://localhost:8000/v1"), QString(), true},
        {QStringLiteral("lmstudio"), tr("LM Studio (this computer)"), QStringLiteral("http://localhost:1234/v1"), QString(), true},
        {QStringLiteral("custom"), tr("Custom"), QString(), QString(), false},
    };
}

ProviderDialog::ProviderDialog(const ProjectDocument::ProviderSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_keys(new ApiKeyStore(this))
{
    setWindowTitle(tr("Provider Settings"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_preset = new QComboBox(this);
    for (const Preset &p : presets())
        m_preset->addItem(p.name, p.id);
    form->addRow(tr("&Preset:"), m_preset);

    m_baseUrl = new QLineEdit(settings.generation.baseUrl, this);
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8080/v1"));
    m_baseUrl->setToolTip(tr("The OpenAI-compatible endpoint, up to and including /v1. Plain http:// only for this computer."));
    form->addRow(tr("Base &URL:"), m_baseUrl);

    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setCurrentText(settings.generation.model);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(24);
    m_fetch = new QPushButton(tr("&List Models"), this);
    m_fetch->setToolTip(tr("Ask the endpoint which models it serves (GET /models)"));
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_fetch);
    // A row that is a layout gets no buddy of its own: give the label one, so Alt+M works and
    // the & does not show.
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    m_modelsNote = new QLabel(this);
    m_modelsNote->setWordWrap(true);
    m_modelsNote->setMinimumWidth(fontMetrics().averageCharWidth() * 48);   // wraps at the fields' width, not at a sliver
    m_modelsNote->setVisible(false);
    form->addRow(QString(), m_modelsNote);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setEnabled(ApiKeyStore::isAvailable());
    m_key->setPlaceholderText(ApiKeyStore::hasStoredKey(settings.generation.baseUrl) ? tr("stored in the keychain — type to replace")
                                                                                       : tr("none stored"));
    form->addRow(tr("API &key:"), m_key);
    m_keyEnv = new QLineEdit(settings.generation.apiKeyEnv, this);
    form->addRow(tr("…or &environment variable:"), m_keyEnv);
    m_keyNote = new QLabel(ApiKeyStore::isAvailable()
                               ? tr("The key is kept in the desktop keychain, never in the project folder. Without one, the variable above is read.")
                               : tr("This build stores no keys: the key is read from the environment variable above."),
                           this);
    m_keyNote->setWordWrap(true);
    m_keyNote->setMinimumWidth(fontMetrics().averageCharWidth() * 48);   // wraps at the fields' width, not at a sliver
    m_keyNote->setEnabled(false);
    form->addRow(QString(), m_keyNote);

    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(settings.generation.concurrency);
    m_concurrency->setToolTip(tr("Requests in flight at once; the run lowers it by itself when the server pushes back."));
    form->addRow(tr("&Concurrency:"), m_concurrency);
    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(1, 50);
    m_batchSize->setValue(settings.generation.batchSize);
    m_batchSize->setSuffix(tr(" records per request"));
    form->addRow(tr("&Batch size:"), m_batchSize);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 3600);
    m_timeout->setValue(settings.timeoutS);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), m_timeout);

    m_priceIn = new QDoubleSpinBox(this);
    m_priceOut = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_priceIn, m_priceOut}) {
        box->setRange(0, 1000);
        box->setDecimals(3);
        setDollarSign(box);
        box->setSpecialValueText(tr("free"));
    }
    m_priceIn->setValue(settings.price.inputPerMillion);
    m_priceOut->setValue(settings.price.outputPerMillion);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(new QLabel(tr("input"), this));
    priceRow->addWidget(m_priceIn, 1);
    auto *outputLabel = new QLabel(tr("&output"), this);
    outputLabel->setBuddy(m_priceOut);
    priceRow->addWidget(outputLabel);
    priceRow->addWidget(m_priceOut, 1);
    auto *priceLabel = new QLabel(tr("P&rice per million tokens:"), this);   // its letter reaches the input price
    priceLabel->setBuddy(m_priceIn);
    form->addRow(priceLabel, priceRow);

    m_test = new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test Connection"), this);
    m_probeResult = new QLabel(this);
    m_probeResult->setWordWrap(true);
    m_probeResult->setMinimumWidth(fontMetrics().averageCharWidth() * 48);   // wraps at the fields' width, not at a sliver
    m_probeResult->setTextFormat(Qt::RichText);
    m_probeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_probeResult);
    layout->addStretch(1);
    layout->addWidget(buttons);

    int presetIndex = m_preset->findData(settings.preset);
    if (presetIndex < 0) {
        // Recognise a preset by its URL; anything else is custom.
        presetIndex = m_preset->count() - 1;
        const QList<Preset> all = presets();
        for (int i = 0; i < all.size(); ++i) {
            if (!all.at(i).baseUrl.isEmpty() && all.at(i).baseUrl == settings.generation.baseUrl)
                presetIndex = i;
        }
    }
    m_preset->setCurrentIndex(presetIndex);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ProviderDialog::applyPreset);
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] {
        if (!m_applyingPreset)
            m_preset->setCurrentIndex(m_preset->count() - 1);
    });
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &ProviderDialog::fetchModels);
    connect(m_fetch, &QPushButton::clicked, this, &ProviderDialog::fetchModels);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_test, &QPushButton::clicked, this, &ProviderDialog::testConnection);
    resize(560, sizeHint().height());

    // The stored key is only needed to list models or test; reading it may prompt an unlock.
    if (ApiKeyStore::hasStoredKey(settings.generation.baseUrl)) {
        m_keys->read(settings.generation.baseUrl, [this](const QString &key, const QString &) {
            m_storedKey = key;
            fetchModels();
        });
    } else {
        fetchModels();
    }
}

void ProviderDialog::applyPreset(int index)
{
    const QList<Preset> all = presets();
    if (index < 0 || index >= all.size() || all.at(index).baseUrl.isEmpty())
        return;
    const Preset &p = all.at(index);
    m_applyingPreset = true;
    m_baseUrl->setText(p.baseUrl);
    m_applyingPreset = false;
    if (!p.model.isEmpty())
        m_model->setCurrentText(p.model);
    if (p.local) {
        m_priceIn->setValue(0);
        m_priceOut->setValue(0);
    }
    fetchModels();
}

QString ProviderDialog::keyFromEnvironment(const QString &apiKeyEnv)
{
    return apiKeyEnv.isEmpty() ? QString() : qEnvironmentVariable(apiKeyEnv.toLocal8Bit().constData());
}

QString ProviderDialog::currentKey() const
{
    if (m_keyEdited && !m_key->text().isEmpty())
        return m_key->text();
    if (!m_storedKey.isEmpty())
        return m_storedKey;
    return keyFromEnvironment(m_keyEnv->text().trimmed());
}

void ProviderDialog::fetchModels()
{
    const QString base = m_baseUrl->text().trimmed();
    if (base.isEmpty())
        return;
    delete m_modelsClient;
    m_modelsClient = new ChatClient(base, currentKey(), this);
    if (!m_modelsClient->configurationError().isEmpty()) {
        m_modelsNote->setText(m_modelsClient->configurationError());
        m_modelsNote->setVisible(true);
        growToFit();
        return;
    }
    ChatClient *client = m_modelsClient;
    m_fetch->setEnabled(false);
    client->listModels(&m_callbackContext, [this, client](const ChatResponse &response) {
        m_fetch->setEnabled(true);
        client->deleteLater();
        if (!response.ok()) {
            // A refused key is the user's to put right; a missing list only means typing the name.
            m_modelsNote->setText(response.httpStatus == 401 || response.httpStatus == 403
                                      ? tr("The endpoint refused the key for its model list (%1): check the key below.").arg(response.errorString)
                                      : tr("No model list from this endpoint (%1); type the model's name.").arg(response.errorString));
            m_modelsNote->setVisible(true);
            growToFit();
            return;
        }
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray())
            ids << v.toObject().value(QLatin1String("id")).toString();
        ids.removeAll(QString());
        ids.sort(Qt::CaseInsensitive);
        const QString current = m_model->currentText();
        m_model->clear();
        m_model->addItems(ids);
        m_model->setCurrentText(current.isEmpty() && !ids.isEmpty() ? ids.first() : current);
        m_modelsNote->setText(ids.isEmpty() ? tr("The endpoint lists no models; type the model's name.")
                                            : tr("%n model(s) offered by the endpoint.", nullptr, int(ids.size())));
        m_modelsNote->setVisible(true);
        growToFit();
    });
}

QString ProviderDialog::probeText(const QList<QString> &lines, bool ok)
{
    QString html = ok ? tr("<b>The endpoint works.</b>") : tr("<b>The endpoint does not work yet.</b>");
    html += QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void ProviderDialog::testConnection()
{
    delete m_probe;
    m_probe = new CapabilityProbe(m_baseUrl->text().trimmed(), currentKey(), m_model->currentText().trimmed(), this);
    m_test->setEnabled(false);
    m_probeResult->setText(tr("Testing %1…").arg(m_baseUrl->text().trimmed().toHtmlEscaped()));
    CapabilityProbe *probe = m_probe;
    connect(probe, &CapabilityProbe::finished, &m_callbackContext, [this, probe](const CapabilityProbe::Result &result) {
        m_test->setEnabled(true);
        m_probeResult->setText(probeText(CapabilityProbe::describe(result, m_model->currentText().trimmed()),
                                         result.reachable && result.keyAccepted && result.completionWorks));
        growToFit();
        probe->deleteLater();
    });
    probe->start(std::max(5, m_timeout->value()) * 1000);
}

ProjectDocument::ProviderSettings ProviderDialog::settings() const
{
    ProjectDocument::ProviderSettings s = m_initial;
    s.generation.baseUrl = m_baseUrl->text().trimmed();
    s.generation.model = m_model->currentText().trimmed();
    s.generation.apiKeyEnv = m_keyEnv->text().trimmed();
    s.generation.concurrency = m_concurrency->value();
    s.generation.batchSize = m_batchSize->value();
    s.timeoutS = m_timeout->value();
    s.price = {m_priceIn->value(), m_priceOut->value()};
    s.priceKnown = true;
    s.preset = m_preset->currentData().toString();
    return s;
}

QString ProviderDialog::typedKey() const
{
    return m_key->text();
}

void ProviderDialog::growToFit()
{
    // A note or a probe result that wraps to more lines than there is room for would be cut
    // off: grow the dialog (never shrink it under the user's hands) once the layout knows.
    QTimer::singleShot(0, this, [this] {
        if (!layout())
            return;
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}
