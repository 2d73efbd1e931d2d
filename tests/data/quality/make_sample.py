#!/usr/bin/env python3
"""Fills a copy of the sample project's studio.db with synthetic records for the Insights
screenshot and manual checks: every character gets its own words, a tic, a spread of creation
times and job costs, and a few planted defects (refusal, fourth-wall break, third person,
truncation, near-duplicates). Usage: make_sample.py PROJECT_DIR (run `persona-studio-cli stats
--project PROJECT_DIR` first so that studio.db exists)."""
import json, random, sqlite3, sys, datetime

random.seed(7)
db = sqlite3.connect(sys.argv[1] + "/studio.db")
studio = json.load(open(sys.argv[1] + "/studio.json"))
names = [m for t in studio["tiers"] for m in t["members"]]
words = {
    "Elio Solis": "aliens space signal radio stars lonely Communiverse Olga base telescope".split(),
    "Glordon": "armor father Hylurg warrior friend lava tunnel gentle soft hug".split(),
    "Olga Solis": "Air Force base Major orders Elio responsibility mission family radar".split(),
}
tics = {"Glordon": "*wiggles happily*", "Elio Solis": "you know what I mean", "Olga Solis": "that's an order"}
common = "the a you I it is that and to of my we this so just really think know here there".split()
start = datetime.datetime(2025, 6, 1, 14, 0)
rows = []
for i in range(1200):
    n = random.choice(names)
    vocab = words.get(n, [w + n[:3].lower() for w in "plan idea sky world song dream light place".split()])
    text = " ".join(random.choice(vocab if random.random() < 0.4 else common) for _ in range(random.randint(10, 30)))
    text = text.capitalize() + "."
    if n in tics and random.random() < 0.5:
        text = tics[n] + " " + text
    if i % 97 == 0:
        text = "As an AI language model, I can't pretend to be a character."
    elif i % 89 == 0:
        text += " In the movie I was braver."
    elif i % 83 == 0:
        text = n.split()[-1] + " thinks this is a great idea."
    elif i % 79 == 0:
        text = text[:-1] + " and then we"
    elif i % 41 == 0 and rows:
        text = rows[-1][4]
    created = start + datetime.timedelta(seconds=i * 2 + random.randint(0, 1))
    status = random.choice(["unreviewed", "unreviewed", "accepted", "edited", "rejected"])
    rows.append((n, random.choice(["greeting", "backstory", "advice", "feelings"]), "Message %d for %s?" % (i, n), status, text,
                 created.isoformat(timespec="milliseconds") + "Z"))
db.executemany("INSERT INTO records (persona, category, input, status, output, created_at) VALUES (?, ?, ?, ?, ?, ?)",
               [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows])
db.execute("INSERT INTO runs (id, started_at, state, model, cost_usd) VALUES (1, ?, 'finished', 'gpt-4o-mini', 0.42)",
           (start.isoformat() + "Z",))
for j in range(40):
    t = start + datetime.timedelta(seconds=j * 60)
    db.execute("INSERT INTO jobs (run_id, persona, category, requested, stored, state, prompt_tokens, completion_tokens, cost_usd,"
               " updated_at) VALUES (1, ?, 'greeting', 5, 5, 'done', 900, 600, ?, ?)",
               (names[j % len(names)], 0.0105, t.isoformat(timespec="milliseconds") + "Z"))
db.commit()
