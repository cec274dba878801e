'use strict';
// Records what each pinned leancloud-realtime version does with every code, one trace per version
// in traces/. With --check, records again in memory and fails, with a summary of every
// difference, unless the result equals the committed traces byte for byte.
// Usage: node record.js [--check]

const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const check = process.argv.includes('--check');
const packages = Object.keys(require('./package.json').dependencies).filter((p) => p.startsWith('realtime-'));

// Object keys sorted at every level, 2-space indent, final newline.
function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, stable(value[k])]),
  );
}
const serialize = (trace) => `${JSON.stringify(stable(trace), null, 2)}\n`;

function runHarness(pkg) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, 'harness.js'), pkg],
      { maxBuffer: 256 * 1024 * 1024, timeout: 5 * 60 * 1000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${pkg}: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}

const show = (v) => (v === undefined ? 'missing' : JSON.stringify(stable(v)));

// One line per differing field: version, carrier, code, field: recorded vs now.
function differences(version, recorded, now) {
  const lines = [];
  for (const key of new Set([...Object.keys(recorded), ...Object.keys(now)])) {
    if (key === 'carriers') continue;
    if (show(recorded[key]) !== show(now[key])) lines.push(`${version} ${key}: recorded ${show(recorded[key])} vs now ${show(now[key])}`);
  }
  const rc = recorded.carriers || {};
  const nc = now.carriers || {};
  for (const carrier of new Set([...Object.keys(rc), ...Object.keys(nc)])) {
    const rcodes = rc[carrier] || {};
    const ncodes = nc[carrier] || {};
    for (const code of new Set([...Object.keys(rcodes), ...Object.keys(ncodes)])) {
      const r = rcodes[code];
      const n = ncodes[code];
      if (r === undefined || n === undefined) {
        lines.push(`${version} ${carrier} ${code}: ${r === undefined ? 'not recorded before' : 'no longer recorded'}`);
        continue;
      }
      for (const field of new Set([...Object.keys(r), ...Object.keys(n)])) {
        if (show(r[field]) !== show(n[field])) {
          lines.push(`${version} ${carrier} ${code} ${field}: recorded ${show(r[field])} vs now ${show(n[field])}`);
        }
      }
    }
  }
  return lines;
}

async function main() {
  const traces = await Promise.all(packages.map(runHarness));
  const dir = path.join(__dirname, 'traces');
  let failed = false;
  for (const trace of traces) {
    const file = path.join(dir, `leancloud-realtime-${trace.version}.json`);
    const text = serialize(trace);
    if (!check) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      continue;
    }
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (committed === text) {
      console.log(`${trace.version}: same as ${path.relative(process.cwd(), file)}`);
      continue;
    }
    failed = true;
    if (committed === null) {
      console.log(`${trace.version}: ${file} is missing; run node record.js`);
      continue;
    }
    const lines = differences(trace.version, JSON.parse(committed), trace);
    if (!lines.length) lines.push(`${trace.version}: same content, different formatting`);
    console.log(`${trace.version}: ${lines.length} difference(s) from ${path.relative(process.cwd(), file)}:`);
    for (const line of lines.slice(0, 100)) console.log(`  ${line}`);
    if (lines.length > 100) console.log(`  ... and ${lines.length - 100} more`);
  }
  if (failed) {
    console.log('The SDK traces changed; if that is intended, run node record.js and commit traces/.');
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
