// The page around Swarmfield's canvas: keys that must not scroll it, the
// click-or-tap-to-play overlay and the fullscreen button. loader.js loads
// and runs the game.
"use strict";

(function () {
  const loader = document.getElementById("loader");
  const error = document.getElementById("error");

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
    if (loader.classList.contains("hidden") && error.classList.contains("hidden")) showPlay("Click or tap to resume");
  });

  // The fullscreen button, where the page may go fullscreen: with the
  // Fullscreen API, or its webkit-prefixed form (Safari on an iPad before
  // 16.4). Safari on an iPhone has neither, and an iframe without
  // allowfullscreen has it disabled: there the button stays hidden rather
  // than promise what cannot happen.
  const root = document.documentElement;
  const enterFullscreen = root.requestFullscreen || root.webkitRequestFullscreen;
  const exitFullscreen = document.exitFullscreen || document.webkitExitFullscreen;
  const fullscreenElement = () => document.fullscreenElement || document.webkitFullscreenElement;
  const fullscreen = document.getElementById("fullscreen");
  if ((document.fullscreenEnabled || document.webkitFullscreenEnabled) && enterFullscreen && exitFullscreen) {
    fullscreen.classList.remove("hidden");
    fullscreen.addEventListener("click", () => {
      // The prefixed methods return nothing rather than a promise.
      const done = fullscreenElement() ? exitFullscreen.call(document) : enterFullscreen.call(root);
      Promise.resolve(done).catch((e) => console.warn("swarmfield: fullscreen:", e.message));
      const canvas = document.querySelector("canvas");
      if (canvas) canvas.focus();
    });
  }
})();
