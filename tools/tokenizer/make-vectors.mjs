// Generates the tokenizer test vectors (tests/data/tokenizer/) with js-tiktoken, the
// reference implementation: fixed cases, a seeded random differential set, invalid UTF-8 byte
// strings and chat requests.
//
//   cd tools/tokenizer && npm install && node make-vectors.mjs
//
// vectors.jsonl, one case per line:
//   {"name": ..., "text": "..."}                 a well-formed string
//   {"name": ..., "utf16": "d83d0041..."}        UTF-16 code units in hex (lone surrogates)
//   {"name": ..., "utf8": "c3a9ff..."}           raw bytes in hex, decoded like
//                                                new TextDecoder("utf-8", {ignoreBOM: true})
//   {"name": ..., "repeat": "a", "times": 10000} the string repeated
// each with "o200k" and "cl100k" (token ids, from js-tiktoken's encode(text, [], []), i.e.
// special tokens encoded as ordinary text).
//
// js-tiktoken's merge loop is quadratic in the piece length (a 10,000-character piece takes
// about 12 s, a 100,000-character one about 20 minutes), so the two 100,000-character cases
// ("reference": "linear") are computed with this script's own O(n log n) merge, which the
// script first checks against js-tiktoken on every other case, and refuses to write anything
// if they differ anywhere.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Tiktoken } from "js-tiktoken/lite";
import o200kRanks from "js-tiktoken/ranks/o200k_base";
import cl100kRanks from "js-tiktoken/ranks/cl100k_base";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, "../../tests/data/tokenizer");
mkdirSync(outDir, { recursive: true });

const encoders = { o200k: new Tiktoken(o200kRanks), cl100k: new Tiktoken(cl100kRanks) };
const patterns = { o200k: o200kRanks.pat_str, cl100k: cl100kRanks.pat_str };
const ref = (name, text) => encoders[name].encode(text, [], []);

// ---- an independent O(n log n) merge, for the cases js-tiktoken is too slow for ----------
function linearEncode(name, text) {
  const enc = encoders[name];
  const rankOf = (bytes) => enc.rankMap.get(bytes.join(","));
  const out = [];
  for (const m of text.matchAll(new RegExp(patterns[name], "ug"))) {
    const piece = new TextEncoder().encode(m[0]);
    const whole = rankOf(piece);
    if (whole !== undefined) { out.push(whole); continue; }
    const n = piece.length;
    const next = Array.from({ length: n }, (_, i) => i + 1);
    const prev = Array.from({ length: n }, (_, i) => i - 1);
    const pairRank = (i) => (next[i] >= n ? Infinity : rankOf(piece.subarray(i, next[next[i]] ?? n)) ?? Infinity);
    const rank = Array.from({ length: n }, (_, i) => pairRank(i));
    // binary heap of [rank, start]
    const heap = [];
    const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
    const push = (e) => { heap.push(e); let i = heap.length - 1; while (i > 0) { const p = (i - 1) >> 1; if (!less(heap[i], heap[p])) break; [heap[i], heap[p]] = [heap[p], heap[i]]; i = p; } };
    const pop = () => { const top = heap[0]; const last = heap.pop(); if (heap.length) { heap[0] = last; let i = 0; for (;;) { const l = 2 * i + 1, r = l + 1; let s = i; if (l < heap.length && less(heap[l], heap[s])) s = l; if (r < heap.length && less(heap[r], heap[s])) s = r; if (s === i) break; [heap[i], heap[s]] = [heap[s], heap[i]]; i = s; } } return top; };
    for (let i = 0; i < n; ++i) if (rank[i] !== Infinity) push([rank[i], i]);
    while (heap.length) {
      const [r, i] = pop();
      if (rank[i] !== r) continue;
      const j = next[i];
      next[i] = next[j];
      if (next[j] < n) prev[next[j]] = i;
      rank[j] = Infinity;
      rank[i] = pairRank(i);
      if (rank[i] !== Infinity) push([rank[i], i]);
      if (i > 0) { const p = prev[i]; rank[p] = pairRank(p); if (rank[p] !== Infinity) push([rank[p], p]); }
    }
    for (let i = 0; i < n; i = next[i]) out.push(rankOf(piece.subarray(i, next[i])));
  }
  return out;
}

// ---- seeded random ------------------------------------------------------------------------
let seed = 0x5eed1234;
function rnd() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const fragments = [
  // ASCII words, names, contractions
  "Elio", "Mira", "hello", "HELLO", "World", "iPhone", "McDonald", "camelCase", "CamelCase", "ALLCAPS", "x", "I",
  "'s", "'S", "'t", "'T", "'re", "'RE", "'Re", "'rE", "'ve", "'VE", "'m", "'M", "'ll", "'LL", "'Ll", "'d", "'D", "'", "''", "'x",
  "\u2019s", "\u2019", "don't", "DON'T", "we're", "I'M", "y'all", "'tis",
  // numbers
  "0", "7", "42", "123", "1234", "12345", "3.14159", "1,000,000", "2024-05-13", "v1.2.3", "0x1F",
  "\u0663\u0664\u0665", "\u096A\u096B", "\u2167", "\u00BD", "\u00B2", "\u2460", "\uFF11\uFF12",
  // punctuation and symbols
  "!", "?", "...", "!!!", "?!", "*", "**", "*wiggles happily*", "(", ")", "[", "]", "{", "}", "<", ">", "/", "//", "\\", "-", "--", "\u2014",
  "\u201C", "\u201D", "\"", "#", "@", "$", "%", "^", "&", "_", "=", "+", "~", "`", "|", ";", ":", ",", ".", "<|endoftext|>", "<|endofprompt|>", "</s>",
  "http://example.com/a/b", "/\n", "!\n/", ":/", "\u00A9", "\u2122", "\u20AC", "\u00B0",
  // white space
  " ", " ", " ", "  ", "   ", "\t", "\t\t", "\n", "\n\n", "\r\n", "\r", " \n", "\n ", " \t\n", "\u00A0", "\u2003", "\u3000", "\uFEFF", "\u0085",
  "\u2028", "\u2029", "\u000B", "\u000C", "\u1680", "\u202F", "\u205F", "\u180E", "\u200B",
  // accents, precomposed and decomposed, combining marks alone
  "caf\u00E9", "cafe\u0301", "\u00C9lodie", "E\u0301lodie", "na\u00EFve", "\u00FCber", "\u00C5ngstr\u00F6m", "A\u030A", "\u0301", "\u0301\u0301", "\u20DD", "e\u0308\u0304",
  "\u01C5", "\u01C8", "\u01CB", "\u01F2", "\u1F88", "\u02B0", "\u02C6", "\u00AA", "\u00BA", "\u3005", "\uFF70", "\u00DF", "\u0130", "\u0131", "\uFB01",
  // scripts
  "\u4F60\u597D", "\u4E16\u754C", "\u6211\u662F\u827E\u5229\u5965", "\u3053\u3093\u306B\u3061\u306F", "\u30AB\u30BF\u30AB\u30CA", "\uD55C\uAD6D\uC5B4", "\u1100\u1161\u11A8",
  "\u0645\u0631\u062D\u0628\u0627", "\u0627\u0644\u0633\u0651\u064E\u0644\u0627\u0645", "\u05E9\u05DC\u05D5\u05DD", "\u0928\u092E\u0938\u094D\u0924\u0947", "\u0939\u093F\u0928\u094D\u0926\u0940",
  "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35", "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22", "\u041F\u0440\u0438\u0432\u0435\u0442", "\u0394\u03B5\u03B9\u03AC", "\u10D2\u10D0\u10DB\u10D0\u10E0\u10EF\u10DD\u10D1\u10D0",
  "\u1780\u17D2\u1798\u17C2\u179A", "\u0F56\u0F7C\u0F51", "\u1200\u1208", "\uD840\uDC00", "\uD87E\uDC00", "\uD86D\uDF40",
  // newer Unicode (15, 15.1, 16, 17): letters the scanner must still classify like Node does
  "\uD838\uDC30\uD838\uDC31", "\uD884\uDF50\uD884\uDF51", "\uD87A\uDFF0", "\uD807\uDF04\uD807\uDF05", "\uD839\uDCD0", "\u0C5D", "\uD801\uDD70",
  // emoji
  "\uD83D\uDE00", "\uD83D\uDE02", "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66",
  "\uD83C\uDDEF\uD83C\uDDF5", "\uD83C\uDDFA\uD83C\uDDF8", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F", "\u263A", "\u2728", "\uD83E\uDD16", "#\uFE0F\u20E3",
  // odd code points
  "\uE000", "\uDB80\uDC00", "\uFFFD", "\uFFFF", "\u0000", "\u0001", "\u007F", "\u0080", "\u00AD", "\u200D", "\u2060",
];
const loneSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

function randomCodePoint() {
  const r = rnd();
  if (r < 0.4) return int(0x20, 0x7e);
  if (r < 0.6) return int(0x80, 0x2fff);
  if (r < 0.8) return int(0x3000, 0xffff);
  return int(0x10000, 0x10ffff);
}
function randomString() {
  const parts = [];
  const n = int(1, 12);
  for (let i = 0; i < n; ++i) {
    const r = rnd();
    if (r < 0.7) parts.push(pick(fragments));
    else if (r < 0.85) parts.push(String.fromCodePoint(randomCodePoint()));
    else if (r < 0.9) parts.push(pick(loneSurrogates));
    else if (r < 0.95) parts.push(pick(["a", "A", "\u00E9", " ", "\n", "!", "9", "\u4E00", "\u0301", "ab", "Ab"]).repeat(int(2, 120)));
    else parts.push(pick(fragments).repeat(int(2, 8)));
  }
  return parts.join("");
}
const hasLoneSurrogate = (s) => /\p{Cs}/u.test(s);
const utf16Hex = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, "0")).join("");

// ---- cases ---------------------------------------------------------------------------------
const cases = [];
// Lone surrogates cannot travel in UTF-8 JSON, and some JSON readers (Qt's among them) drop a
// U+FEFF at the start of a string: such texts are written as UTF-16 hex.
const addText = (name, text) =>
  cases.push(hasLoneSurrogate(text) || text.startsWith("\uFEFF") ? { name, utf16: utf16Hex(text), text } : { name, text });

const fixed = {
  "empty": "",
  "hello": "hello world",
  "dialogue": "*wiggles happily* Elio is my best friend!",
  "dialogue2": "\"Don't you dare,\" Mira whispered. *She's grinning.* \"We'll see...\"",
  "contractions": "It's can't we're they've I'm you'll he'd IT'S CAN'T WE'RE THEY'VE I'M YOU'LL HE'D",
  "contractions-mixed-case": "it'S it'T we'Re we'rE they'Ve they'vE you'Ll you'lL",
  "contraction-after-punct": "'s 'S ''s 'sa x's x'ss x'res",
  "curly-apostrophe": "It\u2019s Elio\u2019s and we\u2019re fine \u2018quoted\u2019",
  "digits": "1 12 123 1234 12345 123456 1234567 3.14159 1,234,567 2024-05-13T10:20:30Z",
  "letters-digits": "abc123def4567ghi A1B2C3 x86_64 mp3 MP3 COVID19",
  "other-digits": "\u0661\u0662\u0663\u0664 \u0967\u0968\u0969\u096A\u096B \u00BD\u00BE \u2160\u2161\u2162\u2163 \u00B2\u00B3 \uFF11\uFF12\uFF13\uFF14",
  "spaces": "a  b   c    d\t\te\t \tf \u00A0g",
  "trailing-spaces": "line   \nnext  \n\n  last   ",
  "leading-spaces": "   indented\n\t\tcode\n",
  "newlines": "a\n\nb\r\n\r\nc\rd\n \n \ne",
  "only-spaces": "     ",
  "only-newlines": "\n\n\n",
  "space-newline-mix": " \n \t \r\n  \n   x",
  "exotic-whitespace": "a\u2003b\u3000c\uFEFFd\u0085e\u2028f\u2029g\u000Bh\u000Ci\u1680j\u202Fk\u205Fl",
  "punctuation": "Hello!!! What?! ... --- *** ((nested)) [[x]] {{y}} <tag/> a/b/c //comment\n/* c */",
  "punct-newline-slash": "end.\n/next !!\r\n//x ?/\n/",
  "special-tokens-as-text": "<|endoftext|> hi <|endofprompt|><|fim_prefix|>",
  "emoji": "I love it \uD83D\uDE00\uD83D\uDE02\u2764\uFE0F \uD83D\uDC4D\uD83C\uDFFD",
  "emoji-zwj": "family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 and \uD83D\uDC69\u200D\uD83D\uDCBB",
  "flags": "\uD83C\uDDEF\uD83C\uDDF5\uD83C\uDDFA\uD83C\uDDF8\uD83C\uDDE9\uD83C\uDDEA \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
  "cjk": "\u6211\u662F\u827E\u5229\u5965\u7684\u597D\u670B\u53CB\u3002\u4ECA\u5929\u5929\u6C14\u5F88\u597D\uFF01",
  "japanese": "\u3053\u3093\u306B\u3061\u306F\u3001\u30A8\u30EA\u30AA\u3067\u3059\u3002\u6771\u4EAC\u306B\u4F4F\u3093\u3067\u3044\u307E\u3059\u3002",
  "korean": "\uC548\uB155\uD558\uC138\uC694, \uC800\uB294 \uC5D8\uB9AC\uC624\uC785\uB2C8\uB2E4.",
  "arabic": "\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0627\u0644\u0639\u0627\u0644\u0645! \u0627\u0644\u0633\u0651\u064E\u0644\u0627\u0645\u064F \u0639\u064E\u0644\u064E\u064A\u0652\u0643\u064F\u0645\u0652",
  "hindi": "\u0928\u092E\u0938\u094D\u0924\u0947, \u092E\u0947\u0930\u093E \u0928\u093E\u092E \u090F\u0932\u093F\u092F\u094B \u0939\u0948\u0964",
  "thai": "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\u0E04\u0E23\u0E31\u0E1A \u0E1C\u0E21\u0E0A\u0E37\u0E48\u0E2D\u0E40\u0E2D\u0E25\u0E34\u0E42\u0E2D",
  "combining": "e\u0301 a\u0300\u0301\u0302 \u0301start x\u20DD Z\u0351\u0352\u0353\u0354a\u035Cl\u0361go",
  "accented-precomposed": "Caf\u00E9 na\u00EFve \u00C9lodie \u00FCber S\u00E3o Paulo \u00C5ngstr\u00F6m",
  "accented-decomposed": "Cafe\u0301 nai\u0308ve E\u0301lodie u\u0308ber Sa\u0303o Paulo A\u030Angstro\u0308m",
  "titlecase-modifier": "\u01C5ungla \u01C8ubljana \u01CBovi \u02B0ello \u02C6x \u00AAb \u3005\u3005 \uFF70\uFF70",
  "upper-then-lower-mix": "HTTPServer XMLHttpRequest \u00C9COLE\u00E9t\u00E9 \u0391\u03B8\u03AE\u03BD\u03B1 \u0391\u0398\u0397\u039D\u0391'S",
  "lo-after-upper": "A\u4E00 AB\u4E00 A\u4E00B \u4E00A\u4E00 \u01C5\u4E00 \u02B0A",
  "lone-surrogates": "a\uD800b \uDC00 \uD83D \uDE00x\uDBFF",
  "newer-unicode": "\uD838\uDC30\uD838\uDC31 \uD884\uDF50\uD884\uDF51 \uD87A\uDFF0 \uD807\uDF04\uD807\uDF05 \u0C5D",
  "code": "int main() {\n    return 0; // done\n}\n\tif (x == 1) { y += 2; }\n",
  "json": "{\"name\": \"Elio\", \"age\": 7, \"tags\": [\"a\", \"b\"]}",
  "url-path": "See https://example.com/path/to/page?x=1&y=2#frag or ./local/file.txt",
  "long-word": "Pneumonoultramicroscopicsilicovolcanoconiosis Supercalifragilisticexpialidocious",
  "long-letters-200": "abcdefghij".repeat(20),
  "long-upper-200": "ABCDEFGHIJ".repeat(20),
  "long-cjk": "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341".repeat(15),
  "long-emoji": "\uD83D\uDE00".repeat(60),
  "long-punct": "!?.,;:".repeat(40),
  "long-digits": "1234567890".repeat(30),
  "control-chars": "a\u0000b\u0001c\u007Fd\u0080e",
};
for (const [name, text] of Object.entries(fixed)) addText(name, text);
const repeats = [["a", 1000], ["a", 10000], [" ", 10000], ["\n", 5000], ["ab", 3000], ["\u00E9", 3000], ["\uD83D\uDE00", 2000], ["1", 3001], ["!", 5000], [" a", 3000], ["A", 5000]];
for (const [unit, times] of repeats) cases.push({ name: `repeat-${times}`, repeat: unit, times, text: unit.repeat(times) });
for (let i = 0; i < 3000; ++i) addText(`random-${i}`, randomString());

// invalid UTF-8: random mixes of valid sequences and broken ones
const badBytes = [[0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
  [0xef, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90], [0xf0, 0x90, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff],
  [0xc3, 0x28], [0xe2, 0x82, 0x28], [0xf0, 0x28, 0x8c, 0xbc], [0xef, 0xbb, 0xbf]];
const byteCases = [];
byteCases.push({ name: "bom-then-text", bytes: [0xef, 0xbb, 0xbf, ...Buffer.from("Hello")] });
byteCases.push({ name: "truncated-at-end", bytes: [...Buffer.from("caf"), 0xc3] });
byteCases.push({ name: "truncated-emoji", bytes: [...Buffer.from("hi "), 0xf0, 0x9f, 0x98] });
for (let i = 0; i < 400; ++i) {
  const bytes = [];
  const n = int(1, 10);
  for (let k = 0; k < n; ++k) {
    if (rnd() < 0.5) bytes.push(...Buffer.from(pick(fragments), "utf8"));
    else bytes.push(...pick(badBytes));
  }
  byteCases.push({ name: `bytes-${i}`, bytes });
}
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
for (const c of byteCases) cases.push({ name: c.name, utf8: Buffer.from(c.bytes).toString("hex"), text: decoder.decode(Uint8Array.from(c.bytes)) });

// ---- encode --------------------------------------------------------------------------------
const t0 = Date.now();
for (const c of cases) {
  for (const name of ["o200k", "cl100k"]) {
    c[name] = ref(name, c.text);
    const check = linearEncode(name, c.text);
    if (check.join(",") !== c[name].join(",")) throw new Error(`linear merge differs from js-tiktoken on ${c.name} (${name})`);
  }
}
for (const unit of ["a", " "]) {
  const c = { name: `repeat-100000-${unit === " " ? "space" : unit}`, repeat: unit, times: 100000, reference: "linear" };
  const text = unit.repeat(c.times);
  c.o200k = linearEncode("o200k", text);
  c.cl100k = linearEncode("cl100k", text);
  cases.push({ ...c, text });
}
const lines = cases.map((c) => {
  const { text, ...rest } = c;
  const out = { name: rest.name };
  if (rest.repeat !== undefined) { out.repeat = rest.repeat; out.times = rest.times; }
  else if (rest.utf8 !== undefined) out.utf8 = rest.utf8;
  else if (rest.utf16 !== undefined) out.utf16 = rest.utf16;
  else out.text = text;
  if (rest.reference) out.reference = rest.reference;
  out.o200k = rest.o200k;
  out.cl100k = rest.cl100k;
  return JSON.stringify(out);
});
writeFileSync(resolve(outDir, "vectors.jsonl"), lines.join("\n") + "\n");

// ---- chat requests, counted like the OpenAI Cookbook's num_tokens_from_messages -----------
const chats = [
  [{ role: "system", content: "You are Elio, a cheerful seven-year-old robot. Stay in character." },
   { role: "user", content: "Hi Elio! What's your favourite colour?" },
   { role: "assistant", content: "*spins around* Blue! Like the sky \uD83D\uDE00" }],
  [{ role: "system", content: "You are a helpful, pattern-following assistant that translates corporate jargon into plain English." },
   { role: "system", name: "example_user", content: "New synergies will help drive top-line growth." },
   { role: "system", name: "example_assistant", content: "Things working well together will increase revenue." },
   { role: "system", name: "example_user", content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage." },
   { role: "system", name: "example_assistant", content: "Let's talk later when we're less busy about how to do better." },
   { role: "user", content: "This late pivot means we don't have time to boil the ocean for the client deliverable." }],
  [{ role: "user", content: "" }],
  [],
  [{ role: "user", name: "Mira", content: "\u4F60\u597D\uFF01<|endoftext|> caf\u00E9" }],
];
const chatOut = chats.map((messages) => {
  const out = { messages };
  for (const name of ["o200k", "cl100k"]) {
    let n = 3; // reply priming
    for (const m of messages) {
      n += 3;
      for (const [key, value] of Object.entries(m)) {
        n += ref(name, value).length;
        if (key === "name") n += 1;
      }
    }
    out[name] = n;
  }
  return out;
});
writeFileSync(resolve(outDir, "chat.json"), JSON.stringify(chatOut, null, 1) + "\n");
console.log(`${cases.length} cases, ${chats.length} chats in ${Date.now() - t0} ms (js-tiktoken ${(await import("node:fs")).readFileSync(resolve(here, "node_modules/js-tiktoken/package.json"), "utf8").match(/"version": "([^"]+)"/)[1]}, Unicode ${process.versions.unicode})`);
