// Package batch provides kernels that operate element-wise on slices of
// float32 laid out in structure-of-arrays form.
//
// Functions take the destination first, like gonum's floats package. Every
// input must have the same length as the destination; a mismatch panics with
// a message naming the function and the lengths, because it is a programming
// error rather than bad data. The destination may be the same slice as any
// input, but must not partially overlap one.
//
// The kernels are the compute core's vector add, multiply and multiply-add
// ([Add], [Mul], [Scale], [AddScaled]), its matrix–vector and blocked matrix
// multiply ([MatVec], [MatMul]), and the fused steps a swarm takes every
// tick ([Bounce], [AddWrap], [AppendNear]).
//
// Results are deterministic: each kernel rounds every product to float32
// before it is added, never fuses a multiply with an add, and the sums of
// [MatVec] and [MatMul] add in a documented fixed order. The portable kernels
// are unrolled four wide with their bounds checks hoisted, which is what
// makes them fast on js/wasm, where Go emits no SIMD instructions. Built with
// GOEXPERIMENT=simd on amd64, the element-wise kernels use AVX2 through
// simd/archsimd when the CPU has it, and produce bit-identical results.
package batch
