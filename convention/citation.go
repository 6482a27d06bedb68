package convention

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Citation points at an article of the text, and within it a numbered
// paragraph, a lettered sub-paragraph (point) and a roman-numbered item:
// "MLA art., para. 22(b)", "Functions art., para. 1(b)(iv)".
//
// It prints as a lawyer writes it, parses back with ParseCitation, and has a
// stable machine identifier in the Akoma Ntoso eId style,
// "art_mla__para_22__point_b", which is also its text form. Its JSON form
// carries both: {"id": "art_mla__para_22__point_b", "text": "MLA art.,
// para. 22(b)"}.
//
// Citations are small comparable values. The zero Citation means "no
// citation". Compare orders citations as the text does.
type Citation struct {
	art   Article
	para  uint8 // 0: the article as a whole (or an unnumbered article)
	point uint8 // 1 = (a) ... 26 = (z); 0 = none
	item  uint8 // 1 = (i), 2 = (ii) ...; 0 = none
}

// maxItem bounds roman-numbered items.
const maxItem = 39

// Cite returns the citation of paragraph para of article a; para 0 cites the
// article as a whole. It returns the zero Citation when a is not a declared
// article or para is negative or beyond 255. Whether the paragraph exists in
// the text is the registry's business: see LookupProvision.
func Cite(a Article, para int) Citation {
	if !a.IsValid() || para < 0 || para > 255 {
		return Citation{}
	}
	return Citation{art: a, para: uint8(para)}
}

// CitePoint returns the citation of sub-paragraph (point) p of paragraph para
// of article a: CitePoint(ArtMLA, 22, 'b') is "MLA art., para. 22(b)".
func CitePoint(a Article, para int, p rune) Citation {
	return Cite(a, para).Point(p)
}

// Point narrows c to its lettered sub-paragraph p ('a' to 'z'). It returns
// the zero Citation for another rune or a zero c.
func (c Citation) Point(p rune) Citation {
	if c.art == ArtUnknown || p < 'a' || p > 'z' {
		return Citation{}
	}
	c.point, c.item = uint8(p-'a'+1), 0
	return c
}

// Item narrows c, which must name a point, to its roman-numbered item n (1 to
// 39). It returns the zero Citation otherwise.
func (c Citation) Item(n int) Citation {
	if c.point == 0 || n < 1 || n > maxItem {
		return Citation{}
	}
	c.item = uint8(n)
	return c
}

// Article returns the cited article.
func (c Citation) Article() Article { return c.art }

// Para returns the cited paragraph number, 0 when the whole article is cited.
func (c Citation) Para() int { return int(c.para) }

// PointLetter returns the cited sub-paragraph letter, or 0.
func (c Citation) PointLetter() rune {
	if c.point == 0 {
		return 0
	}
	return rune('a' + c.point - 1)
}

// ItemNumber returns the cited roman-numbered item as an integer, or 0.
func (c Citation) ItemNumber() int { return int(c.item) }

// IsZero reports whether c is the zero Citation, "no citation".
func (c Citation) IsZero() bool { return c.art == ArtUnknown }

// Paragraph returns c without its point and item: the paragraph it falls in.
func (c Citation) Paragraph() Citation { return Citation{art: c.art, para: c.para} }

// Within reports whether c falls within p: the same article, and the same
// paragraph, point and item as far as p names them. Every citation falls
// within the citation of its whole article.
func (c Citation) Within(p Citation) bool {
	if p.IsZero() || c.art != p.art {
		return false
	}
	if p.para != 0 && c.para != p.para {
		return false
	}
	if p.point != 0 && c.point != p.point {
		return false
	}
	return p.item == 0 || c.item == p.item
}

// Compare orders citations as the text does: by article, then paragraph,
// point and item. The zero Citation sorts first.
func (c Citation) Compare(d Citation) int {
	switch {
	case c.art != d.art:
		return cmpInt(int(c.art), int(d.art))
	case c.para != d.para:
		return cmpInt(int(c.para), int(d.para))
	case c.point != d.point:
		return cmpInt(int(c.point), int(d.point))
	}
	return cmpInt(int(c.item), int(d.item))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns the citation as a lawyer writes it: "MLA art.", "MLA art.,
// para. 22", "MLA art., para. 22(b)", "Functions art., para. 1(b)(iv)", and
// for an unnumbered article "Private sector art. (a)". The zero Citation
// prints as "".
func (c Citation) String() string {
	if c.IsZero() {
		return ""
	}
	var b [64]byte
	return string(c.appendLawyer(b[:0]))
}

func (c Citation) appendLawyer(b []byte) []byte {
	b = append(b, c.art.String()...)
	if c.para != 0 {
		b = append(b, ", para. "...)
		b = strconv.AppendInt(b, int64(c.para), 10)
	} else if c.point != 0 {
		b = append(b, ' ')
	}
	if c.point != 0 {
		b = append(b, '(', 'a'+c.point-1, ')')
	}
	if c.item != 0 {
		b = append(b, '(')
		b = append(b, roman(int(c.item))...)
		b = append(b, ')')
	}
	return b
}

// EID returns the citation's Akoma Ntoso style identifier:
// "art_mla__para_22__point_b", with a roman item as a nested point,
// "art_functions__para_1__point_b__point_iv". The zero Citation gives "".
func (c Citation) EID() string {
	if c.IsZero() {
		return ""
	}
	var b [64]byte
	return string(c.appendEID(b[:0]))
}

func (c Citation) appendEID(b []byte) []byte {
	b = append(b, "art_"...)
	b = append(b, c.art.Slug()...)
	if c.para != 0 {
		b = append(b, "__para_"...)
		b = strconv.AppendInt(b, int64(c.para), 10)
	}
	if c.point != 0 {
		b = append(b, "__point_"...)
		b = append(b, 'a'+c.point-1)
	}
	if c.item != 0 {
		b = append(b, "__point_"...)
		b = append(b, roman(int(c.item))...)
	}
	return b
}

// MarshalText returns the eId; the zero Citation marshals as "".
func (c Citation) MarshalText() ([]byte, error) {
	if c.IsZero() {
		return []byte{}, nil
	}
	return c.appendEID(nil), nil
}

// UnmarshalText accepts an eId or the lawyer's form; "" gives the zero
// Citation.
func (c *Citation) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Citation{}
		return nil
	}
	v, err := ParseCitation(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// citationJSON is a Citation's JSON form: the machine identifier and the
// lawyer's text.
type citationJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// MarshalJSON returns {"id": eId, "text": lawyer's form}, so that a case
// system stores the identifier and a reader sees the paragraph; the zero
// Citation marshals as null.
func (c Citation) MarshalJSON() ([]byte, error) {
	if c.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(citationJSON{ID: c.EID(), Text: c.String()})
}

// UnmarshalJSON accepts the object form, or a string in either form (eId
// or lawyer's); null and "" give the zero Citation. In the object form the
// identifier decides, and a text that names another paragraph is an error.
func (c *Citation) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*c = Citation{}
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		return c.UnmarshalText([]byte(s))
	}
	var v citationJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("convention: citation: want {\"id\": ..., \"text\": ...} or a string: %v: %w", err, ErrInvalid)
	}
	s := v.ID
	if s == "" {
		s = v.Text
	}
	var got Citation
	if err := got.UnmarshalText([]byte(s)); err != nil {
		return err
	}
	if v.ID != "" && v.Text != "" {
		t, err := ParseCitation(v.Text)
		if err != nil || t != got {
			return fmt.Errorf("convention: citation: id %s and text %s name different paragraphs: %w", quote(v.ID), quote(v.Text), ErrInvalid)
		}
	}
	*c = got
	return nil
}

// MustCitation parses a citation and panics on error; for tests and tables
// with hard-coded strings.
func MustCitation(s string) Citation {
	c, err := ParseCitation(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseCitation parses a citation in the lawyer's form String writes ("MLA
// art., para. 22(b)", also without the comma or with "paragraph") or in the
// eId form ("art_mla__para_22__point_b"). Errors wrap ErrInvalid. It does
// not check that the paragraph exists in the text: LookupProvision does.
func ParseCitation(s string) (Citation, error) {
	if strings.HasPrefix(s, "art_") {
		return parseEID(s)
	}
	return parseLawyer(s)
}

func badCitation(s, why string) error {
	return fmt.Errorf("convention: citation %s: %s: %w", quote(s), why, ErrInvalid)
}

func parseEID(s string) (Citation, error) {
	parts := strings.Split(s, "__")
	if len(parts) > 4 {
		return Citation{}, badCitation(s, "too many components")
	}
	slug, ok := strings.CutPrefix(parts[0], "art_")
	if !ok {
		return Citation{}, badCitation(s, "want art_<article>")
	}
	var c Citation
	for a := ArtCooperation; a < numArticles; a++ {
		if articles[a].slug == slug {
			c.art = a
		}
	}
	if c.art == ArtUnknown {
		return Citation{}, badCitation(s, "unknown article")
	}
	rest := parts[1:]
	if len(rest) > 0 {
		if n, ok := strings.CutPrefix(rest[0], "para_"); ok {
			p, err := strconv.Atoi(n)
			if err != nil || p < 1 || p > 255 || n[0] == '0' || n[0] == '+' {
				return Citation{}, badCitation(s, "bad paragraph number")
			}
			c.para = uint8(p)
			rest = rest[1:]
		}
	}
	if len(rest) > 0 {
		l, ok := strings.CutPrefix(rest[0], "point_")
		if !ok || len(l) != 1 || l[0] < 'a' || l[0] > 'z' {
			return Citation{}, badCitation(s, "bad point")
		}
		c.point = l[0] - 'a' + 1
		rest = rest[1:]
	}
	if len(rest) > 0 {
		r, ok := strings.CutPrefix(rest[0], "point_")
		n := parseRoman(r)
		if !ok || n == 0 {
			return Citation{}, badCitation(s, "bad item")
		}
		c.item = uint8(n)
		rest = rest[1:]
	}
	if len(rest) > 0 {
		return Citation{}, badCitation(s, "unexpected component")
	}
	return c, nil
}

func parseLawyer(s string) (Citation, error) {
	label, rest, ok := strings.Cut(s, " art.")
	if !ok {
		return Citation{}, badCitation(s, `want "<article> art."`)
	}
	var c Citation
	for a := ArtCooperation; a < numArticles; a++ {
		if strings.EqualFold(articles[a].short, label) {
			c.art = a
		}
	}
	if c.art == ArtUnknown {
		return Citation{}, badCitation(s, "unknown article")
	}
	rest = strings.TrimPrefix(rest, ",")
	rest = strings.TrimLeft(rest, " ")
	for _, pre := range []string{"para. ", "paragraph ", "para "} {
		if r, ok := strings.CutPrefix(rest, pre); ok {
			i := 0
			for i < len(r) && r[i] >= '0' && r[i] <= '9' {
				i++
			}
			p, err := strconv.Atoi(r[:i])
			if err != nil || p < 1 || p > 255 || r[0] == '0' {
				return Citation{}, badCitation(s, "bad paragraph number")
			}
			c.para = uint8(p)
			rest = r[i:]
			break
		}
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return c, nil
	}
	// (a) then optionally (iv)
	inner, tail, ok := cutParen(rest)
	if !ok || len(inner) != 1 || inner[0] < 'a' || inner[0] > 'z' {
		return Citation{}, badCitation(s, "bad sub-paragraph")
	}
	c.point = inner[0] - 'a' + 1
	if tail == "" {
		return c, nil
	}
	inner, tail, ok = cutParen(tail)
	n := parseRoman(inner)
	if !ok || n == 0 || tail != "" {
		return Citation{}, badCitation(s, "bad item")
	}
	c.item = uint8(n)
	return c, nil
}

func cutParen(s string) (inner, rest string, ok bool) {
	if len(s) < 3 || s[0] != '(' {
		return "", "", false
	}
	end := strings.IndexByte(s, ')')
	if end < 0 {
		return "", "", false
	}
	return s[1:end], s[end+1:], true
}

var romans = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// roman returns n (1..39) in lower-case roman numerals.
func roman(n int) string {
	if n < 1 || n > maxItem {
		return ""
	}
	return strings.Repeat("x", n/10) + romans[n%10]
}

// parseRoman reads lower-case roman numerals from 1 to 39, written the
// canonical way, or returns 0.
func parseRoman(s string) int {
	for n := 1; n <= maxItem; n++ {
		if roman(n) == s {
			return n
		}
	}
	return 0
}
