// Loads Swarmfield's WebAssembly with a progress bar, then runs it.
//
// It fetches main.wasm.gz and compiles it while it downloads (see
// openWasm). Any failure shows an error panel with a Reload button; the
// page never sits blank.
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

  // Milliseconds since navigation: the last byte of the wasm read, the
  // module compiled, the first frame drawn.
  const timing = { downloaded: 0, compiled: 0, firstFrame: 0 };

  function setProgress(done, total) {
    const mb = (n) => (n / 1048576).toFixed(1);
    if (total > 0) {
      progress.style.width = Math.min(100, (100 * done) / total).toFixed(1) + "%";
      loaderText.textContent = "Loading… " + mb(done) + " / " + mb(total) + " MB";
    } else {
      loaderText.textContent = "Loading… " + mb(done) + " MB";
    }
  }

  // The size of main.wasm once decoded, which `make web` writes into the
  // page: the total of the progress bar when the browser decodes the gzip
  // itself, since Content-Length then counts the compressed bytes.
  const wasmBytes = Number(document.currentScript && document.currentScript.dataset.wasmBytes) || 0;

  const isGzip = (b) => b[0] === 0x1f && b[1] === 0x8b;
  const isWasm = (b) => b[0] === 0x00 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d;

  // openWasm returns the body of response as a Response of type
  // application/wasm that streams while it downloads, so that the browser
  // compiles the module as its bytes arrive. It looks at the first bytes:
  // "\0asm" means the bytes are the module (the server sent main.wasm, or
  // decoded the gzip with Content-Encoding: gzip), gzip's 1f 8b means it
  // decompresses them itself with DecompressionStream. The progress bar
  // counts the bytes as they are read.
  async function openWasm(name, response) {
    const reader = response.body.getReader();
    const head = [];
    let done = 0;
    while (done < 4) {
      const r = await reader.read();
      if (r.done) break;
      head.push(r.value);
      done += r.value.length;
    }
    const first = new Uint8Array(4);
    let at = 0;
    for (const c of head) {
      const part = c.subarray(0, first.length - at);
      first.set(part, at);
      at += part.length;
    }
    const gzip = isGzip(first);
    const refuse = (message) => {
      reader.cancel().catch(() => {}); // the rest of the file is not needed
      throw new Error(message);
    };
    if (!gzip && !isWasm(first)) {
      refuse(name + " is not a WebAssembly module");
    }
    if (gzip && typeof DecompressionStream === "undefined") {
      refuse("This browser cannot decompress the game (no DecompressionStream). Please update your browser.");
    }
    // Content-Length counts the bytes as sent; when they came with a
    // Content-Encoding, the bytes read here are the decoded ones.
    const encoding = (response.headers.get("Content-Encoding") || "identity").toLowerCase();
    const decoded = !gzip && (encoding !== "identity" || name.endsWith(".gz"));
    let total = decoded ? wasmBytes : Number(response.headers.get("Content-Length")) || 0;
    const report = () => {
      if (total > 0 && done > total) total = 0; // a wrong total: show the bytes alone
      setProgress(done, total);
    };
    report();
    let body = new ReadableStream({
      start(controller) {
        for (const c of head) controller.enqueue(c);
      },
      async pull(controller) {
        const r = await reader.read();
        if (r.done) {
          timing.downloaded = performance.now();
          loaderText.textContent = "Starting…";
          progress.style.width = "100%";
          controller.close();
          return;
        }
        done += r.value.length;
        report();
        controller.enqueue(r.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    if (gzip) {
      body = body.pipeThrough(new DecompressionStream("gzip"));
    }
    return new Response(body, { headers: { "Content-Type": "application/wasm" } });
  }

  // fetchWasm fetches main.wasm.gz, or main.wasm where that fails or
  // cannot be used (a server's error page sent as 200, a browser without
  // DecompressionStream), and returns it as openWasm's streaming Response.
  // It reports what was wrong with a file it got before a file it did not.
  async function fetchWasm() {
    const names = ["main.wasm.gz", "main.wasm"];
    let lastError, contentError;
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
      try {
        return { name, response: await openWasm(name, response) };
      } catch (e) {
        contentError = contentError || e;
      }
    }
    throw contentError || lastError;
  }

  // instantiate compiles the module while it downloads where the browser
  // can (instantiateStreaming), or from all of its bytes where it cannot.
  async function instantiate(name, response, imports) {
    try {
      if (typeof WebAssembly.instantiateStreaming === "function") {
        return await WebAssembly.instantiateStreaming(response, imports);
      }
      return await WebAssembly.instantiate(await response.arrayBuffer(), imports);
    } catch (e) {
      throw new Error(name + " could not be loaded: " + (e && e.message ? e.message : e));
    }
  }

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
    // The download starts first: creating a test WebGL context takes
    // milliseconds of the main thread that its first bytes need not wait
    // for.
    const fetching = fetchWasm();
    fetching.catch(() => {}); // reported by the await below
    if (!hasWebGL2()) {
      fetching.then((w) => w.response.body.cancel()).catch(() => {});
      throw new Error(noWebGL);
    }
    const wasm = await fetching;
    const go = new Go();
    go.argv = ["swarmfield"];
    let exitCode = 0;
    go.exit = (code) => {
      exitCode = code;
    };
    const { instance } = await instantiate(wasm.name, wasm.response, go.importObject);
    timing.compiled = performance.now();
    // The game calls window.swarmfield.ready() after its first frame.
    window.swarmfield = window.swarmfield || {};
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
