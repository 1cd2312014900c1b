// The WebGL context Swarmfield draws with. Ebitengine asks the canvas for
// WebGL 2 with only alpha, premultipliedAlpha and stencil set, so the
// browser adds its defaults: a multisampled (antialias) drawing buffer
// with a depth buffer. Ebitengine draws only two things into it each
// frame, a black fill and the copy of its offscreen screen, both
// rectangles on whole pixels, where multisampling changes no pixel but
// makes a browser without a GPU shade, store and resolve four samples a
// pixel; and it never turns depth testing on. Asking for neither cut the
// browser's CPU time a frame by 20-50% in most runs in Chromium's
// software renderer (docs/performance.md, "The frame against PixiJS").
// This runs before the game, and changes only the context that
// Ebitengine asks for (WebGL 2 with a stencil buffer).
"use strict";

(function () {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    if (type === "webgl2" && attrs && attrs.stencil && attrs.antialias === undefined) {
      attrs = Object.assign({}, attrs, { antialias: false, depth: false });
    }
    return getContext.call(this, type, attrs);
  };
})();
