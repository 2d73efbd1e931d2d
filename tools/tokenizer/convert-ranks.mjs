// Converts js-tiktoken's rank files (o200k_base, cl100k_base) into the compact binary
// resources the studio compiles in (resources/tokenizer/<name>.bpe).
//
//   cd tools/tokenizer && npm install && node convert-ranks.mjs
//
// Output format (all integers little-endian), wrapped like Qt's qCompress(): a 4-byte
// big-endian uncompressed length followed by a zlib stream.
//   char[4]  "PSBP"
//   uint32   format version (1)
//   uint32   N, the number of ordinary tokens; their ranks are 0..N-1
//   uint32   S, the number of special tokens
//   N times: uint8 length, then that many bytes (the token's bytes; rank = index)
//   S times: uint32 rank, uint8 length, then the special token's UTF-8 text
//
// The script refuses to write anything if the package's pre-tokenization pattern is not the
// one the C++ scanner implements (models/tokenizer/pretokenizer.cpp).
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const pkg = JSON.parse(readFileSync(resolve(here, "node_modules/js-tiktoken/package.json"), "utf8"));

const expectedPatterns = {
  o200k_base:
    "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)?" +
    "|[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)?" +
    "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
  cl100k_base:
    "('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+" +
    "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
};

function parseRanks(bpeRanks) {
  // Same parsing as js-tiktoken's Tiktoken constructor: "<prefix> <offset> <b64> <b64> ...".
  const tokens = [];
  for (const line of bpeRanks.split("\n").filter(Boolean)) {
    const [, offsetStr, ...items] = line.split(" ");
    const offset = Number.parseInt(offsetStr, 10);
    items.forEach((b64, i) => { tokens[offset + i] = Buffer.from(b64, "base64"); });
  }
  return tokens;
}

for (const name of Object.keys(expectedPatterns)) {
  const data = (await import(`js-tiktoken/ranks/${name}`)).default;
  if (data.pat_str !== expectedPatterns[name]) {
    console.error(`${name}: js-tiktoken ${pkg.version} ships a different pattern:\n${data.pat_str}`);
    process.exit(1);
  }
  const tokens = parseRanks(data.bpe_ranks);
  const seen = new Set();
  for (let r = 0; r < tokens.length; ++r) {
    const t = tokens[r];
    if (!t) throw new Error(`${name}: rank ${r} is missing (ranks must be dense)`);
    if (t.length === 0 || t.length > 255) throw new Error(`${name}: rank ${r} has length ${t.length}`);
    const key = t.toString("latin1");
    if (seen.has(key)) throw new Error(`${name}: duplicate token at rank ${r}`);
    seen.add(key);
  }
  const specials = Object.entries(data.special_tokens);
  const parts = [];
  const header = Buffer.alloc(16);
  header.write("PSBP", 0, "latin1");
  header.writeUInt32LE(1, 4);
  header.writeUInt32LE(tokens.length, 8);
  header.writeUInt32LE(specials.length, 12);
  parts.push(header);
  for (const t of tokens) parts.push(Buffer.from([t.length]), t);
  for (const [text, rank] of specials) {
    const bytes = Buffer.from(text, "utf8");
    const head = Buffer.alloc(5);
    head.writeUInt32LE(rank, 0);
    head.writeUInt8(bytes.length, 4);
    parts.push(head, bytes);
  }
  const raw = Buffer.concat(parts);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(raw.length, 0);
  const out = Buffer.concat([size, deflateSync(raw, { level: 9 })]);
  const file = resolve(repo, `resources/tokenizer/${name}.bpe`);
  writeFileSync(file, out);
  const maxLen = tokens.reduce((m, t) => Math.max(m, t.length), 0);
  console.log(`${name}: ${tokens.length} tokens (longest ${maxLen} bytes), ${specials.length} special, ` +
              `${raw.length} -> ${out.length} bytes: ${file}`);
}
console.log(`source: js-tiktoken ${pkg.version}`);
