package batch

import "fmt"

// MatVec sets dst to the product of the rows×cols matrix m, stored row by
// row, and the vector v. Each entry dst[r] is the sum of
// float32(m[r*cols+j]*v[j]), each product rounded to float32, added in a
// fixed order so that the result is the same on every platform: four
// partial sums s0..s3, where sk adds the products for j = k, k+4, k+8, ...
// in turn over the largest multiple of four columns; then
// (s0 + s1) + (s2 + s3); then the remaining zero to three products, one
// after another.
//
// It panics unless rows and cols are non-negative, len(m) == rows*cols,
// len(v) == cols and len(dst) == rows. dst must not overlap v.
func MatVec(dst, m []float32, rows, cols int, v []float32) {
	if rows < 0 || cols < 0 {
		panic(fmt.Sprintf("batch: MatVec: negative size %d×%d", rows, cols))
	}
	if len(m) != rows*cols {
		panicLen("MatVec", "m", len(m), "rows*cols", rows*cols)
	}
	if len(v) != cols {
		panicLen("MatVec", "v", len(v), "cols", cols)
	}
	if len(dst) != rows {
		panicLen("MatVec", "dst", len(dst), "rows", rows)
	}
	for r := range dst {
		dst[r] = dot(m[r*cols:(r+1)*cols], v)
	}
}

// matMulBlock is the tile edge of MatMul, in elements: a 64×64 tile of b
// takes 16 KiB, which fits a level-1 data cache.
const matMulBlock = 64

// MatMul sets dst, an n×m matrix, to the product of the n×k matrix a and the
// k×m matrix b, all stored row by row.
//
// It works on cache-sized tiles, but every entry dst[i*m+j] is accumulated in
// the same order as the plain triple loop: starting from 0, it adds
// float32(a[i*k+p]*b[p*m+j]) for p = 0, 1, ..., k-1 in turn. The result is
// therefore independent of the tile size and the same on every platform.
//
// It panics unless n, k and m are non-negative, len(a) == n*k,
// len(b) == k*m and len(dst) == n*m. dst must not overlap a or b.
func MatMul(dst, a, b []float32, n, k, m int) {
	if n < 0 || k < 0 || m < 0 {
		panic(fmt.Sprintf("batch: MatMul: negative size n=%d k=%d m=%d", n, k, m))
	}
	if len(a) != n*k {
		panicLen("MatMul", "a", len(a), "n*k", n*k)
	}
	if len(b) != k*m {
		panicLen("MatMul", "b", len(b), "k*m", k*m)
	}
	if len(dst) != n*m {
		panicLen("MatMul", "dst", len(dst), "n*m", n*m)
	}
	clear(dst)
	for i0 := 0; i0 < n; i0 += matMulBlock {
		i1 := min(i0+matMulBlock, n)
		for p0 := 0; p0 < k; p0 += matMulBlock {
			p1 := min(p0+matMulBlock, k)
			for j0 := 0; j0 < m; j0 += matMulBlock {
				j1 := min(j0+matMulBlock, m)
				for i := i0; i < i1; i++ {
					row := dst[i*m+j0 : i*m+j1]
					for p := p0; p < p1; p++ {
						addScaled(row, row, a[i*k+p], b[p*m+j0:p*m+j1])
					}
				}
			}
		}
	}
}
