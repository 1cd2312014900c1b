// Command gen draws Swarmfield's art and writes the atlases and their
// generated Go metadata into the current directory (package assets).
package main

import (
	"log"

	"swarmfield/assets/internal/art"
)

func main() {
	log.SetFlags(0)
	if err := art.WriteAll("."); err != nil {
		log.Fatalf("gen: %v", err)
	}
}
