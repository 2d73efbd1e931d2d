#include "generationrun.h"

#include "util/money.h"

#include "generationjournal.h"
#include "project/tierplan.h"
#include "responseparser.h"
#include "tokenizer/tokencount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace {

Pacer::Settings pacerSettings(const GenerationOptions &o)
{
    Pacer::Settings s;
    s.maxConcurrency = std::max(1, o.concurrency);
    s.backoffBaseMs = std::max<qint64>(1, o.backoffBaseMs);
    s.backoffMaxMs = std::max<qint64>(s.backoffBaseMs, 30000);
    return s;
}

QStringList characterNames(const Project &p)
{
    QStringList names;
    for (const CharacterEntry &c : p.characters)
        names << c.name;
    return names;
}
} // namespace

QString GenerationRun::Summary::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed: return QStringLiteral("completed");
    case Outcome::Incomplete: return QStringLiteral("incomplete");
    case Outcome::Stopped: return QStringLiteral("stopped");
    case Outcome::BudgetReached: return QStringLiteral("budget");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

GenerationRun::GenerationRun(const Project &project, const GenerationOptions &options, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_options(options)
    , m_pacer(pacerSettings(options))
    , m_validator(characterNames(project))
{
    qRegisterMetaType<GenerationRun::Job>();
    qRegisterMetaType<GenerationRun::Progress>();
    qRegisterMetaType<GenerationRun::Summary>();
    m_options.batchSize = std::clamp(m_options.batchSize, 1, 50);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_prompts = std::make_unique<PromptBuilder>(m_project);
    m_client = new ChatClient(m_options.baseUrl, m_options.apiKey(), this);
    m_client->setMaxParallel(m_options.concurrency);
    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &GenerationRun::schedule);
    m_avgCompletionPerRecord = m_options.completionTokensPerRecord;
}

GenerationRun::~GenerationRun()
{
    // Callbacks of aborted requests would reach a half-destroyed run: drop them first.
    m_active.clear();
    if (m_client)
        m_client->abortAll();
}

QString GenerationRun::capabilityKey() const
{
    return m_client->baseUrl().toString() + QLatin1Char('|') + m_options.model;
}

bool GenerationRun::useStructured() const
{
    return m_structuredByEndpoint.value(capabilityKey(), true);
}

void GenerationRun::setStructured(bool on)
{
    if (useStructured() == on)
        return;
    m_structuredByEndpoint.insert(capabilityKey(), on);
    if (!on)
        emit message(tr("%1 does not honour structured output for %2; asking for plain JSON from now on")
                         .arg(m_client->baseUrl().toString(), m_options.model));
}

int GenerationRun::batchFor(int need) const
{
    // A small remainder rides along instead of costing a request of its own: 6 missing with
    // batches of 5 is one request of 6, not 5 + 1.
    const int stretch = m_options.batchSize + m_options.batchSize / 2;
    return need <= stretch ? need : std::min(need, m_options.batchSize);
}

int GenerationRun::estimatedCompletion(int count) const
{
    return int(40 + m_avgCompletionPerRecord * count);
}

double GenerationRun::costOf(qint64 promptTokens, qint64 completionTokens) const
{
    const std::optional<ModelPrice> price = m_project.priceFor(m_options.model);
    if (!price)
        return 0;
    return (double(promptTokens) * price->inputPerMillion + double(completionTokens) * price->outputPerMillion) / 1e6;
}

bool GenerationRun::prepareSlots(QString *error)
{
    m_slots.clear();
    const TierPlan plan = TierPlan::compute(m_project);
    for (const QString &wanted : m_options.personas) {
        if (!plan.persona(wanted)) {
            *error = tr("\"%1\" is not a character of this project").arg(wanted);
            return false;
        }
    }
    const QHash<QString, QHash<QString, int>> counts = m_store.isOpen() ? m_store.countsByPersonaCategory()
                                                                         : QHash<QString, QHash<QString, int>>();
    for (const PersonaPlan &p : plan.personas) {
        if (!m_options.personas.isEmpty() && !m_options.personas.contains(p.name))
            continue;
        const QList<Category> categories = m_project.categoriesFor(p.name);
        for (const auto &[name, target] : p.categories) {
            if (target <= 0)
                continue;
            Slot s;
            s.persona = p.name;
            s.target = target;
            s.stored = counts.value(p.name).value(name);
            for (const Category &c : categories) {
                if (c.name == name)
                    s.category = c;
            }
            s.category.name = name;
            m_slots << s;
        }
    }
    return true;
}

bool GenerationRun::openStore(QString *error)
{
    return m_store.open(m_project.databasePath(), error);
}

QList<GenerationRun::PlannedRequest> GenerationRun::plannedRequests(QString *error)
{
    QList<PlannedRequest> result;
    if (QFileInfo::exists(m_project.databasePath()) && !m_store.isOpen() && !openStore(error))
        return result;
    if (!prepareSlots(error))
        return result;
    for (const Slot &s : std::as_const(m_slots)) {
        int missing = std::max(0, s.target - s.stored);
        while (missing > 0) {
            const int n = batchFor(missing);
            missing -= n;
            PlannedRequest r;
            r.persona = s.persona;
            r.category = s.category.name;
            r.count = n;
            r.promptTokens = m_prompts->build(s.persona, s.category, n, true).tokens;
            r.completionTokens = estimatedCompletion(n);
            r.costUsd = costOf(r.promptTokens, r.completionTokens);
            result << r;
        }
    }
    return result;
}

bool GenerationRun::start(QString *error)
{
    QString why;
    if (m_state != State::Idle) {
        *error = tr("the run has already started");
        return false;
    }
    if (!m_client->configurationError().isEmpty()) {
        *error = m_client->configurationError();
        return false;
    }
    if (!m_store.isOpen() && !openStore(error))
        return false;
    m_journal = std::make_unique<GenerationJournal>(m_store.database());
    if (!m_journal->closeInterrupted(&why) || !prepareSlots(error)) {
        if (!why.isEmpty())
            *error = why;
        return false;
    }
    // Everything already stored counts for the duplicate checks, whichever run or import made it.
    for (const Record &r : m_store.records())
        m_validator.remember(r.persona, r.input, r.finalOutput());
    m_runId = m_journal->startRun(m_client->baseUrl().toString(), m_options.model, m_options.toJson(), &why);
    if (!m_runId) {
        *error = why;
        return false;
    }
    m_summary = {};
    m_summary.runId = m_runId;
    m_summary.priceKnown = m_project.priceFor(m_options.model).has_value();
    m_clock.start();
    setState(State::Running);
    // Not from inside start(): callers connect to finished() after start() returns true.
    QTimer::singleShot(0, this, &GenerationRun::schedule);
    return true;
}

void GenerationRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void GenerationRun::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void GenerationRun::resume()
{
    if (m_state == State::Paused) {
        setState(State::Running);
        schedule();
    }
}

void GenerationRun::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_stopReason = Summary::Outcome::Stopped;
    setState(State::Stopping);
    schedule();
}

void GenerationRun::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_stopReason = Summary::Outcome::Cancelled;
    setState(State::Stopping);
    m_client->abortAll(); // each aborted request ends its job as Cancelled
    schedule();
}

void GenerationRun::wakeIn(qint64 ms)
{
    ms = std::max<qint64>(1, ms);
    if (!m_wake->isActive() || m_wake->remainingTime() > ms)
        m_wake->start(int(std::min<qint64>(ms, 3600000)));
}

void GenerationRun::schedule()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    // Called from a slot of a signal emitted while an answer is handled (stop() or cancel() on
    // recordsStored, say): ending jobs now would free the job being handled. onAnswer()
    // schedules once it is done.
    if (m_handlingAnswer > 0)
        return;
    const qint64 now = m_pacer.now();
    if (m_state == State::Stopping) {
        // Waiting retries will not be sent any more.
        std::vector<qint64> waiting;
        for (auto &[id, a] : m_active) {
            if (!a.inFlight)
                waiting.push_back(id);
        }
        for (qint64 id : waiting) {
            const auto it = m_active.find(id);
            if (it != m_active.end())   // a slot of jobStateChanged may have cancelled it meanwhile
                endJob(it->second, JobState::Cancelled, false);
        }
        maybeFinish();
        return;
    }
    if (m_state == State::Running) {
        // The state is checked on every turn: a slot of jobStateChanged may pause or stop the run.
        while (m_state == State::Running && m_inFlight < std::min(m_options.concurrency, m_pacer.concurrencyLimit())) {
            // Retries that are due come first: their records are already reserved.
            ActiveJob *next = nullptr;
            qint64 earliestRetry = -1;
            for (auto &[id, a] : m_active) {
                if (a.inFlight || a.job.state != JobState::Retrying)
                    continue;
                if (a.job.retryAtMs <= now) {
                    next = &a;
                    break;
                }
                earliestRetry = earliestRetry < 0 ? a.job.retryAtMs : std::min(earliestRetry, a.job.retryAtMs);
            }
            int slotIndex = -1;
            if (!next) {
                for (int i = 0; i < m_slots.size(); ++i) {
                    const int candidate = (m_nextSlot + i) % int(m_slots.size());
                    if (m_slots[candidate].need() > 0) {
                        slotIndex = candidate;
                        break;
                    }
                }
                if (slotIndex < 0) {
                    if (earliestRetry >= 0)
                        wakeIn(earliestRetry - now);
                    break;
                }
            }
            const Slot &slot = m_slots[next ? next->slot : slotIndex];
            const int count = next ? next->job.requested : batchFor(slot.need());
            const PromptBuilder::Prompt prompt = m_prompts->build(slot.persona, slot.category, count, useStructured(), slot.recentInputs);
            const int completion = estimatedCompletion(count);
            const qint64 delay = m_pacer.delayFor(prompt.tokens + completion);
            if (delay > 0) {
                wakeIn(delay);
                break;
            }
            const double estimate = costOf(prompt.tokens, completion);
            if (m_options.maxCostUsd >= 0) {
                double committed = m_summary.costUsd;
                for (const auto &[id, a] : m_active)
                    committed += a.inFlight ? a.estimatedCost : 0;
                if (committed + estimate > m_options.maxCostUsd) {
                    emit message(tr("the budget of %1 would be passed by the next request; stopping").arg(Money::usd(m_options.maxCostUsd, 4)));
                    m_stopReason = Summary::Outcome::BudgetReached;
                    setState(State::Stopping);
                    QTimer::singleShot(0, this, &GenerationRun::schedule);
                    break;
                }
            }
            if (!next) {
                QString why;
                Slot &s = m_slots[slotIndex];
                const qint64 id = m_journal->addJob(m_runId, s.persona, s.category.name, count, &why);
                if (!id) {
                    failRun(tr("the job journal in %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_project.databasePath()), why));
                    return;
                }
                m_nextSlot = (slotIndex + 1) % int(m_slots.size());
                s.reserved += count;
                ActiveJob a;
                a.job.id = id;
                a.job.persona = s.persona;
                a.job.category = s.category.name;
                a.job.requested = count;
                a.slot = slotIndex;
                next = &m_active.emplace(id, a).first->second;
            }
            next->promptTokens = prompt.tokens;
            next->estimatedCost = estimate;
            next->structured = useStructured();
            ChatRequest request;
            request.model = m_options.model;
            request.temperature = m_options.temperature;
            request.maxTokens = 80 + count * m_options.maxTokensPerRecord;
            request.structured = next->structured;
            request.timeoutMs = m_options.timeoutMs;
            request.messages = QJsonArray{
                QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt.system}},
                QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), prompt.user}},
            };
            next->ticket = m_pacer.started(prompt.tokens + completion);
            next->inFlight = true;
            ++m_inFlight;
            ++m_summary.requests;
            next->job.attempts += 1;
            next->job.state = JobState::Running;
            const qint64 jobId = next->job.id;
            GenerationJournal::JobUpdate u;
            u.jobId = jobId;
            u.state = QStringLiteral("running");
            u.attempts = next->job.attempts;
            m_journal->updateJob(u, nullptr);
            next->callId = m_client->complete(request, this, [this, jobId](const ChatResponse &r) { onAnswer(jobId, r); });
            emitJob(*next);
        }
    }
    emitProgress();
    maybeFinish();
}

void GenerationRun::onAnswer(qint64 jobId, const ChatResponse &response)
{
    const auto it = m_active.find(jobId);
    if (it == m_active.end())
        return;
    ActiveJob &a = it->second;
    a.inFlight = false;
    --m_inFlight;
    a.job.lastError.clear();
    ++m_handlingAnswer;
    if (response.ok())
        handleAnswer(a, response);
    else
        handleFailure(a, response);
    --m_handlingAnswer;
    // A nested answer (a request aborted by cancel() from a slot) leaves scheduling to the outer one.
    if (m_handlingAnswer == 0 && m_state != State::Finished)
        schedule();
}

void GenerationRun::retryLater(ActiveJob &a, Pacer::Failure failure, const QString &cause, const RateLimitInfo &info)
{
    m_summary.retries[cause] += 1;
    if (a.job.attempts >= m_options.maxAttempts || m_state == State::Stopping) {
        if (m_state != State::Stopping)
            emit message(tr("%1 / %2: giving up a job after %Ln attempt(s) (%3)", nullptr, a.job.attempts)
                             .arg(a.job.persona, a.job.category, a.job.lastError));
        m_summary.retries[cause] -= 1;
        endJob(a, m_state == State::Stopping ? JobState::Cancelled : JobState::Failed, m_state != State::Stopping);
        return;
    }
    const qint64 wait = m_pacer.failed(a.ticket, failure, info, a.job.attempts);
    a.job.state = JobState::Retrying;
    a.job.retryAtMs = m_pacer.now() + wait;
    GenerationJournal::JobUpdate u;
    u.jobId = a.job.id;
    u.state = QStringLiteral("retrying");
    u.attempts = a.job.attempts;
    u.lastError = a.job.lastError;
    m_journal->updateJob(u, nullptr);
    emitJob(a);
    emit retryScheduled(a.job, cause, wait);
    wakeIn(wait);
}

void GenerationRun::handleFailure(ActiveJob &a, const ChatResponse &r)
{
    a.job.lastError = r.errorString;
    switch (r.error) {
    case ChatResponse::Error::Aborted:
        endJob(a, JobState::Cancelled, false);
        return;
    case ChatResponse::Error::Configuration:
        failRun(r.errorString);
        return;
    case ChatResponse::Error::Timeout:
        retryLater(a, Pacer::Failure::Timeout, QStringLiteral("timeout"), r.rateLimit);
        return;
    case ChatResponse::Error::Connection:
        retryLater(a, Pacer::Failure::Connection, QStringLiteral("connection"), r.rateLimit);
        return;
    case ChatResponse::Error::None:
    case ChatResponse::Error::Http:
        break;
    }
    const int status = r.httpStatus;
    if (a.structured && r.structuredOutputRejected()) {
        setStructured(false);
        // Not the job's fault: this attempt does not count.
        a.job.attempts -= 1;
        m_summary.retries[QStringLiteral("structured_output_rejected")] += 1;
        a.job.state = JobState::Retrying;
        a.job.retryAtMs = m_pacer.now();
        emitJob(a);
        emit retryScheduled(a.job, QStringLiteral("structured_output_rejected"), 0);
        return;
    }
    if (status == 401 || status == 403) {
        failRun(tr("the server refused the API key (from $%1): %2").arg(m_options.apiKeyEnv, r.errorString));
        return;
    }
    if (status == 404) {
        failRun(tr("the server does not know this model or path: %1").arg(r.errorString));
        return;
    }
    if (status == 429) {
        retryLater(a, Pacer::Failure::RateLimited, QStringLiteral("429"), r.rateLimit);
        return;
    }
    if (status >= 500 || status == 408 || status == 409 || status == 200) {
        retryLater(a, Pacer::Failure::ServerError, QStringLiteral("5xx"), r.rateLimit);
        return;
    }
    // Another 4xx: the request itself is wrong; repeating it would not help.
    endJob(a, JobState::Failed, true);
}

void GenerationRun::handleAnswer(ActiveJob &a, const ChatResponse &r)
{
    Slot &slot = m_slots[a.slot];
    const ParsedResponse parsed = ResponseParser::parse(r.content);
    if (a.structured && !parsed.exactShape && r.finishReason != QLatin1String("length"))
        setStructured(false); // the server ignored response_format

    const qint64 promptTokens = r.usageReported ? r.promptTokens : a.promptTokens;
    const qint64 completionTokens = r.usageReported ? r.completionTokens : TokenCount::count(r.content);
    const double cost = costOf(promptTokens, completionTokens);

    QHash<QString, int> drops;
    if (parsed.unreadable > 0)
        drops[RecordValidator::Unparseable] += parsed.unreadable;
    const int room = std::min(a.job.requested - a.job.stored, slot.target - slot.stored);
    QList<Record> accepted;
    const QString instruction = m_project.instructionFor(slot.persona);
    for (const ParsedItem &item : parsed.items) {
        const QString reason = m_validator.check(slot.persona, item);
        if (!reason.isEmpty()) {
            drops[reason] += 1;
            continue;
        }
        if (accepted.size() >= room) {
            drops[RecordValidator::Surplus] += 1;
            continue;
        }
        Record rec;
        rec.persona = slot.persona;
        rec.category = slot.category.name;
        rec.instruction = instruction;
        rec.input = item.input;
        rec.output = item.output;
        rec.source = QStringLiteral("run:%1").arg(m_runId);
        rec.model = m_options.model;
        rec.jobId = a.job.id;
        rec.promptTokens = int(TokenCount::count(instruction) + TokenCount::count(item.input));
        rec.completionTokens = int(TokenCount::count(item.output));
        accepted << rec;
        // Remembered now so a duplicate later in the same batch is caught.
        m_validator.remember(rec.persona, rec.input, rec.output);
    }
    const int n = int(accepted.size());
    if (n > 0 && r.usageReported && r.completionTokens > 0) {
        const double perRecord = double(r.completionTokens) / std::max<qsizetype>(1, parsed.items.size());
        m_avgCompletionPerRecord = 0.7 * m_avgCompletionPerRecord + 0.3 * perRecord;
    }

    // Decide the job's next state before committing, so the journal row says it in the same
    // transaction as the records.
    const bool complete = a.job.stored + n >= a.job.requested || slot.stored + n >= slot.target;
    JobState next = JobState::Done;
    QString cause;
    if (n == 0 && !complete) {
        cause = QStringLiteral("bad_answer");
        a.job.lastError = parsed.error.isEmpty() ? tr("no usable record in the answer") : parsed.error;
        next = (a.job.attempts < m_options.maxAttempts && m_state != State::Stopping) ? JobState::Retrying : JobState::Failed;
    }

    StoredAnswer answer;
    GenerationJournal::Commit &c = answer.commit;
    c.runId = m_runId;
    c.persona = slot.persona;
    c.category = slot.category.name;
    c.records = accepted;
    c.drops = drops;
    c.job.jobId = a.job.id;
    c.job.state = next == JobState::Retrying ? QStringLiteral("retrying") : next == JobState::Done ? QStringLiteral("done") : QStringLiteral("failed");
    c.job.attempts = a.job.attempts;
    c.job.lastError = a.job.lastError;
    c.job.addStored = n;
    c.job.addPromptTokens = int(promptTokens);
    c.job.addCompletionTokens = int(completionTokens);
    c.job.addCost = cost;
    c.job.latencyMs = r.latencyMs;
    answer.drops = drops;
    answer.next = next;
    answer.cause = cause;
    answer.records = n;
    answer.promptTokens = promptTokens;
    answer.completionTokens = completionTokens;
    answer.cost = cost;
    answer.rateLimit = r.rateLimit;
    answer.latencyMs = r.latencyMs;
    storeAnswer(a, std::move(answer));
}

void GenerationRun::storeAnswer(ActiveJob &a, StoredAnswer answer)
{
    // Another connection may hold studio.db for seconds (taking a large import out of the
    // project is one transaction): the answer, paid for, waits and is stored then — on a timer,
    // not in a loop on this thread, which is the window's.
    constexpr int TryWaitMs = 200;                   // each try: at most this for the lock
    constexpr qint64 GiveUpAfterMs = 5 * 60 * 1000;
    if (answer.firstTryMs < 0)
        answer.firstTryMs = m_pacer.now();
    bool busy = false;
    QString why;
    if (m_journal->tryCommit(answer.commit, TryWaitMs, &busy, &why)) {
        answerStored(a, answer);
        return;
    }
    if (!busy || m_pacer.now() - answer.firstTryMs >= GiveUpAfterMs) {
        failRun(tr("records could not be stored in %1: %2").arg(QDir::toNativeSeparators(m_project.databasePath()), why));
        return;
    }
    // In flight until stored: no more requests for it, and the run does not finish without it.
    a.inFlight = true;
    ++m_inFlight;
    const qint64 jobId = a.job.id;
    m_waitingToStore[jobId] = std::move(answer);
    QTimer::singleShot(TryWaitMs, this, [this, jobId] { retryStore(jobId); });
}

void GenerationRun::retryStore(qint64 jobId)
{
    const auto waiting = m_waitingToStore.find(jobId);
    if (waiting == m_waitingToStore.end())
        return;
    StoredAnswer answer = std::move(waiting->second);
    m_waitingToStore.erase(waiting);
    --m_inFlight;
    const auto it = m_active.find(jobId);
    if (it == m_active.end()) {   // not expected: a job in flight is not ended
        maybeFinish();
        return;
    }
    ActiveJob &a = it->second;
    a.inFlight = false;
    // As onAnswer(): slots of the signals emitted leave scheduling to the end.
    ++m_handlingAnswer;
    storeAnswer(a, std::move(answer));
    --m_handlingAnswer;
    if (m_handlingAnswer == 0 && m_state != State::Finished)
        schedule();
}

void GenerationRun::answerStored(ActiveJob &a, const StoredAnswer &answer)
{
    Slot &slot = m_slots[a.slot];
    const GenerationJournal::Commit &c = answer.commit;
    const QHash<QString, int> &drops = answer.drops;
    const int n = answer.records;
    m_pacer.succeeded(a.ticket, answer.rateLimit, answer.latencyMs);

    a.job.stored += n;
    a.job.promptTokens += int(answer.promptTokens);
    a.job.completionTokens += int(answer.completionTokens);
    a.job.costUsd += answer.cost;
    slot.stored += n;
    m_summary.promptTokens += answer.promptTokens;
    m_summary.completionTokens += answer.completionTokens;
    m_summary.costUsd += answer.cost;
    m_summary.storedThisRun[slot.persona] += n;
    for (const Record &rec : std::as_const(c.records))
        slot.recentInputs << rec.input;
    while (slot.recentInputs.size() > 12)
        slot.recentInputs.removeFirst();
    for (auto it = drops.cbegin(); it != drops.cend(); ++it)
        m_summary.drops[it.key()] += it.value();

    if (n > 0)
        emit recordsStored(slot.persona, slot.category.name, n, slot.stored, slot.target);
    for (auto it = drops.cbegin(); it != drops.cend(); ++it)
        emit recordsDropped(slot.persona, slot.category.name, it.key(), it.value());

    if (answer.next == JobState::Retrying) {
        // The server did answer: no cool-down for everyone, just this job a little later.
        m_summary.retries[answer.cause] += 1;
        const qint64 wait = std::min<qint64>(m_pacer.backoffMs(1), m_options.backoffBaseMs);
        a.job.state = JobState::Retrying;
        a.job.retryAtMs = m_pacer.now() + wait;
        emitJob(a);
        emit retryScheduled(a.job, answer.cause, wait);
        wakeIn(wait);
        return;
    }
    endJob(a, answer.next, n == 0);
}

void GenerationRun::endJob(ActiveJob &a, JobState state, bool countsAsFailure)
{
    Slot &slot = m_slots[a.slot];
    slot.reserved = std::max(0, slot.reserved - (a.job.requested));
    if (a.job.stored > 0) {
        // A partly filled job gives its reservation back above; what is stored counts in slot.stored.
        slot.failStreak = 0;
    } else if (countsAsFailure) {
        if (++slot.failStreak >= 3 && !slot.givenUp) {
            slot.givenUp = true;
            m_summary.givenUp << QStringLiteral("%1 / %2").arg(slot.persona, slot.category.name);
            emit message(tr("%1 / %2: three jobs in a row ended without a record; this category is left for another run (last error: %3)")
                             .arg(slot.persona, slot.category.name, a.job.lastError));
        }
    }
    a.job.state = state;
    if (state != JobState::Done) {
        GenerationJournal::JobUpdate u;
        u.jobId = a.job.id;
        u.state = state == JobState::Failed ? QStringLiteral("failed") : QStringLiteral("cancelled");
        u.attempts = a.job.attempts;
        u.lastError = a.job.lastError;
        m_journal->updateJob(u, nullptr);
    }
    const ActiveJob copy = a;
    m_active.erase(a.job.id);
    emitJob(copy);
}

void GenerationRun::failRun(const QString &error)
{
    if (m_summary.error.isEmpty())
        m_summary.error = error;
    emit message(error);
    m_stopReason = Summary::Outcome::Failed;
    setState(State::Stopping);
    m_client->abortAll();
    QTimer::singleShot(0, this, &GenerationRun::schedule);
}

void GenerationRun::maybeFinish()
{
    if (m_finishing || m_state == State::Finished || m_state == State::Idle || m_state == State::Paused)
        return;
    if (m_inFlight > 0)
        return;
    if (m_state == State::Running) {
        if (!m_active.empty())
            return;
        for (const Slot &s : std::as_const(m_slots)) {
            if (s.need() > 0)
                return;
        }
    }
    m_finishing = true;
    m_wake->stop();
    Summary::Outcome outcome = m_state == State::Stopping ? m_stopReason : Summary::Outcome::Completed;
    bool met = true;
    for (const Slot &s : std::as_const(m_slots)) {
        m_summary.target[s.persona] += s.target;
        m_summary.storedTotal[s.persona] += s.stored;
        met = met && s.stored >= s.target;
    }
    m_summary.targetsMet = met;
    if (outcome == Summary::Outcome::Completed && !met)
        outcome = Summary::Outcome::Incomplete;
    m_summary.outcome = outcome;
    m_summary.wallMs = m_clock.elapsed();
    m_summary.structuredOutput = useStructured();
    QString why;
    if (m_journal)
        m_journal->finishRun(m_runId, Summary::outcomeName(outcome), &why);
    setState(State::Finished);
    emitProgress();
    emit finished(m_summary);
}

void GenerationRun::emitJob(const ActiveJob &a)
{
    emit jobStateChanged(a.job);
}

GenerationRun::Progress GenerationRun::progress() const
{
    Progress p;
    for (const Slot &s : m_slots) {
        p.target += s.target;
        p.stored += std::min(s.stored, s.target);
    }
    for (auto it = m_summary.storedThisRun.cbegin(); it != m_summary.storedThisRun.cend(); ++it)
        p.storedThisRun += it.value();
    p.inFlight = m_inFlight;
    for (const auto &[id, a] : m_active)
        p.retrying += a.job.state == JobState::Retrying ? 1 : 0;
    p.concurrencyLimit = std::min(m_options.concurrency, m_pacer.concurrencyLimit());
    p.promptTokens = m_summary.promptTokens;
    p.completionTokens = m_summary.completionTokens;
    p.costUsd = m_summary.costUsd;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return p;
}

void GenerationRun::emitProgress()
{
    emit progressChanged(progress());
}

QList<GenerationRun::Job> GenerationRun::jobs() const
{
    QList<Job> result;
    for (const auto &[id, a] : m_active)
        result << a.job;
    return result;
}
