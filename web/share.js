// The page's side of sharing replay codes: the box that shows a code the
// game could not copy to the clipboard, the box where a player pastes a
// code to watch, and dropping a replay file or a code on the page.
//
// The game calls window.swarmfield.showCode(code) and openPaste() (share_js.go);
// the boxes call window.swarmfield.watch(text), which returns "" or the
// sentence that says why the replay cannot be watched, and pasteClosed()
// when the paste box closes. While a box is open it is modal: the canvas
// gets neither keys nor clicks.
"use strict";

(function () {
  const sf = (window.swarmfield = window.swarmfield || {});
  const box = document.getElementById("share");
  const title = document.getElementById("share-title");
  const text = document.getElementById("share-text");
  const code = document.getElementById("share-code");
  const error = document.getElementById("share-error");
  const watchButton = document.getElementById("share-watch");
  const copyButton = document.getElementById("share-copy");
  const closeButton = document.getElementById("share-close");
  let mode = ""; // "paste", "copy" or "" when closed

  function open(m, heading, help, value) {
    mode = m;
    box.dataset.mode = m;
    title.textContent = heading;
    text.textContent = help;
    error.textContent = "";
    code.value = value;
    code.readOnly = m === "copy";
    watchButton.hidden = m !== "paste";
    copyButton.hidden = m !== "copy";
    closeButton.textContent = m === "paste" ? "Cancel" : "Close";
    if (!box.open) box.showModal();
    code.focus();
    followViewport();
  }

  // On a phone, Safari's on-screen keyboard and a pinch zoom shrink only
  // the visual viewport: the layout viewport, where a modal box is
  // centred, stays as it was, and the keyboard covers its bottom. While
  // the visible part is smaller, the open box is centred in it and fits
  // it, so that the code and the buttons stay in view.
  const viewport = window.visualViewport;
  function followViewport() {
    if (!box.open || !viewport) return;
    const root = document.documentElement;
    const shrunk = viewport.scale > 1.01 || viewport.width < root.clientWidth - 1 || viewport.height < root.clientHeight - 1;
    if (!shrunk) {
      box.removeAttribute("style");
      return;
    }
    const margin = 8;
    box.style.inset = "auto";
    box.style.margin = "0";
    box.style.maxWidth = Math.max(0, viewport.width - 2 * margin) + "px";
    box.style.maxHeight = Math.max(0, viewport.height - 2 * margin) + "px";
    box.style.left = viewport.offsetLeft + Math.max(margin, (viewport.width - box.offsetWidth) / 2) + "px";
    box.style.top = viewport.offsetTop + Math.max(margin, (viewport.height - box.offsetHeight) / 2) + "px";
  }
  if (viewport) {
    viewport.addEventListener("resize", followViewport);
    viewport.addEventListener("scroll", followViewport);
  }

  // showCode shows a replay code selected, to copy by hand.
  sf.showCode = (value) => {
    open("copy", "Your replay code",
      "The browser did not let the game use the clipboard: select and copy the code below (Ctrl+C, or a long press).",
      String(value));
    code.select();
  };

  // openPaste opens the box for a code to watch; the game takes no input
  // until it closes.
  sf.openPaste = () => {
    open("paste", "Paste a replay code",
      "Paste a code here (Ctrl+V, or a long press), then Watch. You can also drop a .replay file on the page.", "");
    if (typeof sf.pasteOpened === "function") sf.pasteOpened();
  };

  // refuse shows why a replay cannot be watched, in the paste box.
  function refuse(sentence) {
    if (mode !== "paste") sf.openPaste();
    error.textContent = sentence;
  }

  // watch plays text, a replay code or a replay file in base64, and
  // reports whether the viewer opened; otherwise the sentence that says
  // why shows in the box, which opens if it was closed.
  function watch(text) {
    const result = typeof sf.watch === "function" ? sf.watch(text) : "This page cannot play replays yet.";
    if (!result) {
      if (box.open) box.close();
      return true;
    }
    refuse(result);
    return false;
  }

  box.addEventListener("close", () => {
    const was = mode;
    mode = "";
    box.dataset.mode = "";
    if (was === "paste" && typeof sf.pasteClosed === "function") sf.pasteClosed();
    const canvas = document.querySelector("canvas");
    if (canvas) canvas.focus();
  });
  closeButton.addEventListener("click", () => box.close());
  // A click beside the box (on its backdrop) gives the focus back to the
  // code, where the keys go.
  box.addEventListener("click", (e) => {
    if (e.target === box) code.focus();
  });
  watchButton.addEventListener("click", () => watch(code.value));
  code.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && mode === "paste") {
      e.preventDefault();
      watch(code.value);
    }
  });
  // A click here is a user gesture, which the clipboard may accept where
  // the game's key press was not enough; else the code stays selected.
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      text.textContent = "Copied.";
    } catch (e) {
      code.focus();
      code.select();
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (e2) {}
      text.textContent = copied ? "Copied." : "Select the code and copy it: Ctrl+C, or a long press and Copy.";
    }
  });

  // Dropping a .replay file, a text file holding a code, or dragged text
  // on the page watches it. The handlers run before the canvas's, which
  // never see the drop.
  function isCode(bytes) {
    let i = 0;
    while (i < bytes.length && (bytes[i] === 32 || (bytes[i] >= 9 && bytes[i] <= 13))) i++;
    return bytes[i] === 83 && bytes[i + 1] === 87 && bytes[i + 2] === 70 && bytes[i + 3] >= 48 && bytes[i + 3] <= 57; // "SWF" and a digit
  }
  function base64(bytes) {
    let s = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(s);
  }
  async function watchFile(file) {
    // Far beyond any replay: refuse before reading it all.
    if (file.size > 64 << 20) return refuse("That file is too large to be a replay.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    return watch(isCode(bytes) ? new TextDecoder().decode(bytes) : base64(bytes));
  }
  window.addEventListener("dragover", (e) => {
    e.preventDefault();
    e.stopPropagation();
  }, true);
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    e.stopPropagation();
    const dt = e.dataTransfer;
    if (!dt) return;
    if (dt.files && dt.files.length > 0) {
      watchFile(dt.files[0]).catch((err) => console.warn("swarmfield: reading a dropped file:", err));
    } else {
      const dropped = dt.getData("text/plain");
      if (dropped) watch(dropped);
    }
  }, true);
})();
