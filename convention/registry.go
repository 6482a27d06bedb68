package convention

import (
	"slices"
	"strings"
)

// Provision is the registry's entry for one numbered paragraph of the text
// (or for an article written as one unnumbered paragraph): what it says, in
// the library's words; the force of its words; how the library encodes it,
// or why it cannot be decided by a machine; and any drafting note on a slip
// in the text.
type Provision struct {
	Cite Citation `json:"cite"`
	// Summary is the paragraph's rule in a sentence or two.
	Summary string `json:"summary"`
	// Strength is the force of the paragraph's operative words.
	Strength Strength `json:"strength"`
	// Points is the number of lettered sub-paragraphs, (a) onwards.
	Points int `json:"points,omitempty"`
	// ItemsIn and Items give the roman-numbered items of one point, as in
	// Functions art., para. 1(b)(i)-(v).
	ItemsIn rune `json:"items_in,omitempty"`
	Items   int  `json:"items,omitempty"`
	// Encoding names the identifiers that apply the paragraph,
	// comma-separated, package-qualified: "mla.Assess, mla.Review".
	Encoding string `json:"encoding,omitempty"`
	// Reason says why the paragraph is not machine-decidable, where it is
	// not encoded ("shall endeavour" policy duties, matters left to
	// domestic law).
	Reason string `json:"reason,omitempty"`
	// Note records a drafting slip in the text and the intent the library
	// encodes.
	Note string `json:"note,omitempty"`
	// Reading records the reading the library takes where the words admit
	// more than one, quoting the words that decide it.
	Reading string `json:"reading,omitempty"`
}

// Encodings returns the identifiers named in Encoding.
func (p Provision) Encodings() []string {
	var out []string
	for _, s := range strings.Split(p.Encoding, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Encoded reports whether the library applies the paragraph in code.
func (p Provision) Encoded() bool { return strings.TrimSpace(p.Encoding) != "" }

// registry lists every numbered paragraph of the operative text, chapter by
// chapter, in the order of the text. Its parts live in registry_*.go.
func registryTable() [][]Provision {
	return [][]Provision{
		registryCooperation,
		registryPreservation,
		registryMLA,
		registryConfiscation,
		registryAssistance,
		registryMechanism,
		registryFinal,
	}
}

// Registry returns every provision of the text, in the order of the text
// (a fresh slice each call).
func Registry() []Provision {
	var out []Provision
	for _, part := range registryTable() {
		out = append(out, part...)
	}
	slices.SortStableFunc(out, func(a, b Provision) int { return a.Cite.Compare(b.Cite) })
	return out
}

// LookupProvision returns the registry entry of the paragraph c falls in.
// It reports false when the article or paragraph is not in the text, or
// when c names a sub-paragraph or item the paragraph does not have. A
// citation of a whole numbered article returns an entry summarising the
// article, with its heading as Summary.
func LookupProvision(c Citation) (Provision, bool) {
	if c.IsZero() {
		return Provision{}, false
	}
	if c.para == 0 && c.point == 0 && c.art.Paragraphs() > 0 {
		return Provision{Cite: c, Summary: c.art.Heading(), Strength: Declaratory,
			Reason: "an article as a whole; see its paragraphs"}, true
	}
	for _, part := range registryTable() {
		for _, p := range part {
			if p.Cite.art != c.art || p.Cite.para != c.para {
				continue
			}
			if int(c.point) > p.Points {
				return Provision{}, false
			}
			if c.item != 0 && (p.ItemsIn != c.PointLetter() || int(c.item) > p.Items) {
				return Provision{}, false
			}
			return p, true
		}
	}
	return Provision{}, false
}

// Registered reports whether c cites a paragraph (and sub-paragraph) the
// registry lists. Every citation the library emits is Registered; the tests
// of each package check theirs.
func Registered(c Citation) bool {
	_, ok := LookupProvision(c)
	return ok
}

// DraftingNotes returns the provisions that carry a drafting note, in the
// order of the text.
func DraftingNotes() []Provision {
	var out []Provision
	for _, p := range Registry() {
		if p.Note != "" {
			out = append(out, p)
		}
	}
	return out
}
