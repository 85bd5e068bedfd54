#!/usr/bin/env node
// Browser tests drive Debian's Chromium (Playwright never downloads a browser here). When it is
// missing: install it if we are root on Debian, otherwise stop with one line saying what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function aptInstall() {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  if (install().status === 0) return true;
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  return install().status === 0;
}

if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests…");
    if (!aptInstall() || !existsSync(path)) {
      console.error(
        "Could not install Chromium with apt-get; install it (apt-get install -y chromium) and retry.",
      );
      process.exit(1);
    }
  } else {
    console.error(
      `Browser tests need Chromium at ${path}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}
