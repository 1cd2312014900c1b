// Loads Swarmfield's WebAssembly with a progress bar, then runs it.
//
// It fetches main.wasm.gz and looks at the first bytes: "\0asm" means the
// server already decoded the gzip (Content-Encoding: gzip), gzip's 1f 8b
// means it must decompress the body itself with DecompressionStream. Any
// failure shows an error panel with a Reload button; the page never sits
// blank.
"use strict";

(function () {
  const loader = document.getElementById("loader");
  const loaderText = document.getElementById("loader-text");
  const progress = document.getElementById("progress");
  let failed = false;

  function fail(message) {
    if (failed) return;
    failed = true;
    console.error("swarmfield:", message);
    loader.classList.add("hidden");
    document.getElementById("error-text").textContent = String(message);
    document.getElementById("error").classList.remove("hidden");
  }
  document.getElementById("reload").addEventListener("click", () => location.reload());

  // The game calls window.swarmfield.crash(message, report) when it
  // catches a panic in its loop (crashreport_js.go). The panel shows the
  // report (seed, tick, state hash, version, stack, replay) with the user
  // agent added, and "Copy report" copies it.
  let crashReport = "";
  function crash(message, report) {
    report = String(report);
    const ua = "user agent: " + navigator.userAgent + "\n";
    const nl = report.indexOf("\n") + 1;
    crashReport = nl > 0 ? report.slice(0, nl) + ua + report.slice(nl) : report + "\n" + ua;
    fail(message + "\n\n" + crashReport);
    document.getElementById("copy-report").classList.remove("hidden");
  }
  document.getElementById("copy-report").addEventListener("click", async (e) => {
    const button = e.currentTarget;
    try {
      await navigator.clipboard.writeText(crashReport);
      button.textContent = "Copied";
    } catch (err) {
      // No clipboard (an iframe without clipboard-write): select the
      // report so Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(document.getElementById("error-text"));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
  });
  window.addEventListener("error", (e) => fail(e.message || "script error"));
  window.addEventListener("unhandledrejection", (e) => fail(e.reason && e.reason.message ? e.reason.message : e.reason));

  // The Go runtime prints its output, a panic's message and stack among it,
  // through console.log; keep the last lines for the error panel.
  const recentOutput = [];
  const consoleLog = console.log.bind(console);
  console.log = (...args) => {
    recentOutput.push(args.join(" "));
    if (recentOutput.length > 40) recentOutput.shift();
    consoleLog(...args);
  };

  function setProgress(done, total) {
    const mb = (n) => (n / 1048576).toFixed(1);
    if (total > 0) {
      progress.style.width = Math.min(100, (100 * done) / total).toFixed(1) + "%";
      loaderText.textContent = "Loading… " + mb(done) + " / " + mb(total) + " MB";
    } else {
      loaderText.textContent = "Loading… " + mb(done) + " MB";
    }
  }

  // readAll reads a response body, reporting progress.
  async function readAll(response) {
    const total = Number(response.headers.get("Content-Length")) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let done = 0;
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      chunks.push(r.value);
      done += r.value.length;
      setProgress(done, total);
    }
    const bytes = new Uint8Array(done);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return bytes;
  }

  async function gunzip(bytes) {
    if (typeof DecompressionStream === "undefined") {
      throw new Error("This browser cannot decompress the game (no DecompressionStream). Please update your browser.");
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  async function fetchWasm() {
    const names = ["main.wasm.gz", "main.wasm"];
    let lastError;
    for (const name of names) {
      let response;
      try {
        response = await fetch(name);
      } catch (e) {
        lastError = new Error("Network error while loading " + name + ": " + e.message);
        continue;
      }
      if (!response.ok) {
        lastError = new Error("Loading " + name + " failed: HTTP " + response.status);
        continue;
      }
      let bytes = await readAll(response);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        bytes = await gunzip(bytes);
      }
      if (!(bytes[0] === 0x00 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d)) {
        throw new Error(name + " is not a WebAssembly module");
      }
      return bytes;
    }
    throw lastError;
  }

  // Arrow keys, space and the page keys must never scroll the page or,
  // in an iframe as on itch.io, the page around it. A focused button
  // (Reload, Copy report) keeps Space to press it.
  const scrollKeys = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Space", "PageUp", "PageDown", "Home", "End"]);
  // Keys typed in the replay code box (share.js) are the box's.
  const inBox = (e) => e.target instanceof Element && e.target.closest("dialog") !== null;
  window.addEventListener("keydown", (e) => {
    if (inBox(e) || (e.code === "Space" && e.target instanceof HTMLButtonElement)) return;
    if (scrollKeys.has(e.code)) e.preventDefault();
  }, { passive: false });

  // The click-or-tap-to-play overlay: the first gesture focuses the canvas,
  // so that keys reach the game inside an iframe, and unlocks audio. The
  // overlay lets the click through, so the same click starts the game.
  const play = document.getElementById("play");
  function showPlay(text) {
    play.querySelector("p").textContent = text;
    play.classList.remove("hidden");
  }
  // The title draws the one call to action on the canvas, so the overlay
  // shows only to resume; the first gesture still focuses the canvas.
  let firstGesture = true;
  function gesture(e) {
    if (inBox(e)) return;
    const canvas = document.querySelector("canvas");
    if (!canvas || (!firstGesture && play.classList.contains("hidden"))) return;
    firstGesture = false;
    play.classList.add("hidden");
    if (document.activeElement !== canvas) canvas.focus();
  }
  for (const type of ["pointerdown", "touchstart", "keydown"]) {
    window.addEventListener(type, gesture, { capture: true, passive: true });
  }
  // Losing the focus pauses the game; say how to come back.
  window.addEventListener("blur", () => {
    if (loader.classList.contains("hidden") && !failed) showPlay("Click or tap to resume");
  });

  // The fullscreen button, where the page may go fullscreen (an iframe
  // needs allowfullscreen).
  const fullscreen = document.getElementById("fullscreen");
  if (document.fullscreenEnabled) {
    fullscreen.classList.remove("hidden");
    fullscreen.addEventListener("click", () => {
      const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
      Promise.resolve(done).catch((e) => console.warn("swarmfield: fullscreen:", e.message));
      const canvas = document.querySelector("canvas");
      if (canvas) canvas.focus();
    });
  }

  const timing = { downloaded: 0, compiled: 0, firstFrame: 0 };

  // Without WebGL 2 Ebitengine can only stop with "opengl: getContext for
  // webgl2 failed"; say instead what a player can do about it.
  const noWebGL =
    "Your browser could not start WebGL 2, which the game needs to draw.\n\n" +
    "Try this:\n" +
    "• Turn on hardware acceleration in your browser's settings, then restart it.\n" +
    "• Check that WebGL is not turned off (in Firefox: about:config, webgl.disabled must be false).\n" +
    "• Update your browser and your graphics driver.\n" +
    "• Play in another browser, such as Firefox, Chrome, Edge or Safari.";
  function hasWebGL2() {
    try {
      const gl = document.createElement("canvas").getContext("webgl2");
      if (!gl) return false;
      const lose = gl.getExtension("WEBGL_lose_context");
      if (lose) lose.loseContext();
      return true;
    } catch (e) {
      return false;
    }
  }

  async function start() {
    if (typeof WebAssembly !== "object" || typeof Go !== "function") {
      throw new Error("This browser does not support WebAssembly, which the game needs.");
    }
    if (!hasWebGL2()) {
      throw new Error(noWebGL);
    }
    const bytes = await fetchWasm();
    timing.downloaded = performance.now();
    loaderText.textContent = "Starting…";
    progress.style.width = "100%";
    const go = new Go();
    go.argv = ["swarmfield"];
    let exitCode = 0;
    go.exit = (code) => {
      exitCode = code;
    };
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    timing.compiled = performance.now();
    // The game calls window.swarmfield.ready() after its first frame.
    window.swarmfield = window.swarmfield || {};
    // Milliseconds since navigation: wasm downloaded and decompressed,
    // compiled, first frame drawn.
    window.swarmfield.timing = timing;
    window.swarmfield.ready = () => {
      timing.firstFrame = performance.now();
      loader.classList.add("hidden");
    };
    window.swarmfield.fail = (message) => fail(message);
    window.swarmfield.crash = crash;
    await go.run(instance);
    const tail = recentOutput.join("\n");
    if (/getContext for webgl/i.test(tail)) {
      fail(noWebGL);
      return;
    }
    fail("The game stopped (exit code " + exitCode + ")." + (tail ? "\n\n" + tail : ""));
  }

  start().catch((e) => fail(e && e.message ? e.message : e));
})();
