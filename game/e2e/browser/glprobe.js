// glprobe.js runs before a page's own scripts (see framePasses): it wraps
// WebGL 2 to count the calls of every frame and, while window.glProbe.record
// is above zero, to log that many frames' passes: for each draw or clear,
// the target (the canvas or a framebuffer's texture, with its size), the
// program, the blend, the scissor, and the pixels its triangles cover
// where the position is a vec2 in the target's pixels at attribute 0 (as
// Ebitengine's programs have it; others report -1). It also keeps the
// attributes each WebGL context was asked for and got.
(() => {
  const P = WebGL2RenderingContext.prototype;
  const probe = (window.glProbe = { contexts: [], record: 0, frames: [], calls: 0, frameCalls: [], programs: 0, shaders: 0, uploads: 0 });

  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const ctx = getContext.call(this, type, attrs);
    if (ctx && /webgl/.test(type) && !ctx.__probed) {
      ctx.__probed = true;
      probe.contexts.push({ type, asked: Object.assign({}, attrs || {}), got: ctx.getContextAttributes(), width: this.width, height: this.height });
    }
    return ctx;
  };

  // Every call counts.
  for (const name of Object.getOwnPropertyNames(P)) {
    const d = Object.getOwnPropertyDescriptor(P, name);
    if (typeof d.value !== "function" || name === "constructor") continue;
    const f = d.value;
    P[name] = function (...args) {
      probe.calls++;
      return f.apply(this, args);
    };
  }

  // State the pass log needs.
  let ids = 0;
  const id = (o) => (o ? o.__id || (o.__id = ++ids) : 0);
  const st = new WeakMap();
  const S = (gl) => {
    let s = st.get(gl);
    if (!s) st.set(gl, (s = { fb: null, tex: null, sizes: new Map(), fbTex: new Map(), program: null, blend: "", scissor: null, scissorOn: false, array: null, element: null, data: new Map(), attrib0: null, buffers: { array: null, element: null } }));
    return s;
  };
  const wrap = (name, after) => {
    const f = P[name];
    P[name] = function (...args) {
      const r = f.apply(this, args);
      after.call(this, S(this), args, r);
      return r;
    };
  };
  wrap("bindFramebuffer", (s, [target, fb]) => { if (target !== 0x8ca8) s.fb = fb; }); // not READ_FRAMEBUFFER
  wrap("bindTexture", (s, [, tex]) => { s.tex = tex; });
  wrap("texImage2D", (s, a) => { if (typeof a[3] === "number" && typeof a[4] === "number") s.sizes.set(id(s.tex), [a[3], a[4]]); else if (a[5] && a[5].width) s.sizes.set(id(s.tex), [a[5].width, a[5].height]); probe.uploads++; });
  wrap("texSubImage2D", () => { probe.uploads++; });
  wrap("texStorage2D", (s, a) => { s.sizes.set(id(s.tex), [a[3], a[4]]); });
  wrap("framebufferTexture2D", (s, [, , , tex]) => { s.fbTex.set(id(s.fb), id(tex)); });
  wrap("useProgram", (s, [p]) => { s.program = p; });
  wrap("linkProgram", () => { probe.programs++; });
  wrap("compileShader", () => { probe.shaders++; });
  wrap("blendFuncSeparate", (s, a) => { s.blend = a.join(","); });
  wrap("blendFunc", (s, a) => { s.blend = [a[0], a[1], a[0], a[1]].join(","); });
  wrap("scissor", (s, a) => { s.scissor = a.slice(0, 4); });
  wrap("enable", (s, [cap]) => { if (cap === 0x0c11) s.scissorOn = true; });
  wrap("disable", (s, [cap]) => { if (cap === 0x0c11) s.scissorOn = false; });
  wrap("bindBuffer", (s, [target, b]) => { if (target === 0x8892) s.buffers.array = b; else if (target === 0x8893) s.buffers.element = b; });
  wrap("vertexAttribPointer", (s, [index, size, type, , stride, offset]) => {
    if (index === 0) s.attrib0 = size === 2 && type === 0x1406 ? { buffer: s.buffers.array, stride: stride / 4 || 2, offset: offset / 4 } : null;
  });
  const keep = (s, target, data, dstOffset) => {
    if (!probe.record || !data || !data.buffer) return;
    const b = target === 0x8892 ? s.buffers.array : target === 0x8893 ? s.buffers.element : null;
    if (!b || dstOffset) return;
    s.data.set(id(b), data.slice ? data.slice() : data);
  };
  wrap("bufferSubData", (s, [target, dstOffset, data, srcOffset, length]) => {
    let d = data;
    if (d && d.subarray && (srcOffset || length)) d = d.subarray(srcOffset || 0, length ? (srcOffset || 0) + length : undefined);
    keep(s, target, d, dstOffset);
  });
  wrap("bufferData", (s, [target, data]) => { if (data && typeof data === "object") keep(s, target, data, 0); });

  const target = (gl, s) => {
    if (!s.fb) return { target: "canvas", size: [gl.drawingBufferWidth, gl.drawingBufferHeight] };
    const t = s.fbTex.get(id(s.fb));
    return { target: "texture " + t, size: s.sizes.get(t) || [0, 0] };
  };
  // area returns the pixels the triangles cover, clipped to the target
  // and the scissor: the fragments they shade.
  const area = (gl, s, first, count, indexed, type, byteOffset) => {
    const a0 = s.attrib0;
    if (!a0) return -1;
    const v = s.data.get(id(a0.buffer));
    if (!v) return -1;
    const fv = v instanceof Float32Array ? v : new Float32Array(v.buffer, v.byteOffset, v.byteLength >> 2);
    let idx = null;
    if (indexed) {
      const e = s.data.get(id(s.buffers.element));
      if (!e) return -1;
      const bytes = new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      idx = type === 0x1405 ? new Uint32Array(bytes.buffer, bytes.byteOffset + byteOffset, count) : new Uint16Array(bytes.buffer, bytes.byteOffset + byteOffset, count);
    }
    const { size } = target(gl, s);
    let [x0, y0, x1, y1] = [0, 0, size[0], size[1]];
    if (s.scissorOn && s.scissor) {
      const [sx, sy, sw, sh] = s.scissor;
      x0 = Math.max(x0, sx); y0 = Math.max(y0, sy); x1 = Math.min(x1, sx + sw); y1 = Math.min(y1, sy + sh);
    }
    let total = 0;
    const P2 = (k) => { const i = (idx ? idx[k] : first + k) * a0.stride + a0.offset; return [fv[i], fv[i + 1]]; };
    for (let k = 0; k + 2 < count; k += 3) total += clippedArea([P2(k), P2(k + 1), P2(k + 2)], x0, y0, x1, y1);
    return Math.round(total);
  };
  const log = (gl, s, kind, extra) => {
    const f = probe.frames[probe.frames.length - 1];
    if (!f) return;
    const t = target(gl, s);
    f.passes.push(Object.assign({ kind, target: t.target, size: t.size, program: id(s.program), blend: s.blend, scissor: s.scissorOn ? s.scissor : null }, extra));
  };
  wrap("drawElements", function (s, [mode, count, type, offset]) {
    if (probe.record) log(this, s, "draw", { triangles: count / 3, pixels: mode === 4 ? area(this, s, 0, count, true, type, offset) : -1 });
  });
  wrap("drawArrays", function (s, [mode, first, count]) {
    if (probe.record) log(this, s, "draw", { triangles: count / 3, pixels: mode === 4 ? area(this, s, first, count, false) : -1 });
  });
  wrap("clear", function (s, [mask]) {
    if (!probe.record) return;
    const t = target(this, s);
    let px = t.size[0] * t.size[1];
    if (s.scissorOn && s.scissor) px = Math.max(0, Math.min(t.size[0], s.scissor[0] + s.scissor[2]) - Math.max(0, s.scissor[0])) * Math.max(0, Math.min(t.size[1], s.scissor[1] + s.scissor[3]) - Math.max(0, s.scissor[1]));
    log(this, s, "clear", { mask, pixels: px });
  });

  // Frames: each requestAnimationFrame callback that called WebGL.
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    return raf.call(window, (ts) => {
      const c0 = probe.calls;
      const recording = probe.record > 0;
      if (recording) probe.frames.push({ passes: [] });
      const r = cb(ts);
      const calls = probe.calls - c0;
      if (calls > 0) {
        probe.frameCalls.push(calls);
        if (probe.frameCalls.length > 600) probe.frameCalls.shift();
        if (recording) {
          probe.frames[probe.frames.length - 1].calls = calls;
          probe.record--;
        }
      } else if (recording) probe.frames.pop();
      return r;
    });
  };

  // clippedArea returns the area of triangle t inside [x0, x1)×[y0, y1)
  // (Sutherland–Hodgman against the four edges, then the shoelace).
  function clippedArea(t, x0, y0, x1, y1) {
    let poly = t;
    const clip = (inside, cut) => {
      const out = [];
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i], b = poly[(i + 1) % poly.length];
        const ia = inside(a), ib = inside(b);
        if (ia) out.push(a);
        if (ia !== ib) out.push(cut(a, b));
      }
      poly = out;
    };
    const lerp = (a, b, u) => [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u];
    clip((p) => p[0] >= x0, (a, b) => lerp(a, b, (x0 - a[0]) / (b[0] - a[0])));
    clip((p) => p[0] <= x1, (a, b) => lerp(a, b, (x1 - a[0]) / (b[0] - a[0])));
    clip((p) => p[1] >= y0, (a, b) => lerp(a, b, (y0 - a[1]) / (b[1] - a[1])));
    clip((p) => p[1] <= y1, (a, b) => lerp(a, b, (y1 - a[1]) / (b[1] - a[1])));
    let s = 0;
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i], b = poly[(i + 1) % poly.length];
      s += a[0] * b[1] - b[0] * a[1];
    }
    return Math.abs(s) / 2;
  }
})();
