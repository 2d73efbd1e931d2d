#!/usr/bin/env python3
"""Writes a configuration for mock-llm (npm package @dwmkerr/mock-llm, MIT), an OpenAI-compatible
server this project did not write, so that a run of the studio can be tried against it by hand.

Each chat completion answers the next of N prepared batches of five records ({"records": [...]}),
made of random words from the sample project's sheets, so that no two records are near-duplicates;
GET /v1/models lists one model, "mock-voice-1". See docs/generate-mode.md.

    python3 tools/mock-llm-config.py > mock-llm.yaml
    npm install @dwmkerr/mock-llm && HOST=127.0.0.1 PORT=6556 npx mock-llm   # reads ./mock-llm.yaml
"""
import json
import pathlib
import random
import re
import sys

N = 400  # batches: enough for the sample plan (171 requests) and a few retries

here = pathlib.Path(__file__).resolve().parent.parent
text = " ".join(p.read_text(encoding="utf-8") for p in sorted((here / "data/elio/rag-resources").glob("*.md")))
words = list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z']{3,}", text)))
rng = random.Random(7)


def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


out = ['rules:',
       '  - path: "/v1/models"',
       '    method: "GET"',
       '    response:',
       '      status: 200',
       "      content: '" + json.dumps({"object": "list", "data": [{"id": "mock-voice-1", "object": "model", "owned_by": "mock-llm"}]}) + "'"]
for i in range(N):
    records = [{"input": sentence(rng.randint(8, 14))[:-1] + "?",
                "output": sentence(rng.randint(20, 35)) + " " + sentence(rng.randint(10, 20))} for _ in range(5)]
    body = {"id": f"chatcmpl-{i}", "object": "chat.completion", "model": "mock-voice-1",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": json.dumps({"records": records})},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 900, "completion_tokens": 400, "total_tokens": 1300}}
    out += ['  - path: "/v1/chat/completions"',
            '    method: "POST"',
            f'    sequence: {i}',
            '    response:',
            '      status: 200',
            '      content: ' + json.dumps(json.dumps(body))]
sys.stdout.write("\n".join(out) + "\n")
