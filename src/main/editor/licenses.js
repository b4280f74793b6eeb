// Prints the name, version, licence and licence text of every package bundled into tiptap.min.js
// (the production dependencies in package-lock.json), for THIRD-PARTY-LICENSES.txt.
const fs = require('fs');
const path = require('path');
const lock = JSON.parse(fs.readFileSync(path.join(__dirname, 'package-lock.json'), 'utf8'));
const out = [
  'Third-party software in tiptap.min.js (built by src/main/editor/build.sh).',
  '',
];
for (const [where, pkg] of Object.entries(lock.packages).sort()) {
  if (!where || pkg.dev || pkg.optional) continue;
  const dir = path.join(__dirname, where);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  out.push('='.repeat(72));
  out.push(`${meta.name} ${meta.version} (${meta.license})`);
  out.push('');
  out.push(file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${meta.license}`);
  out.push('');
}
process.stdout.write(out.join('\n') + '\n');
