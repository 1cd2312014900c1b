//go:build !js

// Package browser holds Swarmfield's browser end-to-end tests: they build the
// web version, serve it with the development server and play it in
// headless Chromium through window.swarmfield, in Firefox through
// firefox/firefox.mjs (puppeteer-core over WebDriver BiDi, under Xvfb), and
// in WebKit, Safari's engine, through WebKitGTK's WebKitWebDriver and a
// small WebDriver client (webdriver_test.go, under Xvfb).
//
// The tests skip when a browser, Xvfb or Node.js is missing, except when
// CI=true, where a missing tool is a failure.
package browser
