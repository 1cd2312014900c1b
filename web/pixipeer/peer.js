// Swarmfield's swarm in PixiJS: the JavaScript peer that the game's frame
// is measured against (game/e2e/browser/peer_bench_test.go). A web
// developer who wants a sprite game would write this: one
// ParticleContainer of N hazards from the game's own sprite atlas, the
// same sizes, motion and field as the game's stress mode
// (?hazards=N&bench=1), over the field's backdrop drawn once into a
// texture, at the canvas's device resolution.
//
// swarm.json, written by the benchmark from the game's packages, says
// where the art is and how the hazards move. The page reads ?hazards=N
// (default 300), ?seed=N and ?backdrop=0 (draw no backdrop, only the
// renderer's clear), and publishes window.peer = {fps, tps, sprites,
// ticks, frames, ready}.
"use strict";

(async () => {
  const params = new URLSearchParams(location.search);
  const count = Math.max(1, Number(params.get("hazards") ?? 300) | 0);
  const withBackdrop = params.get("backdrop") !== "0";
  const cfg = await (await fetch("swarm.json")).json();
  const [fieldW, fieldH] = cfg.field;

  // The field fitted into the window, as the game fits it, at the
  // device's resolution: both programs fill the same pixels.
  const fit = Math.min(innerWidth / fieldW, innerHeight / fieldH);
  const app = new PIXI.Application();
  await app.init({
    preference: "webgl",
    width: fieldW,
    height: fieldH,
    resolution: fit * devicePixelRatio,
    background: "#05070f",
    antialias: false,
  });
  // Shown at the fitted size in CSS pixels, as the game's field is.
  app.canvas.style.width = `${fieldW * fit}px`;
  app.canvas.style.height = `${fieldH * fit}px`;
  document.body.appendChild(app.canvas);

  const atlas = await PIXI.Assets.load(cfg.atlas);
  atlas.source.scaleMode = "linear"; // the game samples its atlas linearly
  const frames = cfg.hazards.map(([x, y, w, h]) => new PIXI.Texture({ source: atlas.source, frame: new PIXI.Rectangle(x, y, w, h) }));

  if (withBackdrop) app.stage.addChild(backdrop(cfg, fit * devicePixelRatio));

  // A small seeded generator (mulberry32), so that every load draws the
  // same swarm.
  let seed = (Number(params.get("seed") ?? 1) >>> 0) || 1;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (lo, hi) => lo + random() * (hi - lo);

  // The hazards as the game spawns them (game/run.go, spawnHazard):
  // structure-of-arrays state, a particle each.
  const swarm = new PIXI.ParticleContainer({ dynamicProperties: { position: true, rotation: true } });
  const x = new Float32Array(count), y = new Float32Array(count);
  const vx = new Float32Array(count), vy = new Float32Array(count);
  const rot = new Float32Array(count), spin = new Float32Array(count), radius = new Float32Array(count);
  const particles = [];
  for (let i = 0; i < count; i++) {
    const r = between(cfg.radius[0], cfg.radius[1]);
    const a = between(0, 2 * Math.PI), speed = between(cfg.speed[0], cfg.speed[1]);
    x[i] = between(r, fieldW - r);
    y[i] = between(r, fieldH - r);
    vx[i] = Math.cos(a) * speed;
    vy[i] = Math.sin(a) * speed;
    rot[i] = between(0, 2 * Math.PI);
    spin[i] = between(-cfg.spin, cfg.spin);
    radius[i] = r;
    const scale = (r * 2) / cfg.hazardArt;
    const p = new PIXI.Particle({ texture: frames[i % frames.length], x: x[i], y: y[i], rotation: rot[i], scaleX: scale, scaleY: scale, anchorX: 0.5, anchorY: 0.5 });
    particles.push(p);
    swarm.addParticle(p);
  }
  app.stage.addChild(swarm);

  // One tick moves every hazard, bouncing off the field's walls, and
  // spins it: the game's Swarm.step.
  const step = () => {
    for (let i = 0; i < count; i++) {
      const r = radius[i];
      let px = x[i] + vx[i], py = y[i] + vy[i];
      if (px < r) { px = 2 * r - px; vx[i] = -vx[i]; } else if (px > fieldW - r) { px = 2 * (fieldW - r) - px; vx[i] = -vx[i]; }
      if (py < r) { py = 2 * r - py; vy[i] = -vy[i]; } else if (py > fieldH - r) { py = 2 * (fieldH - r) - py; vy[i] = -vy[i]; }
      x[i] = px;
      y[i] = py;
      let a = rot[i] + spin[i];
      if (a >= 2 * Math.PI) a -= 2 * Math.PI; else if (a < 0) a += 2 * Math.PI;
      rot[i] = a;
    }
  };

  // Fixed ticks at cfg.tps against real time, at most cfg.maxTicksPerFrame
  // a frame, as the game's loop runs them (engine/loop/pace.go); time
  // beyond the cap is dropped, and the swarm runs slower than real time.
  const tickMs = 1000 / cfg.tps;
  let due = performance.now(), ticks = 0, drawn = 0;
  let second = performance.now(), secondTicks = 0, secondFrames = 0;
  const peer = (window.peer = { fps: 0, tps: 0, sprites: count, ticks: 0, frames: 0, ready: false });
  app.ticker.add(() => {
    const now = performance.now();
    let n = 0;
    while (due <= now && n < cfg.maxTicksPerFrame) {
      step();
      due += tickMs;
      n++;
    }
    if (due <= now) due = now; // dropped
    ticks += n;
    secondTicks += n;
    for (let i = 0; i < count; i++) {
      const p = particles[i];
      p.x = x[i];
      p.y = y[i];
      p.rotation = rot[i];
    }
    drawn++;
    secondFrames++;
    if (now - second >= 1000) {
      peer.fps = (secondFrames * 1000) / (now - second);
      peer.tps = (secondTicks * 1000) / (now - second);
      second = now;
      secondFrames = secondTicks = 0;
    }
    peer.ticks = ticks;
    peer.frames = drawn;
    peer.ready = true;
  });
})().catch((e) => {
  window.peer = { error: String(e && e.stack || e) };
  throw e;
});

// backdrop draws the field's background as the game does (game/app,
// backdrop.go): the sky's vertical gradient and the grid's lines every
// cfg.gridStep field units, once, at the device's resolution, into a
// texture that a sprite draws every frame.
function backdrop(cfg, res) {
  const [fieldW, fieldH] = cfg.field;
  const c = document.createElement("canvas");
  c.width = Math.ceil(fieldW * res);
  c.height = Math.ceil(fieldH * res);
  const g = c.getContext("2d");
  const css = ([r, gr, b], a = 1) => `rgba(${Math.round(r * 255)}, ${Math.round(gr * 255)}, ${Math.round(b * 255)}, ${a})`;
  const sky = g.createLinearGradient(0, 0, 0, c.height);
  sky.addColorStop(0, css(cfg.skyTop));
  sky.addColorStop(1, css(cfg.skyBottom));
  g.fillStyle = sky;
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = css(cfg.gridTint, cfg.gridTint[3]);
  for (let v = 0; v < fieldW; v += cfg.gridStep) g.fillRect(Math.round(v * res), 0, Math.max(1, Math.round(res)), c.height);
  for (let v = 0; v < fieldH; v += cfg.gridStep) g.fillRect(0, Math.round(v * res), c.width, Math.max(1, Math.round(res)));
  const s = new PIXI.Sprite(PIXI.Texture.from(c));
  s.scale.set(1 / res);
  return s;
}
