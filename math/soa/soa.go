// Package soa keeps the parallel slices of a structure of arrays in step:
// one slice per field, each element i of them describing the same thing,
// made with one capacity and shrunk together.
//
// Each function takes the slices as pointers, cols, all of one element
// type; a structure whose fields have several types calls it once per type.
package soa

// Make sets each of cols to an empty slice with room for capacity
// elements, so that appending up to capacity elements to each never
// allocates.
func Make[T any](capacity int, cols ...*[]T) {
	for _, c := range cols {
		*c = make([]T, 0, capacity)
	}
}

// SwapRemove removes element i from each of cols by moving the last
// element into its place, which changes the order of the rest. Every slice
// must have the same length, greater than i.
func SwapRemove[T any](i int, cols ...*[]T) {
	for _, c := range cols {
		s := *c
		last := len(s) - 1
		s[i] = s[last]
		*c = s[:last]
	}
}

// Truncate shortens each of cols to n elements, keeping its capacity.
func Truncate[T any](n int, cols ...*[]T) {
	for _, c := range cols {
		*c = (*c)[:n]
	}
}
