#!/usr/bin/env node
// Counts Spectral results per severity and rule for each OpenAPI document given, with the same ruleset as the
// build gate (the figures in docs/api-quality.md). Run api-lint/lint.js once first, so the tools are installed.
// Usage: node api-lint/summary.js <openapi.yaml>...
"use strict";

const { spawnSync } = require("node:child_process");
const path = require("node:path");

const here = __dirname;
const cli = path.join(path.dirname(require.resolve("@stoplight/spectral-cli/package.json", { paths: [here] })),
  "dist", "index.js");
const severities = ["error", "warn", "info", "hint"];

for (const document of process.argv.slice(2)) {
  const run = spawnSync(process.execPath, [cli, "lint", "--ruleset", path.join(here, ".spectral.yaml"),
    "--format", "json", "--quiet", "--fail-severity", "error", document], { encoding: "utf8", maxBuffer: 1 << 28 });
  const results = JSON.parse(run.stdout || "[]");
  const totals = {};
  const perRule = {};
  for (const r of results) {
    const severity = severities[r.severity];
    totals[severity] = (totals[severity] || 0) + 1;
    const key = `${severity} ${r.code}`;
    perRule[key] = (perRule[key] || 0) + 1;
  }
  console.log(`${document}: ${severities.map((s) => `${totals[s] || 0} ${s}`).join(", ")}`);
  for (const key of Object.keys(perRule).sort()) {
    console.log(`  ${String(perRule[key]).padStart(4)}  ${key}`);
  }
}
