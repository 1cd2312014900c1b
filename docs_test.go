package main

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// maxReadmeLines keeps the README a front door that fits on a screen or
// two; everything longer belongs in docs/.
const maxReadmeLines = 200

// TestReadmeFitsOnAScreen checks the README's length.
func TestReadmeFitsOnAScreen(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n > maxReadmeLines {
		t.Errorf("README.md has %d lines; keep it at most %d and move the rest to docs/", n, maxReadmeLines)
	}
}

// markdownLink matches a Markdown link or image target: [text](target).
var markdownLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// filePath matches a repository path in backquotes, such as
// `game/app/settings.go`: a name with a folder and a source extension.
var filePath = regexp.MustCompile("`((?:[a-z0-9_.-]+/)+[a-zA-Z0-9_.-]+\\.(?:go|js|mjs|css|html|md|json))`")

// TestDocLinksResolve checks that every relative link and picture in the
// README and docs/ names a file that exists and, after a #, a heading in
// it; and that every file path the README's layout table names exists.
func TestDocLinksResolve(t *testing.T) {
	docs, err := filepath.Glob("docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range append([]string{"README.md"}, docs...) {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range markdownLink.FindAllStringSubmatch(string(b), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, anchor, _ := strings.Cut(target, "#")
			if file == "" {
				file = doc
			} else {
				file = path.Join(path.Dir(doc), file)
			}
			if _, err := os.Stat(file); err != nil {
				t.Errorf("%s links to %s, which does not exist", doc, target)
				continue
			}
			if anchor != "" && !hasHeading(t, file, anchor) {
				t.Errorf("%s links to %s, but %s has no heading #%s", doc, target, file, anchor)
			}
		}
	}

	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range filePath.FindAllStringSubmatch(string(readme), -1) {
		if _, err := os.Stat(m[1]); err != nil {
			t.Errorf("README.md names %s, which does not exist", m[1])
		}
	}
}

// hasHeading reports whether the Markdown file has a heading whose anchor,
// as GitHub makes it, is anchor.
func hasHeading(t *testing.T, file, anchor string) bool {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if title, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " "); ok && strings.HasPrefix(line, "#") {
			if headingAnchor(title) == anchor {
				return true
			}
		}
	}
	return false
}

// headingAnchor returns the anchor GitHub gives a heading: lower case,
// spaces to hyphens, and punctuation other than hyphens and underscores
// dropped.
func headingAnchor(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(title)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127:
			b.WriteRune(r)
		}
	}
	return b.String()
}
