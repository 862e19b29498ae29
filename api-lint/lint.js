#!/usr/bin/env node
// Lints OpenAPI documents with the pinned Spectral CLI and .spectral.yaml (spectral:oas + the OWASP API Security
// ruleset); exits non-zero on any error-severity result. Maven runs it at `verify` on the document each service
// stores at build time. Usage: node api-lint/lint.js <openapi.yaml>...
"use strict";

const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const here = __dirname;
const lockFile = path.join(here, "package-lock.json");
const modules = path.join(here, "node_modules");
// Written after a successful `npm ci`: the lock file's digest, so a changed lock file reinstalls
const stamp = path.join(modules, ".practica-lock-sha256");
const installLock = path.join(here, ".npm-ci.lock");

function lockDigest() {
  return crypto.createHash("sha256").update(fs.readFileSync(lockFile)).digest("hex");
}

function installed() {
  return fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === lockDigest();
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Several services' builds may reach this at once (mvn -T): one installs, the others wait for it
function withInstallLock(action) {
  const deadline = Date.now() + 5 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(installLock);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const age = Date.now() - fs.statSync(installLock).mtimeMs;
      if (age > 10 * 60 * 1000) {
        fs.rmSync(installLock, { recursive: true, force: true }); // left by a killed build
      } else if (Date.now() > deadline) {
        throw new Error(`api-lint: ${installLock} is held by another build; remove it if no build runs`);
      } else {
        sleep(500);
      }
    }
  }
  try {
    action();
  } finally {
    fs.rmSync(installLock, { recursive: true, force: true });
  }
}

function ensureInstalled() {
  if (installed()) return;
  withInstallLock(() => {
    if (installed()) return;
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: here,
      stdio: ["ignore", "ignore", "inherit"],
      shell: process.platform === "win32",
    });
    fs.writeFileSync(stamp, lockDigest());
  });
}

function lint(documents) {
  const cli = path.join(path.dirname(require.resolve("@stoplight/spectral-cli/package.json", { paths: [here] })),
    "dist", "index.js");
  try {
    execFileSync(process.execPath, [cli, "lint", "--ruleset", path.join(here, ".spectral.yaml"),
      "--fail-severity", "error", "--display-only-failures", "--quiet", ...documents], { stdio: "inherit" });
  } catch (e) {
    console.error(`api-lint: errors in ${documents.join(", ")} (spectral:oas + OWASP API Security, see api-lint/)`);
    process.exit(e.status || 1);
  }
  console.log(`api-lint: no errors in ${documents.map((d) => path.relative(process.cwd(), d)).join(", ")}`);
}

const documents = process.argv.slice(2).map((d) => path.resolve(d));
if (documents.length === 0) {
  console.error("usage: node api-lint/lint.js <openapi.yaml>...");
  process.exit(2);
}
for (const d of documents) {
  if (!fs.existsSync(d)) {
    console.error(`api-lint: ${d} is missing; it is written by the Quarkus build (package phase)`);
    process.exit(2);
  }
}
ensureInstalled();
lint(documents);
