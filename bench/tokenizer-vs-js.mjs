// Encodes FILE with js-tiktoken (the reference) and prints MB/s, the token count and a hash
// of the ids in the same format as bench_tokenizer, so both lines can be compared.
//   node bench/tokenizer-vs-js.mjs FILE [o200k_base|cl100k_base]
// Needs `npm install` in tools/tokenizer (js-tiktoken is not a run-time dependency).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = resolve(repo, "tools/tokenizer/node_modules/js-tiktoken");
const [file, encoding = "o200k_base"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/tokenizer-vs-js.mjs FILE [o200k_base|cl100k_base]");
  process.exit(2);
}
const { Tiktoken } = await import(pathToFileURL(resolve(pkgDir, "dist/lite.js")).href);
const ranks = (await import(pathToFileURL(resolve(pkgDir, `dist/ranks/${encoding}.js`)).href)).default;
const version = JSON.parse(readFileSync(resolve(pkgDir, "package.json"), "utf8")).version;

const bytes = readFileSync(file);
const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const enc = new Tiktoken(ranks);
enc.encode("warm up", [], []);
const t0 = process.hrtime.bigint();
const ids = enc.encode(text, [], []);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

let h = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask = (1n << 64n) - 1n;
for (const id of ids) {
  for (let b = 0; b < 4; ++b) {
    h ^= BigInt((id >>> (8 * b)) & 0xff);
    h = (h * prime) & mask;
  }
}
const mb = bytes.length / 1e6;
console.log(`js-tiktoken ${version} ${encoding} ${mb.toFixed(2).padStart(8)} MB  encode ${(mb / seconds).toFixed(2).padStart(8)} MB/s ` +
            `(${seconds.toFixed(3)} s)  tokens ${ids.length}  ids-fnv1a ${h.toString(16).padStart(16, "0")}`);
