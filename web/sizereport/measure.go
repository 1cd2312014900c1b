package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
)

// size is a file's size raw and compressed with gzip -9.
type size struct {
	raw, gzip int64
}

// measure returns the raw and gzip -9 sizes of the file at path.
func measure(path string) (size, error) {
	f, err := os.Open(path)
	if err != nil {
		return size{}, err
	}
	defer f.Close()
	var c counter
	zw, err := gzip.NewWriterLevel(&c, gzip.BestCompression)
	if err != nil {
		return size{}, err
	}
	raw, err := io.Copy(zw, f)
	if err != nil {
		return size{}, fmt.Errorf("reading %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return size{}, err
	}
	return size{raw: raw, gzip: c.n}, nil
}

// counter is an io.Writer that only counts.
type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}
