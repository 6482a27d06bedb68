package convention

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// PartyID identifies a State or a regional economic integration
// organization (REIO) that may sign, ratify or accede to the Convention.
//
// Its text form identifies its kind: a State is written with its ISO 3166-1
// alpha-3 code ("FRA", "USA"), which must name a country known to
// golang.org/x/text/language; a REIO is written with an upper-case code of 2
// or of 4 to 16 letters, digits or hyphens ("EU", "ECOWAS"), never three
// letters and never a country's alpha-2 code, so that no organization is
// read as a State.
//
// The zero PartyID means "no party". PartyIDs are comparable map keys.
type PartyID struct{ code string }

// ParsePartyID parses a State's alpha-3 code or a REIO's code. Errors wrap
// ErrInvalid and, for the common mistakes (a country's name, its alpha-2
// code, lower case), say what to write.
func ParsePartyID(s string) (PartyID, error) {
	p, err := parsePartyID(s)
	if err != nil {
		if hint := partyHint(s); hint != "" {
			err = fmt.Errorf("%w; %s", err, hint)
		}
	}
	return p, err
}

// partyHint suggests the code to write for s, or returns "": a country's
// English name or alpha-2 code gives its alpha-3 code; a short code in
// lower case gives the same in upper case.
func partyHint(s string) string {
	if len(s) > 64 {
		return ""
	}
	name := strings.ToLower(strings.TrimSpace(s))
	up := strings.ToUpper(strings.TrimSpace(s))
	names := display.English.Regions()
	if len(name) >= 4 {
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err == nil && r.IsCountry() && strings.ToLower(names.Name(r)) == name {
					return "write " + r.ISO3() + " for " + names.Name(r) + ": a State is written with its ISO 3166-1 alpha-3 code"
				}
			}
		}
	}
	if len(up) == 2 {
		if r, err := language.ParseRegion(up); err == nil && r.IsCountry() {
			return "write " + r.ISO3() + " for " + names.Name(r)
		}
	}
	if up != s && len(up) <= 3 {
		if p, err := parsePartyID(up); err == nil {
			return "write " + p.code
		}
	}
	return ""
}

func parsePartyID(s string) (PartyID, error) {
	if len(s) == 3 {
		for i := 0; i < 3; i++ {
			if s[i] < 'A' || s[i] > 'Z' {
				return PartyID{}, fmt.Errorf("convention: party %s: a State's code is three upper-case letters: %w", quote(s), ErrInvalid)
			}
		}
		r, err := language.ParseRegion(s)
		if err != nil || !r.IsCountry() || r.ISO3() != s {
			return PartyID{}, fmt.Errorf("convention: party %s: not an ISO 3166-1 alpha-3 country code: %w", quote(s), ErrInvalid)
		}
		return PartyID{code: s}, nil
	}
	if len(s) < 2 || len(s) > 16 {
		return PartyID{}, fmt.Errorf("convention: party %s: want a State's alpha-3 code or a REIO code of 2 or 4-16 characters: %w", quote(s), ErrInvalid)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && i > 0 && i < len(s)-1) {
			return PartyID{}, fmt.Errorf("convention: party %s: a REIO code is upper-case letters, digits and inner hyphens: %w", quote(s), ErrInvalid)
		}
	}
	if len(s) == 2 {
		if r, err := language.ParseRegion(s); err == nil && r.IsCountry() {
			return PartyID{}, fmt.Errorf("convention: party %s: a country's alpha-2 code; write a State with its alpha-3 code (%s): %w", quote(s), r.ISO3(), ErrInvalid)
		}
	}
	return PartyID{code: s}, nil
}

// MustPartyID parses a PartyID and panics on error; for tests and constants.
func MustPartyID(s string) PartyID {
	p, err := ParsePartyID(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsZero reports whether p is the zero PartyID.
func (p PartyID) IsZero() bool { return p.code == "" }

// IsState reports whether p names a State.
func (p PartyID) IsState() bool { return len(p.code) == 3 }

// IsREIO reports whether p names a regional economic integration
// organization.
func (p PartyID) IsREIO() bool { return p.code != "" && len(p.code) != 3 }

// String returns the code, "" for the zero PartyID.
func (p PartyID) String() string { return p.code }

// Compare orders PartyIDs by code.
func (p PartyID) Compare(q PartyID) int { return strings.Compare(p.code, q.code) }

// MarshalText returns the code.
func (p PartyID) MarshalText() ([]byte, error) { return []byte(p.code), nil }

// UnmarshalText parses a code; "" gives the zero PartyID.
func (p *PartyID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PartyID{}
		return nil
	}
	v, err := ParsePartyID(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Party describes a State or a REIO. A REIO lists its member States; a State
// lists none. The zero Party is unset.
type Party struct {
	ID   PartyID `json:"id"`
	Name string  `json:"name,omitempty"`
	// Members are the REIO's member States (Signature art., paras. 2-4).
	Members []PartyID `json:"members,omitempty"`
}

// IsREIO reports whether the party is a regional economic integration
// organization.
func (p Party) IsREIO() bool { return p.ID.IsREIO() }

// HasMember reports whether the REIO counts s among its member States.
func (p Party) HasMember(s PartyID) bool { return slices.Contains(p.Members, s) }

// Validate checks that a State lists no members and that a REIO lists at
// least one member State, each a State, none twice.
func (p Party) Validate() error {
	var ps Problems
	sig := Cite(ArtSignature, 2)
	switch {
	case p.ID.IsZero():
		ps = append(ps, Problem{Field: "ID", Cite: Cite(ArtSignature, 1), Err: ErrMissing})
	case p.ID.IsState() && len(p.Members) > 0:
		ps = append(ps, Problem{Field: "Members", Cite: sig, Err: ErrInconsistent, Detail: "a State has no member States"})
	case p.ID.IsREIO() && len(p.Members) == 0:
		ps = append(ps, Problem{Field: "Members", Cite: sig, Err: ErrMissing, Detail: "a regional economic integration organization has member States"})
	}
	seen := make(map[PartyID]bool, len(p.Members))
	for i, m := range p.Members {
		f := fmt.Sprintf("Members[%d]", i)
		switch {
		case !m.IsState():
			ps = append(ps, Problem{Field: f, Cite: sig, Err: ErrInvalid, Detail: "a member must be a State"})
		case seen[m]:
			ps = append(ps, Problem{Field: f, Cite: sig, Err: ErrInconsistent, Detail: "member " + m.String() + " listed twice"})
		}
		seen[m] = true
	}
	ps.Sort()
	return ps.Err()
}

// The six languages in which the text is equally authentic (Depositary
// art., para. 2).
var authentic = [6]language.Tag{
	language.Arabic, language.Chinese, language.English,
	language.French, language.Russian, language.Spanish,
}

// AuthenticLanguages returns the languages of the six equally authentic
// texts, Arabic, Chinese, English, French, Russian and Spanish (Depositary
// art., para. 2), as an array value that callers cannot alter.
func AuthenticLanguages() [6]language.Tag { return authentic }

// IsAuthentic reports whether t is one of the authentic languages, matched
// as LanguageAcceptable matches: "fr-CA" is French, "zh-Hant" is not the
// authentic (Simplified) Chinese text.
func IsAuthentic(t language.Tag) bool {
	return LanguageAcceptable(authentic[:], t)
}

// LanguageAcceptable reports whether a request written in used is in one of
// the languages a State notified as acceptable (MLA art., para. 15).
//
// Matching follows golang.org/x/text/language's matcher, and accepts a match
// of High or Exact confidence: a regional variant of a notified language is
// acceptable ("en-GB" where "en" was notified, and "en-US" where "en-GB"
// was), but a different script is not ("zh-Hant" where "zh", Simplified
// Chinese, was notified), nor is a different language. language.Und matches
// nothing.
func LanguageAcceptable(notified []language.Tag, used language.Tag) bool {
	if used == language.Und || len(notified) == 0 {
		return false
	}
	// Fast paths, without building a matcher: the very tag notified; then
	// the same language in the same script, a match of High or Exact
	// confidence whatever the region.
	for _, n := range notified {
		if n == used {
			return true
		}
	}
	ub, _ := used.Base()
	us, _ := used.Script()
	for _, n := range notified {
		if n == language.Und {
			continue
		}
		nb, _ := n.Base()
		ns, _ := n.Script()
		if nb == ub && ns == us {
			return true
		}
	}
	var ok []language.Tag
	for _, n := range notified {
		if n != language.Und {
			ok = append(ok, n)
		}
	}
	if len(ok) == 0 {
		return false
	}
	_, _, conf := language.NewMatcher(ok).Match(used)
	return conf >= language.High
}
