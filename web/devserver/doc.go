// Devserver serves the built web game for local testing in a browser.
//
// It serves only the files inside one folder (by default dist/web), with the
// MIME types and headers the game's loader expects, and mimics itch.io's
// handling of pre-compressed .gz files. It binds to the loopback address
// unless told otherwise.
//
// Usage:
//
//	go run ./web/devserver [flags]
//
// The flags are:
//
//	-dir string
//		folder to serve (default "dist/web")
//	-addr string
//		address to bind (default "127.0.0.1")
//	-port int
//		TCP port; the PORT environment variable also sets it, and the flag wins (default 8080)
//	-allow-remote
//		allow binding a non-loopback address, exposing the folder to the network
//	-gzip-encoding
//		send X.gz with "Content-Encoding: gzip" and the type of X, as itch.io does
//	-prefix string
//		URL path under which the folder is served, such as /html/123/ (default "/")
//	-quiet
//		do not log each request
//
// Devserver stops gracefully on SIGINT or SIGTERM.
package main
