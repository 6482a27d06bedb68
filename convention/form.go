package convention

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/internal/enum"
)

// This file holds the parts that requests of every kind carry as
// practitioners write them (the Council of Europe's T-CY templates, the OAS
// form for mutual legal assistance, national content-of-request lists): the
// offences named, the language of the original and its translations, the
// legal basis invoked, the data sought, contact points, related requests,
// urgency, transmission, persons' roles, attachments and confidentiality.
//
// Where a decision depends on a part (the offences, the languages, the
// legal basis, confidentiality), the packages read it; the other parts are
// a typed home for what case systems would otherwise keep as free text.
// Each part's Problems method checks its consistency only: what the text
// requires of a request is checked by the request's own Validate.

// Offences is the list of offences a request names, each as the requesting
// State characterises it. The zero Offences names none.
type Offences []Offence

// AnyEstablished reports whether any offence is established under the
// Convention.
func (os Offences) AnyEstablished() bool {
	for _, o := range os {
		if o.EstablishedUnderConvention() {
			return true
		}
	}
	return false
}

// AllEstablished reports whether every offence is established under the
// Convention; false for an empty list.
func (os Offences) AllEstablished() bool {
	for _, o := range os {
		if !o.EstablishedUnderConvention() {
			return false
		}
	}
	return len(os) > 0
}

// Serious reports whether any offence is a serious criminal offence (UNTOC
// art. 2(b)): Yes if one is, No if none is, Unassessed otherwise.
func (os Offences) Serious() Judgement {
	j := No
	for _, o := range os {
		j = j.Or(o.Serious())
	}
	if len(os) == 0 {
		return Unassessed
	}
	return j
}

// Languages is the language a request is written in and the languages of
// the translations sent with it. A request is in a language acceptable to
// the requested State (MLA art., para. 15) when its original or one of its
// translations is.
//
// In JSON a request without translations may be written as a plain tag
// ("fr"); with translations it is {"original":"fr","translations":["en"]}.
// The zero Languages gives no language.
type Languages struct {
	// Original is the language of the request as made; language.Und means
	// not given.
	Original language.Tag `json:"original"`
	// Translations are the languages of the translations attached.
	Translations []language.Tag `json:"translations,omitempty"`
}

// In returns the Languages of a request made in original, with
// translations.
func In(original language.Tag, translations ...language.Tag) Languages {
	return Languages{Original: original, Translations: translations}
}

// IsZero reports whether l gives no language at all.
func (l Languages) IsZero() bool { return l.Original == language.Und && len(l.Translations) == 0 }

// Acceptable reports whether the request is in a language the requested
// State notified as acceptable: Yes when the original or a translation is
// (LanguageAcceptable), No when none is, Unassessed when the State notified
// no language or the request gives none.
func (l Languages) Acceptable(notified []language.Tag) Judgement {
	if len(notified) == 0 || l.IsZero() {
		return Unassessed
	}
	if l.Original != language.Und && LanguageAcceptable(notified, l.Original) {
		return Yes
	}
	for _, t := range l.Translations {
		if t != language.Und && LanguageAcceptable(notified, t) {
			return Yes
		}
	}
	return No
}

// AcceptableIn returns the first of the original and the translations that
// the requested State accepts, and whether there is one.
func (l Languages) AcceptableIn(notified []language.Tag) (language.Tag, bool) {
	for _, t := range append([]language.Tag{l.Original}, l.Translations...) {
		if t != language.Und && LanguageAcceptable(notified, t) {
			return t, true
		}
	}
	return language.Und, false
}

// sameLanguage reports whether a and b are the same language in the same
// script (a regional variant is the same language: en-GB and en).
func sameLanguage(a, b language.Tag) bool {
	ab, _ := a.Base()
	bb, _ := b.Base()
	as, _ := a.Script()
	bs, _ := b.Script()
	return ab == bb && as == bs
}

// Problems checks l's consistency: a translation without a language, a
// translation into the original's own language, the same translation twice.
// Fields are relative to l ("Translations[1]"); cite is the paragraph the
// language serves.
func (l Languages) Problems(cite Citation) Problems {
	var ps Problems
	f := func(i int) string { return "Translations[" + strconv.Itoa(i) + "]" }
	for i, t := range l.Translations {
		switch {
		case t == language.Und:
			ps = append(ps, Problem{Field: f(i), Cite: cite, Err: ErrMissing, Detail: "a translation names its language"})
		case l.Original != language.Und && sameLanguage(t, l.Original):
			ps = append(ps, Problem{Field: f(i), Cite: cite, Err: ErrInconsistent, Detail: "a translation into the original's own language (" + t.String() + ")"})
		case slices.Contains(l.Translations[:i], t):
			ps = append(ps, Problem{Field: f(i), Cite: cite, Err: ErrInconsistent, Detail: "the same translation twice (" + t.String() + ")"})
		}
	}
	if l.Original == language.Und && len(l.Translations) > 0 {
		ps = append(ps, Problem{Field: "Original", Cite: cite, Err: ErrMissing, Detail: "translations are given but not the original's language"})
	}
	return ps
}

// MarshalJSON writes a plain tag when there are no translations.
func (l Languages) MarshalJSON() ([]byte, error) {
	if len(l.Translations) == 0 {
		return json.Marshal(l.Original)
	}
	type plain Languages
	return json.Marshal(plain(l))
}

// UnmarshalJSON reads a plain tag or the object form. Unknown fields are
// errors.
func (l *Languages) UnmarshalJSON(b []byte) error {
	var tag language.Tag
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &tag); err != nil {
			return languageError(string(b))
		}
		*l = Languages{Original: tag}
		return nil
	}
	type plain Languages
	var p plain
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		if strings.Contains(err.Error(), "unknown field") {
			return fmt.Errorf("convention: languages: %v: the fields are original and translations: %w", err, ErrInvalid)
		}
		return languageError(string(b))
	}
	*l = Languages(p)
	return nil
}

// languageError says what to write in place of a value that is not a
// language tag.
func languageError(s string) error {
	if len(s) > 64 {
		s = s[:64] + "..."
	}
	return fmt.Errorf("convention: language %s: write a BCP 47 tag such as \"en\", \"fr\" or \"es-419\", not a language's name: %w", s, ErrInvalid)
}

// LegalBasisKind is a legal basis a request may invoke. The zero value is
// not a basis.
type LegalBasisKind uint8

// The legal bases.
const (
	BasisNotStated LegalBasisKind = iota
	// BasisConvention: this Convention.
	BasisConvention
	// BasisTreaty: another treaty, named in LegalBasis.Treaty (a bilateral
	// treaty of mutual legal assistance or extradition, or a multilateral
	// one).
	BasisTreaty
	// BasisReciprocity: reciprocity or comity.
	BasisReciprocity
	// BasisDomesticLaw: the requested State's domestic law alone.
	BasisDomesticLaw
	numLegalBases
)

var legalBasisEnum = enum.New[LegalBasisKind]("LegalBasisKind", "legal basis", "", "convention", "treaty", "reciprocity", "domestic-law")

// String returns the basis's word.
func (k LegalBasisKind) String() string { return legalBasisEnum.String(k) }

// GoString returns the value for debugging.
func (k LegalBasisKind) GoString() string { return "convention." + legalBasisEnum.GoString(k) }

// MarshalText returns String's word.
func (k LegalBasisKind) MarshalText() ([]byte, error) { return legalBasisEnum.Marshal(k) }

// UnmarshalText accepts a word String returns.
func (k *LegalBasisKind) UnmarshalText(b []byte) error {
	v, err := legalBasisEnum.Parse(b)
	*k = v
	return err
}

// IsValid reports whether k is a declared basis other than BasisNotStated.
func (k LegalBasisKind) IsValid() bool { return legalBasisEnum.Set(k) }

// LegalBasisWords returns the words a legal basis is written in.
func LegalBasisWords() []string { return legalBasisEnum.Words() }

// LegalBasis is the legal basis a request invokes: one or more of this
// Convention, another treaty (named), reciprocity and domestic law.
//
// Whether an article of the Convention applies, and which regime governs
// (MLA art., paras. 7 and 9; Extradition art., paras. 3 to 6), depends on
// it as well as on the requested State's position. The zero LegalBasis
// states no basis: the packages then decide the request as one made under
// the Convention and say so in the explanation.
type LegalBasis struct {
	// Invoked are the bases invoked, without repeats, in any order.
	Invoked []LegalBasisKind `json:"invoked,omitempty"`
	// Treaty names the treaty invoked, when BasisTreaty is among Invoked.
	Treaty string `json:"treaty,omitempty"`
}

// Under returns a LegalBasis invoking the bases given.
func Under(bases ...LegalBasisKind) LegalBasis { return LegalBasis{Invoked: bases} }

// Stated reports whether any basis is invoked.
func (b LegalBasis) Stated() bool { return len(b.Invoked) > 0 }

// Invokes reports whether k is among the bases invoked.
func (b LegalBasis) Invokes(k LegalBasisKind) bool { return slices.Contains(b.Invoked, k) }

// UnderConvention reports whether the request is made under the Convention:
// it invokes the Convention, or states no basis at all (the reading the
// packages take, and say they take, for a request silent on its basis).
func (b LegalBasis) UnderConvention() bool { return !b.Stated() || b.Invokes(BasisConvention) }

// String lists the bases invoked, with the treaty's name.
func (b LegalBasis) String() string {
	if !b.Stated() {
		return "not stated"
	}
	var parts []string
	for _, k := range b.Invoked {
		s := k.String()
		if k == BasisTreaty && b.Treaty != "" {
			s += " (" + b.Treaty + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// Problems checks b's consistency: an undeclared basis, one invoked twice, a
// treaty invoked without its name or named without being invoked.
func (b LegalBasis) Problems(cite Citation) Problems {
	var ps Problems
	f := func(i int) string { return "Invoked[" + strconv.Itoa(i) + "]" }
	for i, k := range b.Invoked {
		switch {
		case !k.IsValid():
			ps = append(ps, Problem{Field: f(i), Cite: cite, Err: ErrInvalid, Detail: k.String()})
		case slices.Contains(b.Invoked[:i], k):
			ps = append(ps, Problem{Field: f(i), Cite: cite, Err: ErrInconsistent, Detail: k.String() + " invoked twice"})
		}
	}
	switch {
	case b.Invokes(BasisTreaty) && strings.TrimSpace(b.Treaty) == "":
		ps = append(ps, Problem{Field: "Treaty", Cite: cite, Err: ErrMissing, Detail: "a treaty is invoked; name it"})
	case !b.Invokes(BasisTreaty) && b.Treaty != "":
		ps = append(ps, Problem{Field: "Treaty", Cite: cite, Err: ErrInconsistent, Detail: "a treaty is named but not invoked"})
	}
	return ps
}

// DataCategory is a category of stored computer data, as request forms
// distinguish them. The zero value is not given.
type DataCategory uint8

// The categories.
const (
	DataNotGiven DataCategory = iota
	// DataSubscriber: subscriber information (the identity, address and
	// service of a subscriber).
	DataSubscriber
	// DataTraffic: traffic data (origin, destination, route, time, date,
	// size, duration or type of a communication).
	DataTraffic
	// DataContent: the content of communications or stored files.
	DataContent
	// DataOtherStored: other stored computer data.
	DataOtherStored
)

var dataCategoryEnum = enum.New[DataCategory]("DataCategory", "data category", "", "subscriber", "traffic", "content", "other-stored")

// String returns the category's word.
func (c DataCategory) String() string { return dataCategoryEnum.String(c) }

// GoString returns the value for debugging.
func (c DataCategory) GoString() string { return "convention." + dataCategoryEnum.GoString(c) }

// MarshalText returns String's word.
func (c DataCategory) MarshalText() ([]byte, error) { return dataCategoryEnum.Marshal(c) }

// UnmarshalText accepts a word String returns.
func (c *DataCategory) UnmarshalText(b []byte) error {
	v, err := dataCategoryEnum.Parse(b)
	*c = v
	return err
}

// IsValid reports whether c is a declared category other than DataNotGiven.
func (c DataCategory) IsValid() bool { return dataCategoryEnum.Set(c) }

// DataCategoryWords returns the words a data category is written in.
func DataCategoryWords() []string { return dataCategoryEnum.Words() }

// IdentifierKind is the kind of an identifier of the data sought. The zero
// value is not given.
type IdentifierKind uint8

// The kinds of identifier.
const (
	IdentifierNotGiven IdentifierKind = iota
	IdentifierAccount
	IdentifierEmail
	IdentifierTelephone
	// IdentifierIPAddress: an IP address, with its port and the moment it
	// was used (Identifier.Port, Identifier.At).
	IdentifierIPAddress
	IdentifierURL
	IdentifierDevice
	IdentifierOther
)

var identifierEnum = enum.New[IdentifierKind]("IdentifierKind", "identifier kind", "", "account", "email", "telephone", "ip-address", "url", "device", "other")

// String returns the kind's word.
func (k IdentifierKind) String() string { return identifierEnum.String(k) }

// GoString returns the value for debugging.
func (k IdentifierKind) GoString() string { return "convention." + identifierEnum.GoString(k) }

// MarshalText returns String's word.
func (k IdentifierKind) MarshalText() ([]byte, error) { return identifierEnum.Marshal(k) }

// UnmarshalText accepts a word String returns.
func (k *IdentifierKind) UnmarshalText(b []byte) error {
	v, err := identifierEnum.Parse(b)
	*k = v
	return err
}

// IsValid reports whether k is a declared kind other than IdentifierNotGiven.
func (k IdentifierKind) IsValid() bool { return identifierEnum.Set(k) }

// IdentifierKindWords returns the words an identifier kind is written in.
func IdentifierKindWords() []string { return identifierEnum.Words() }

// Identifier identifies data sought: an account, an e-mail address, a
// telephone number, an IP address with its port and the moment it was used,
// a URL, a device. The zero Identifier is not given.
type Identifier struct {
	Kind  IdentifierKind `json:"kind"`
	Value string         `json:"value"`
	// Port is the port of an IP address, or 0.
	Port uint16 `json:"port,omitempty"`
	// At is when the identifier was in use, with its time zone. An IP
	// address needs the zone: the same clock time names different moments
	// in different zones, and a provider's logs are kept in one.
	At Timestamp `json:"at,omitzero"`
}

// Problems checks the identifier: a kind and a value, a well-formed e-mail
// address or IP address, a port only on an IP address, and a time zone on
// the timestamp of an IP address.
func (id Identifier) Problems(cite Citation) Problems {
	var ps Problems
	add := func(f string, err error, d string) {
		ps = append(ps, Problem{Field: f, Cite: cite, Err: err, Detail: d})
	}
	switch {
	case id.Kind == IdentifierNotGiven:
		add("Kind", ErrMissing, "")
	case !id.Kind.IsValid():
		add("Kind", ErrInvalid, id.Kind.String())
	}
	v := strings.TrimSpace(id.Value)
	if v == "" {
		add("Value", ErrMissing, "")
	}
	switch id.Kind {
	case IdentifierEmail:
		if v != "" && (strings.Count(v, "@") != 1 || strings.HasPrefix(v, "@") || strings.HasSuffix(v, "@")) {
			add("Value", ErrInvalid, "not an e-mail address: "+quote(v))
		}
	case IdentifierIPAddress:
		if v != "" {
			if _, err := netip.ParseAddr(v); err != nil {
				add("Value", ErrInvalid, "not an IP address: "+quote(v))
			}
		}
		if !id.At.IsZero() && !id.At.HasZone() {
			add("At", ErrInvalid, "the moment an IP address was used needs its time zone (write e.g. 2026-03-03T14:05:09+01:00 or ...Z)")
		}
	}
	if id.Port != 0 && id.Kind != IdentifierIPAddress {
		add("Port", ErrInconsistent, "a port belongs to an IP address")
	}
	return ps
}

// DataSought describes stored computer data a request concerns: its
// category, identifiers, the period the data covers, the provider holding
// it, and free text beside them. The zero DataSought is not given.
type DataSought struct {
	Category    DataCategory `json:"category,omitzero"`
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// Period is the period of the data (from, to, both included).
	Period Period `json:"period,omitzero"`
	// Provider is the service provider or other custodian holding the data.
	Provider string `json:"provider,omitempty"`
	// Description is free text, as the request words it.
	Description string `json:"description,omitempty"`
}

// IsZero reports whether d is not given.
func (d DataSought) IsZero() bool {
	return d.Category == DataNotGiven && len(d.Identifiers) == 0 && d.Period.IsZero() && d.Provider == "" && d.Description == ""
}

// Problems checks d's consistency: a declared category, each identifier,
// and a period that does not end before it starts.
func (d DataSought) Problems(cite Citation) Problems {
	var ps Problems
	if d.Category != DataNotGiven && !d.Category.IsValid() {
		ps = append(ps, Problem{Field: "Category", Cite: cite, Err: ErrInvalid, Detail: d.Category.String()})
	}
	for i, id := range d.Identifiers {
		if ips := id.Problems(cite); len(ips) > 0 {
			ps = append(ps, ips.Prefixed("Identifiers["+strconv.Itoa(i)+"].")...)
		}
	}
	if pps := d.Period.Problems(cite); len(pps) > 0 {
		ps = append(ps, pps.Prefixed("Period.")...)
	}
	if d.IsZero() {
		ps = append(ps, Problem{Cite: cite, Err: ErrMissing, Detail: "the data is neither categorised, identified nor described"})
	}
	return ps
}

// Problems checks that p does not end before it starts, and that an end is
// not given without a start.
func (p Period) Problems(cite Citation) Problems {
	switch {
	case p.Start.IsZero() && !p.End.IsZero():
		return Problems{{Field: "Start", Cite: cite, Err: ErrMissing, Detail: "a period with an end has a start"}}
	case !p.End.IsZero() && p.End.Before(p.Start):
		return Problems{{Field: "End", Cite: cite, Err: ErrInconsistent, Detail: "the period ends (" + p.End.String() + ") before it starts (" + p.Start.String() + ")"}}
	}
	return nil
}

// ContactPoint is a person or office to contact about a request, as forms
// give it. TimeZone is kept as written (a UTC offset such as "+01:00" or a
// zone name such as "Europe/Paris"); the library resolves no zone names,
// which would need the zone database. The zero ContactPoint is not given.
type ContactPoint struct {
	Name         string `json:"name,omitempty"`
	Role         string `json:"role,omitempty"`
	Telephone    string `json:"telephone,omitempty"`
	Email        string `json:"email,omitempty"`
	TimeZone     string `json:"time_zone,omitempty"`
	Availability string `json:"availability,omitempty"`
}

// IsZero reports whether c is not given.
func (c ContactPoint) IsZero() bool { return c == ContactPoint{} }

// Problems checks c's consistency: someone to contact (a name, a
// telephone or an e-mail address), a well-formed e-mail address and time
// zone.
func (c ContactPoint) Problems(cite Citation) Problems {
	var ps Problems
	if c.IsZero() {
		return nil
	}
	if strings.TrimSpace(c.Name+c.Telephone+c.Email) == "" {
		ps = append(ps, Problem{Field: "Name", Cite: cite, Err: ErrMissing, Detail: "a contact point gives a name, a telephone number or an e-mail address"})
	}
	if e := strings.TrimSpace(c.Email); e != "" && (strings.Count(e, "@") != 1 || strings.HasPrefix(e, "@") || strings.HasSuffix(e, "@")) {
		ps = append(ps, Problem{Field: "Email", Cite: cite, Err: ErrInvalid, Detail: "not an e-mail address: " + quote(e)})
	}
	if z := c.TimeZone; z != "" && !validZone(z) {
		ps = append(ps, Problem{Field: "TimeZone", Cite: cite, Err: ErrInvalid, Detail: "write a UTC offset such as +01:00 or a zone name such as Europe/Paris, not " + quote(z)})
	}
	return ps
}

// validZone accepts "UTC", "Z", a UTC offset "+hh:mm" (or "UTC+hh:mm") and
// the shape of a zone database name ("Area/Location").
func validZone(z string) bool {
	if z == "UTC" || z == "Z" || z == "GMT" {
		return true
	}
	off := strings.TrimPrefix(strings.TrimPrefix(z, "UTC"), "GMT")
	if _, ok := parseOffset(off); ok {
		return true
	}
	area, loc, ok := strings.Cut(z, "/")
	if !ok || area == "" || loc == "" || len(z) > 64 {
		return false
	}
	for _, r := range z {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '/' || r == '_' || r == '-' || r == '+') {
			return false
		}
	}
	return true
}

// Contacts are the contact points for a request: of the requesting
// authority and of the authority executing it.
type Contacts struct {
	Requesting ContactPoint `json:"requesting,omitzero"`
	Executing  ContactPoint `json:"executing,omitzero"`
}

// IsZero reports whether no contact point is given.
func (c Contacts) IsZero() bool { return c == Contacts{} }

// Problems checks each contact point.
func (c Contacts) Problems(cite Citation) Problems {
	if c.IsZero() {
		return nil
	}
	return append(c.Requesting.Problems(cite).Prefixed("Requesting."), c.Executing.Problems(cite).Prefixed("Executing.")...)
}

// Relation is how a request relates to an earlier one. The zero value is
// not given.
type Relation uint8

// The relations.
const (
	RelationNotGiven Relation = iota
	// RelationExtends: the request extends an earlier preservation.
	RelationExtends
	// RelationFollows: the request for mutual legal assistance follows the
	// preservation request (Preservation art., paras. 1 and 2(f); MLA art.,
	// para. 3(d)).
	RelationFollows
	// RelationSupplements: the request gives additional information for an
	// earlier one (MLA art., para. 17).
	RelationSupplements
	// RelationConfirms: the request confirms in writing an oral one (MLA
	// art., para. 15).
	RelationConfirms
	// RelationSameCase: an earlier request in the same case.
	RelationSameCase
)

var relationEnum = enum.New[Relation]("Relation", "relation", "", "extends", "follows", "supplements", "confirms", "same-case")

// String returns the relation's word.
func (r Relation) String() string { return relationEnum.String(r) }

// GoString returns the value for debugging.
func (r Relation) GoString() string { return "convention." + relationEnum.GoString(r) }

// MarshalText returns String's word.
func (r Relation) MarshalText() ([]byte, error) { return relationEnum.Marshal(r) }

// UnmarshalText accepts a word String returns.
func (r *Relation) UnmarshalText(b []byte) error {
	v, err := relationEnum.Parse(b)
	*r = v
	return err
}

// IsValid reports whether r is a declared relation other than
// RelationNotGiven.
func (r Relation) IsValid() bool { return relationEnum.Set(r) }

// RelationWords returns the words a relation is written in.
func RelationWords() []string { return relationEnum.Words() }

// Related is an earlier request this one relates to.
type Related struct {
	Ref      RequestRef `json:"ref"`
	Relation Relation   `json:"relation"`
	// Made is the date the earlier request was made, or zero.
	Made Date `json:"made,omitzero"`
}

// Problems checks that the earlier request is named and the relation given.
func (r Related) Problems(cite Citation) Problems {
	var ps Problems
	if strings.TrimSpace(string(r.Ref)) == "" {
		ps = append(ps, Problem{Field: "Ref", Cite: cite, Err: ErrMissing, Detail: "name the earlier request"})
	}
	switch {
	case r.Relation == RelationNotGiven:
		ps = append(ps, Problem{Field: "Relation", Cite: cite, Err: ErrMissing})
	case !r.Relation.IsValid():
		ps = append(ps, Problem{Field: "Relation", Cite: cite, Err: ErrInvalid, Detail: r.Relation.String()})
	}
	return ps
}

// RelatedProblems checks a list of related requests: each one, and the same
// request related twice in the same way. made, when not zero, is the date
// of the request itself: an earlier request cannot be made after it.
func RelatedProblems(rs []Related, made Date, cite Citation) Problems {
	var ps Problems
	f := func(i int) string { return "[" + strconv.Itoa(i) + "]." }
	for i, r := range rs {
		if rps := r.Problems(cite); len(rps) > 0 {
			ps = append(ps, rps.Prefixed(f(i))...)
		}
		for _, q := range rs[:i] {
			if q.Ref == r.Ref && q.Relation == r.Relation {
				ps = append(ps, Problem{Field: f(i) + "Ref", Cite: cite, Err: ErrInconsistent, Detail: "the same request related twice"})
				break
			}
		}
		if !made.IsZero() && r.Made.After(made) {
			ps = append(ps, Problem{Field: f(i) + "Made", Cite: cite, Err: ErrInconsistent, Detail: "an earlier request made after this one (" + r.Made.String() + " > " + made.String() + ")"})
		}
	}
	return ps
}

// Urgency says whether the requesting State asks for urgent handling, and
// why. The zero Urgency is a request not marked urgent.
type Urgency struct {
	Urgent  bool   `json:"urgent,omitempty"`
	Reasons string `json:"reasons,omitempty"`
}

// Problems flags reasons given for a request not marked urgent.
func (u Urgency) Problems(cite Citation) Problems {
	if !u.Urgent && strings.TrimSpace(u.Reasons) != "" {
		return Problems{{Field: "Reasons", Cite: cite, Err: ErrInconsistent, Detail: "reasons for urgency on a request not marked urgent"}}
	}
	return nil
}

// Means is the medium by which a request was transmitted. The zero value
// is not given.
type Means uint8

// The means of transmission.
const (
	MeansNotGiven Means = iota
	// MeansElectronic: a secure e-mail or an electronic platform.
	MeansElectronic
	MeansPost
	MeansCourier
	MeansFax
	// MeansOral: by telephone or in person, to be confirmed in writing (MLA
	// art., para. 15).
	MeansOral
	// MeansNetwork247: through the 24/7 network.
	MeansNetwork247
	// MeansInterpol: through INTERPOL's channels.
	MeansInterpol
	// MeansDiplomatic: through diplomatic channels.
	MeansDiplomatic
)

var meansEnum = enum.New[Means]("Means", "means of transmission", "", "electronic", "post", "courier", "fax", "oral", "24-7-network", "interpol", "diplomatic")

// String returns the means' word.
func (m Means) String() string { return meansEnum.String(m) }

// GoString returns the value for debugging.
func (m Means) GoString() string { return "convention." + meansEnum.GoString(m) }

// MarshalText returns String's word.
func (m Means) MarshalText() ([]byte, error) { return meansEnum.Marshal(m) }

// UnmarshalText accepts a word String returns.
func (m *Means) UnmarshalText(b []byte) error {
	v, err := meansEnum.Parse(b)
	*m = v
	return err
}

// IsValid reports whether m is a declared means other than MeansNotGiven.
func (m Means) IsValid() bool { return meansEnum.Set(m) }

// MeansWords returns the words a means of transmission is written in.
func MeansWords() []string { return meansEnum.Words() }

// Transmission records when and how a request was sent.
type Transmission struct {
	Sent  Date  `json:"sent,omitzero"`
	Means Means `json:"means,omitzero"`
	// Reference is the transmitting office's own reference, if any.
	Reference string `json:"reference,omitempty"`
}

// IsZero reports whether nothing is recorded.
func (t Transmission) IsZero() bool { return t == Transmission{} }

// Problems flags an undeclared means and a request sent before it was
// made (made may be zero).
func (t Transmission) Problems(made Date, cite Citation) Problems {
	var ps Problems
	if t.Means != MeansNotGiven && !t.Means.IsValid() {
		ps = append(ps, Problem{Field: "Means", Cite: cite, Err: ErrInvalid, Detail: t.Means.String()})
	}
	if !made.IsZero() && !t.Sent.IsZero() && t.Sent.Before(made) {
		ps = append(ps, Problem{Field: "Sent", Cite: cite, Err: ErrInconsistent, Detail: "sent (" + t.Sent.String() + ") before it was made (" + made.String() + ")"})
	}
	return ps
}

// PersonRole is the capacity in which a person is concerned by a request.
// The zero value is not given.
type PersonRole uint8

// The roles.
const (
	PersonRoleNotGiven PersonRole = iota
	PersonSuspect
	PersonAccused
	PersonWitness
	PersonVictim
	PersonExpert
	PersonAccountHolder
	PersonOther
)

var personRoleEnum = enum.New[PersonRole]("PersonRole", "person's role", "", "suspect", "accused", "witness", "victim", "expert", "account-holder", "other")

// String returns the role's word.
func (r PersonRole) String() string { return personRoleEnum.String(r) }

// GoString returns the value for debugging.
func (r PersonRole) GoString() string { return "convention." + personRoleEnum.GoString(r) }

// MarshalText returns String's word.
func (r PersonRole) MarshalText() ([]byte, error) { return personRoleEnum.Marshal(r) }

// UnmarshalText accepts a word String returns.
func (r *PersonRole) UnmarshalText(b []byte) error {
	v, err := personRoleEnum.Parse(b)
	*r = v
	return err
}

// IsValid reports whether r is a declared role other than
// PersonRoleNotGiven.
func (r PersonRole) IsValid() bool { return personRoleEnum.Set(r) }

// PersonRoleWords returns the words a person's role is written in.
func PersonRoleWords() []string { return personRoleEnum.Words() }

// AttachmentKind is the kind of a document sent with a request. The zero
// value is not given.
type AttachmentKind uint8

// The kinds of attachment.
const (
	AttachmentNotGiven AttachmentKind = iota
	// AttachmentOrder: a court order or decision (a freezing, seizure or
	// confiscation order, a production order).
	AttachmentOrder
	AttachmentWarrant
	// AttachmentLaw: the text of the provisions of law applied.
	AttachmentLaw
	AttachmentStatement
	AttachmentTranslation
	AttachmentEvidence
	AttachmentOther
)

var attachmentEnum = enum.New[AttachmentKind]("AttachmentKind", "attachment kind", "", "order", "warrant", "law", "statement", "translation", "evidence", "other")

// String returns the kind's word.
func (k AttachmentKind) String() string { return attachmentEnum.String(k) }

// GoString returns the value for debugging.
func (k AttachmentKind) GoString() string { return "convention." + attachmentEnum.GoString(k) }

// MarshalText returns String's word.
func (k AttachmentKind) MarshalText() ([]byte, error) { return attachmentEnum.Marshal(k) }

// UnmarshalText accepts a word String returns.
func (k *AttachmentKind) UnmarshalText(b []byte) error {
	v, err := attachmentEnum.Parse(b)
	*k = v
	return err
}

// IsValid reports whether k is a declared kind other than
// AttachmentNotGiven.
func (k AttachmentKind) IsValid() bool { return attachmentEnum.Set(k) }

// AttachmentKindWords returns the words an attachment kind is written in.
func AttachmentKindWords() []string { return attachmentEnum.Words() }

// Attachment is a document sent with a request.
type Attachment struct {
	Kind     AttachmentKind `json:"kind"`
	Title    string         `json:"title,omitempty"`
	Language language.Tag   `json:"language,omitzero"`
	// Ref is the document's reference (a file name, a number, a hash).
	Ref string `json:"ref,omitempty"`
}

// Problems checks the attachment's kind and that it is identified.
func (a Attachment) Problems(cite Citation) Problems {
	var ps Problems
	switch {
	case a.Kind == AttachmentNotGiven:
		ps = append(ps, Problem{Field: "Kind", Cite: cite, Err: ErrMissing})
	case !a.Kind.IsValid():
		ps = append(ps, Problem{Field: "Kind", Cite: cite, Err: ErrInvalid, Detail: a.Kind.String()})
	}
	if strings.TrimSpace(a.Title+a.Ref) == "" {
		ps = append(ps, Problem{Field: "Title", Cite: cite, Err: ErrMissing, Detail: "an attachment has a title or a reference"})
	}
	return ps
}

// Confidentiality is what the requesting State asks of the requested State
// about keeping a request confidential: that the fact and substance of the
// request be kept confidential (MLA art., para. 21), that the person
// concerned, such as an account holder, not be notified, and why. It feeds
// the requested State's judgement whether execution would threaten the
// confidentiality of the investigation (Preservation art., para. 6) and
// whether it can comply (MLA art., para. 21). The zero value asks nothing.
type Confidentiality struct {
	// Required: keep the fact and substance of the request confidential,
	// except to the extent necessary to execute it.
	Required bool `json:"required,omitempty"`
	// NoNotice: do not notify the account holder or other person concerned.
	NoNotice bool `json:"no_notice,omitempty"`
	// Reasons are the requesting State's reasons.
	Reasons string `json:"reasons,omitempty"`
}

// Asked reports whether any confidentiality is asked.
func (c Confidentiality) Asked() bool { return c.Required || c.NoNotice }

// Problems flags reasons given when nothing is asked.
func (c Confidentiality) Problems(cite Citation) Problems {
	if !c.Asked() && strings.TrimSpace(c.Reasons) != "" {
		return Problems{{Field: "Reasons", Cite: cite, Err: ErrInconsistent, Detail: "reasons for confidentiality that is not asked"}}
	}
	return nil
}
