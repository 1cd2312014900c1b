// Plays Swarmfield in Firefox through WebDriver BiDi (puppeteer-core), for
// game/e2e/browser's TestBrowserFirefox, which starts it under Xvfb:
//
//	node firefox.mjs
//
// with FIREFOX (the browser), URL (the page, ?seed=N&bench=1 for a seed
// with an orb straight right of the centre), SHOT (the screenshot to save)
// and, with NOWEBGL=1, a check of the error panel instead of play. It
// prints what it did, one line a step, and exits with status 1 and one
// line saying what went wrong at the first failed check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const { FIREFOX, URL, SHOT, NOWEBGL } = process.env;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function check(ok, message) {
  if (!ok) throw new Error(message);
}

// waitFor polls the game's state until cond holds.
async function waitFor(page, what, ms, cond) {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await page.evaluate(() => window.swarmfield.state());
    if (cond(s)) return s;
    check(Date.now() < deadline, `timed out after ${ms} ms waiting for ${what}; last state ${JSON.stringify(s)}`);
    await sleep(50);
  }
}

// waitReady waits until the game has drawn its first frames.
async function waitReady(page) {
  try {
    await page.waitForFunction(
      () => window.swarmfield && typeof window.swarmfield.state === "function" && window.swarmfield.state().frames > 1,
      { timeout: 90_000, polling: 100 },
    );
  } catch (e) {
    const panel = await page.evaluate(() => document.getElementById("error-text").textContent);
    throw new Error(`the game did not start: ${e.message} (error panel: ${JSON.stringify(panel)})`);
  }
}

async function play(page) {
  await page.goto(URL);
  await waitReady(page);
  let s = await page.evaluate(() => window.swarmfield.state());
  check(s.scene === "title" && s.player.x === 400 && s.player.y === 300, `opened on ${JSON.stringify(s)}, want the title with the player at the centre`);
  const before = s.best;
  console.log(`title: best ${before}`);

  // A first visit starts with the how-to; Esc skips it and starts the run.
  await page.click("canvas");
  s = await waitFor(page, "a click to start the run", 10_000, (s) => s.scene === "playing" || s.scene === "howto");
  if (s.scene === "howto") {
    console.log("click: how-to");
    await page.keyboard.press("Escape");
    await waitFor(page, "Esc to skip the how-to", 10_000, (s) => s.scene === "playing");
  }
  console.log("click: playing");

  // Hold the right arrow until the orb straight ahead is taken.
  const x0 = (await page.evaluate(() => window.swarmfield.state())).player.x;
  await page.keyboard.down("ArrowRight");
  s = await waitFor(page, "the orb to the right to be taken", 60_000, (s) => s.score >= 1 || s.player.x >= 780);
  await page.keyboard.up("ArrowRight");
  await sleep(200);
  s = await page.evaluate(() => window.swarmfield.state());
  const dx = s.player.x - x0;
  check(dx > 0 && dx % 10 === 0, `holding the right arrow moved the player by ${dx}, want a positive multiple of 10`);
  check(s.score >= 1, `walked right to x=${s.player.x} without taking the orb there: score ${s.score}`);
  console.log(`right arrow: x ${x0} -> ${s.player.x}, score ${s.score}`);

  // Out of the field: up until the run ends.
  await page.keyboard.down("ArrowUp");
  s = await waitFor(page, "the run to end", 90_000, (s) => s.gameOver);
  await page.keyboard.up("ArrowUp");
  // The first run that scores makes the empty high-score table: it asks
  // for initials, which the arrows change and Enter saves.
  check(s.scene === "initials" && s.player.y < 0, `after walking out: ${JSON.stringify(s)}, want the initials entry after a run that ended above the field`);
  const best = s.best;
  check(best >= s.score && best >= 1, `best ${best} after a run that scored ${s.score}`);
  console.log(`up arrow: game over at y=${s.player.y}, score ${s.score}, best ${best}`);
  for (const key of ["ArrowUp", "ArrowRight", "ArrowDown", "Enter"]) {
    await page.keyboard.press(key);
    await sleep(100);
  }
  s = await waitFor(page, "the initials to be saved", 10_000, (s) => s.scene === "gameover");
  const table = await page.evaluate(() => window.swarmfield.scores());
  check(table.length === 1 && table[0].score === best, `the high-score table ${JSON.stringify(table)}, want one entry of ${best}`);
  console.log(`initials: ${table[0].initials}`);

  await sleep(700); // the game-over screen ignores keys for half a second
  await page.keyboard.press("Enter");
  s = await waitFor(page, "Enter to start a new run", 10_000, (s) => s.runs === 2);
  check(s.scene === "playing" && !s.gameOver && s.player.x === 400 && s.player.y === 300, `after Enter: ${JSON.stringify(s)}, want a fresh run from the centre`);
  console.log("Enter: a new run");
  await page.screenshot({ path: SHOT });
  console.log(`screenshot: ${SHOT}`);

  await page.reload();
  await waitReady(page);
  s = await page.evaluate(() => window.swarmfield.state());
  check(s.best === best, `after a reload the best score is ${s.best}, want ${best}`);
  const kept = await page.evaluate(() => window.swarmfield.scores());
  check(kept.length === 1 && kept[0].initials === table[0].initials, `after a reload the high-score table is ${JSON.stringify(kept)}, want ${JSON.stringify(table)}`);
  check(s.scene === "title" && !s.firstRun, `after a reload: ${JSON.stringify(s)}, want the title without the how-to`);
  console.log(`reload: best ${s.best}, table kept`);
}

async function noWebGL(page) {
  await page.goto(URL);
  await page.waitForFunction(() => !document.getElementById("error").classList.contains("hidden"), { timeout: 60_000, polling: 100 });
  const text = await page.evaluate(() => document.getElementById("error-text").textContent);
  console.log(`error panel: ${JSON.stringify(text)}`);
  for (const want of ["could not start WebGL 2", "hardware acceleration", "another browser"]) {
    check(text.includes(want), `the error panel lacks ${JSON.stringify(want)}`);
  }
  check(!/getContext|opengl/.test(text), "the error panel shows Ebitengine's error instead of words a player understands");
  await page.screenshot({ path: SHOT });
  console.log(`screenshot: ${SHOT}`);
}

const profile = mkdtempSync(join(tmpdir(), "swarmfield-firefox-"));
let browser;
try {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1000, height: 750 },
    extraPrefsFirefox: {
      // No traffic to the closed network, no first-run pages.
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "app.normandy.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  const page = await browser.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") console.log(`console.error: ${m.text()}`);
  });
  await (NOWEBGL === "1" ? noWebGL(page) : play(page));
  console.log("ok");
} catch (e) {
  console.log(`FAIL: ${e.message}`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
