// axpy.mjs times the axpy that batch.AddScaled computes,
// dst[i] = a[i] + fround(s*b[i]), over Float32Arrays in Node, so the Go
// kernels compiled to wasm can be compared with plain JavaScript.
//
// Run: node math/batch/jsbench/axpy.mjs
// It prints ns/op for 4096 and 1048576 elements, for a plain loop and a
// 4-wide unrolled one, in the same shape as go test -bench output.

const s = 1 / 60;

function axpyLoop(dst, a, b) {
  for (let i = 0; i < dst.length; i++) {
    dst[i] = a[i] + Math.fround(s * b[i]);
  }
}

function axpyUnrolled(dst, a, b) {
  const n = dst.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    dst[i] = a[i] + Math.fround(s * b[i]);
    dst[i + 1] = a[i + 1] + Math.fround(s * b[i + 1]);
    dst[i + 2] = a[i + 2] + Math.fround(s * b[i + 2]);
    dst[i + 3] = a[i + 3] + Math.fround(s * b[i + 3]);
  }
  for (; i < n; i++) {
    dst[i] = a[i] + Math.fround(s * b[i]);
  }
}

// bench runs f until at least minNs have passed after a warm-up and
// returns the mean time per call in nanoseconds.
function bench(f, dst, a, b, minNs) {
  for (let i = 0; i < 50; i++) f(dst, a, b); // let the JIT optimise f
  let iters = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) f(dst, a, b);
    const ns = Number(process.hrtime.bigint() - start);
    if (ns >= minNs) return { ns: ns / iters, iters };
    iters *= 2;
  }
}

for (const n of [4096, 1 << 20]) {
  const a = new Float32Array(n);
  const b = new Float32Array(n);
  const dst = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = (i % 1000) * 0.25;
    b[i] = (i % 777) * -0.5;
  }
  for (const [name, f] of [["loop", axpyLoop], ["unrolled", axpyUnrolled]]) {
    const { ns, iters } = bench(f, dst, a, b, 5e8);
    const mbs = (12 * n) / ns * 1e3;
    console.log(`JSAddScaled/n=${n}/${name}\t${iters}\t${ns.toFixed(0)} ns/op\t${mbs.toFixed(2)} MB/s`);
  }
}
