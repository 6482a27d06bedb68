package mla

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
)

type check[T any] = convention.Check[T]

var (
	errMissing      = convention.ErrMissing
	errInvalid      = convention.ErrInvalid
	errInconsistent = convention.ErrInconsistent
)

func missing(s string) (error, string) {
	if strings.TrimSpace(s) == "" {
		return errMissing, ""
	}
	return nil, ""
}

// contentChecks are the rules of para. 16 on Contents.
var contentChecks = []check[Contents]{
	// 16(a): "The identity of the authority making the request".
	{Cite: mlaPoint(16, 'a'), Field: "RequestingAuthority", Quote: "The identity of the authority making the request",
		Test: func(c Contents) (error, string) { return missing(c.RequestingAuthority) }},
	// 16(b): "The subject matter and nature of the investigation,
	// prosecution or other proceeding to which the request relates".
	{Cite: mlaPoint(16, 'b'), Field: "SubjectMatter", Quote: "The subject matter ... of the investigation, prosecution or other proceeding",
		Test: func(c Contents) (error, string) { return missing(c.SubjectMatter) }},
	{Cite: mlaPoint(16, 'b'), Field: "Nature", Quote: "the ... nature of the investigation, prosecution or other proceeding",
		Test: func(c Contents) (error, string) {
			switch {
			case c.Nature == NatureUnknown:
				return errMissing, ""
			case !c.Nature.IsValid():
				return errInvalid, c.Nature.String()
			}
			return nil, ""
		}},
	// 16(b): "the name and functions of the authority conducting the
	// investigation, prosecution or other proceeding".
	{Cite: mlaPoint(16, 'b'), Field: "Conducting.Name", Quote: "the name ... of the authority conducting the investigation, prosecution or other proceeding",
		Test: func(c Contents) (error, string) { return missing(c.Conducting.Name) }},
	{Cite: mlaPoint(16, 'b'), Field: "Conducting.Functions", Quote: "the ... functions of the authority conducting the investigation, prosecution or other proceeding",
		Test: func(c Contents) (error, string) { return missing(c.Conducting.Functions) }},
	// 16(c): "A summary of the relevant facts, except in relation to
	// requests for the purpose of service of judicial documents".
	{Cite: mlaPoint(16, 'c'), Field: "Facts", Quote: "A summary of the relevant facts, except in relation to requests for the purpose of service of judicial documents",
		Test: func(c Contents) (error, string) {
			if c.Purposes.ServiceOnly() {
				return nil, ""
			}
			return missing(c.Facts)
		}},
	// 16(d): "A description of the assistance sought".
	{Cite: mlaPoint(16, 'd'), Field: "AssistanceSought", Quote: "A description of the assistance sought",
		Test: func(c Contents) (error, string) { return missing(c.AssistanceSought) }},
	// 16(e): "As appropriate, the identification, location and nationality
	// of any person[, item, or accounts concerned": appropriate, at least,
	// where the assistance is taking evidence from, serving documents on, or
	// the appearance of a person. A person the request lists as not yet
	// identified (Subject.Unidentified) is listed as appropriate.
	{Cite: mlaPoint(16, 'e'), Field: "Subjects", Quote: "As appropriate, the identification ... of any person ... concerned",
		Test: func(c Contents) (error, string) {
			if c.Purposes&personPurposes == 0 || c.hasSubject(SubjectPerson) {
				return nil, ""
			}
			return errMissing, "the purposes 3(a), (b) or (k) concern a person, who must be identified"
		}},
	// 16(e) with 3(e), (f): real-time collection concerns "specified
	// communications", which the request must identify.
	{Cite: mlaPoint(16, 'e'), Field: "Subjects", Quote: "As appropriate, the identification ... of any ... item, or accounts concerned",
		Test: func(c Contents) (error, string) {
			if c.Purposes&communicationPurposes == 0 || c.hasSubject(SubjectItem) || c.hasSubject(SubjectAccount) {
				return nil, ""
			}
			return errMissing, "the purposes 3(e) and (f) concern specified communications, which must be identified as an item or account"
		}},
	// 16(f): "The purpose for which the evidence, information or other
	// assistance is sought".
	{Cite: mlaPoint(16, 'f'), Field: "Aim", Quote: "The purpose for which the evidence, information or other assistance is sought",
		Test: func(c Contents) (error, string) { return missing(c.Aim) }},
}

func (c Contents) hasSubject(k SubjectKind) bool {
	for _, s := range c.Subjects {
		if s.Kind == k {
			return true
		}
	}
	return false
}

// subjectChecks apply to each element of Contents.Subjects; their Field is
// relative to the element.
var subjectChecks = []check[Subject]{
	// 16(e): "the identification ... of any person[, item, or accounts
	// concerned".
	{Cite: mlaPoint(16, 'e'), Field: "Kind", Quote: "any person[, item, or accounts concerned",
		Test: func(s Subject) (error, string) {
			switch {
			case s.Kind == SubjectUnknown:
				return errMissing, ""
			case !s.Kind.IsValid():
				return errInvalid, s.Kind.String()
			}
			return nil, ""
		}},
	// "As appropriate": an identity the request says is not yet known is
	// not demanded.
	{Cite: mlaPoint(16, 'e'), Field: "Identity", Quote: "As appropriate, the identification ... of any person[, item, or accounts concerned",
		Test: func(s Subject) (error, string) {
			if s.Unidentified {
				return nil, ""
			}
			return missing(s.Identity)
		}},
	// 16(e): "the ... nationality of any person": only persons have one, and
	// it must name a country.
	{Cite: mlaPoint(16, 'e'), Field: "Nationality", Quote: "the ... nationality of any person",
		Test: func(s Subject) (error, string) {
			if s.Nationality == "" {
				return nil, ""
			}
			if s.Kind != SubjectPerson {
				return errInconsistent, "only a person has a nationality"
			}
			if r, err := language.ParseRegion(s.Nationality); err != nil || !r.IsCountry() {
				return errInvalid, "not an ISO 3166-1 country code: " + strconv.Quote(s.Nationality)
			}
			return nil, ""
		}},
}

// problems returns every problem of c, sorted by citation.
func (c Contents) problems() convention.Problems {
	ps := convention.RunChecks(c, contentChecks)
	for i, s := range c.Subjects {
		for _, p := range convention.RunChecks(s, subjectChecks) {
			p.Field = "Subjects[" + strconv.Itoa(i) + "]." + p.Field
			ps = append(ps, p)
		}
	}
	ps.Sort()
	return ps
}

// Validate reports every element of para. 16 that c lacks, each with its
// citation, as convention.Problems; nil when c is complete. Fields are
// named by their promoted path. It never panics.
func (c Contents) Validate() error { return c.problems().Err() }

// ContentRules returns the validation rules of para. 16 that apply to
// Contents, in table order; rules on each subject name their field
// "Subjects[].Field".
func ContentRules() []convention.RuleInfo {
	out := convention.Infos(contentChecks)
	for _, r := range convention.Infos(subjectChecks) {
		r.Field = "Subjects[]." + r.Field
		out = append(out, r)
	}
	return out
}

// requestChecks are the rules on Request beyond its Contents.
var requestChecks = []check[Request]{
	// Para. 32: "This article applies solely to the provision of mutual
	// legal assistance among States Parties."
	{Cite: mla(32), Field: "Requesting", Quote: "solely to the provision of mutual legal assistance among States Parties",
		Test: func(r Request) (error, string) { return party(r.Requesting) }},
	{Cite: mla(32), Field: "Requested", Quote: "solely to the provision of mutual legal assistance among States Parties",
		Test: func(r Request) (error, string) {
			if err, d := party(r.Requested); err != nil {
				return err, d
			}
			if r.Requested == r.Requesting {
				return errInconsistent, "the requested State is the requesting State"
			}
			return nil, ""
		}},
	// Para. 2: "offences for which a legal person may be held liable".
	{Cite: mla(2), Field: "LegalPersonLiable", Quote: "offences for which a legal person may be held liable",
		Test: func(r Request) (error, string) { return validJudgement(r.LegalPersonLiable) }},
	// Para. 3: "may be requested for any of the following purposes".
	{Cite: mla(3), Field: "Purposes", Quote: "may be requested for any of the following purposes",
		Test: func(r Request) (error, string) {
			switch {
			case !r.Purposes.IsValid():
				return errInvalid, "a purpose outside (a) to (m)"
			case r.Purposes.IsEmpty():
				return errMissing, ""
			}
			return nil, ""
		}},
	// Para. 3(d): "including data that has been preserved pursuant to the
	// article [on expedited preservation of stored computer data]".
	{Cite: mlaPoint(3, 'd'), Field: "Preserved", Quote: "including data that has been preserved pursuant to the article [on expedited preservation]",
		Test: func(r Request) (error, string) {
			if len(r.Preserved) == 0 {
				return nil, ""
			}
			for _, p := range r.Preserved {
				if strings.TrimSpace(string(p)) == "" {
					return errMissing, "an empty preservation request reference"
				}
			}
			if !r.Purposes.Has(PurposeStoredData) {
				return errInconsistent, "preserved data is sought, but purpose 3(d) is not among the purposes"
			}
			return nil, ""
		}},
	// Para. 16(b): the subject matter of the proceeding includes the
	// offence; its conduct is what paras. 1 and 10 test.
	{Cite: mlaPoint(16, 'b'), Field: "Offence.Conduct", Quote: "The subject matter ... of the investigation, prosecution or other proceeding",
		Test: func(r Request) (error, string) { return missing(r.Offence.Conduct) }},
	// Para. 14: "Requests ... shall be transmitted to the central
	// authorities ... through diplomatic channels and, in urgent
	// circumstances, ... through the International Criminal Police
	// Organization".
	{Cite: mla(14), Field: "Channel", Quote: "shall be transmitted to the central authorities designated by the States Parties",
		Test: func(r Request) (error, string) {
			switch {
			case r.Channel == ChannelUnknown:
				return errMissing, ""
			case !r.Channel.IsValid():
				return errInvalid, r.Channel.String()
			case r.Channel == ChannelInterpol && !r.Urgent:
				return errInconsistent, "INTERPOL only in urgent circumstances"
			}
			return nil, ""
		}},
	// Para. 15: "Requests shall be made in writing or, where possible, by
	// any means capable of producing a written record ... In urgent
	// circumstances ... requests may be made orally".
	{Cite: mla(15), Field: "Form", Quote: "in writing or ... by any means capable of producing a written record ... In urgent circumstances ... orally",
		Test: func(r Request) (error, string) {
			switch {
			case r.Form == FormUnknown:
				return errMissing, ""
			case !r.Form.IsValid():
				return errInvalid, r.Form.String()
			case r.Form == FormOral && !r.Urgent:
				return errInconsistent, "oral requests only in urgent circumstances"
			}
			return nil, ""
		}},
	// Para. 15: "but shall be confirmed in writing forthwith".
	{Cite: mla(15), Field: "Confirmed", Quote: "but shall be confirmed in writing forthwith",
		Test: func(r Request) (error, string) {
			switch {
			case r.Confirmed.IsZero():
				return nil, ""
			case r.Form != FormOral:
				return errInconsistent, "only an oral request is confirmed in writing"
			case r.Confirmed.Before(r.Made):
				return errInconsistent, "confirmed before the request was made"
			}
			return nil, ""
		}},
	// Para. 15: "in a language acceptable to the requested State Party".
	{Cite: mla(15), Field: "Language", Quote: "in a language acceptable to the requested State Party",
		Test: func(r Request) (error, string) {
			if r.Language == language.Und {
				return errMissing, ""
			}
			return nil, ""
		}},
	// Para. 30: "copies of government records, documents or information":
	// sought as information (3(h)) or documents and records (3(i)).
	{Cite: mla(30), Field: "GovernmentRecords", Quote: "copies of government records, documents or information in its possession",
		Test: func(r Request) (error, string) {
			if r.GovernmentRecords && !r.Purposes.Has(PurposeInformation) && !r.Purposes.Has(PurposeRecords) {
				return errInconsistent, "government records are sought, but neither purpose 3(h) nor 3(i) is among the purposes"
			}
			return nil, ""
		}},
	// Para. 25: "any deadlines suggested by the requesting State Party and
	// for which reasons are given".
	{Cite: mla(25), Field: "Deadline", Quote: "any deadlines suggested by the requesting State Party and for which reasons are given",
		Test: func(r Request) (error, string) {
			switch {
			case r.Deadline.IsZero() && r.DeadlineReasons != "":
				return errInconsistent, "reasons given for no deadline"
			case !r.Deadline.IsZero() && r.Deadline.Before(r.Made):
				return errInconsistent, "deadline before the request was made"
			}
			return nil, ""
		}},
}

func party(p convention.PartyID) (error, string) {
	if p.IsZero() {
		return errMissing, ""
	}
	return nil, ""
}

func validJudgement(j convention.Judgement) (error, string) {
	if !j.IsValid() {
		return errInvalid, j.String()
	}
	return nil, ""
}

// Rules returns every validation rule of Request, its Contents included, in
// table order (read-only copies).
func Rules() []convention.RuleInfo {
	return append(ContentRules(), convention.Infos(requestChecks)...)
}

// Validate reports every missing or inconsistent element of r at once, each
// with its citation (paras. 2, 3, 3(d), 14, 15, 16(a)-(f), 25, 30, 32), as
// convention.Problems sorted by citation; nil when r is complete. The
// summary of facts is not required for service of judicial documents only
// (para. 16(c)). It checks presence and consistency, not the requested
// State's profile: see CheckForm. It never panics.
//
// Validate lists two kinds of problem. Some are the request's lack of
// conformity with the article, which the requested State decides on and
// the decisions (Assess, Review, Prepare) decide rather than reject: an
// element of para. 16 the request lacks, an oral request or a request
// through INTERPOL without urgency (paras. 14, 15), a language not given
// (then unassessed). The others are input the library cannot decide on
// (an undeclared value, no States, inconsistent dates or references) and
// stay errors everywhere.
//
// Where an MLA treaty governs (para. 9), the treaty's rules on contents
// apply between the States; Validate still checks para. 16 as the library's
// data contract for a request.
func (r Request) Validate() error { return r.problems().Err() }

func (r Request) problems() convention.Problems {
	ps := append(r.Contents.problems(), convention.RunChecks(r, requestChecks)...)
	ps.Sort()
	return ps
}

// nonConformity reports whether a problem found by a check (its citation,
// field and sentinel) is the request's lack of conformity with the article
// (para. 22(a)), which the requested State decides on, rather than input
// the library cannot decide on.
func nonConformity(c convention.Citation, field string, err error) bool {
	switch {
	case c.Para() == 16:
		// "A request for mutual legal assistance shall contain": an element
		// absent. Undeclared values and contradictions are malformed input.
		return err == errMissing
	case c == mla(14):
		// INTERPOL only "in urgent circumstances": the channel does not
		// conform. A channel not given is not a request the library reads.
		return field == "Channel" && err == errInconsistent
	case c == mla(15):
		// Oral requests only "in urgent circumstances"; a language not given
		// leaves its acceptability unassessed.
		return field == "Form" && err == errInconsistent || field == "Language" && err == errMissing
	}
	return false
}

// lackingBit is the bit of para. 16's sub-paragraph in a lacking mask: bit
// 0 for (a) to bit 5 for (f).
func lackingBit(c convention.Citation) uint8 {
	if l := c.PointLetter(); l >= 'a' && l <= 'f' {
		return 1 << (l - 'a')
	}
	return 0
}

// receive reads r as the requested State received it, without allocating
// unless r is malformed: lacking holds the sub-paragraphs of para. 16 the
// request lacks (bit 0 for (a)); err is the Problems that keep the library
// from deciding (nil when none), sorted.
func (r Request) receive() (lacking uint8, err error) {
	malformed := false
	note := func(c convention.Citation, field string, e error) {
		switch {
		case e == nil:
		case !nonConformity(c, field, e):
			malformed = true
		case c.Para() == 16:
			lacking |= lackingBit(c)
		}
	}
	for i := range contentChecks {
		e, _ := contentChecks[i].Test(r.Contents)
		note(contentChecks[i].Cite, contentChecks[i].Field, e)
	}
	for _, sub := range r.Subjects {
		for i := range subjectChecks {
			e, _ := subjectChecks[i].Test(sub)
			note(subjectChecks[i].Cite, subjectChecks[i].Field, e)
		}
	}
	for i := range requestChecks {
		e, _ := requestChecks[i].Test(r)
		note(requestChecks[i].Cite, requestChecks[i].Field, e)
	}
	if !malformed {
		return lacking, nil
	}
	var ps convention.Problems
	for _, p := range r.problems() {
		if !nonConformity(p.Cite, p.Field, p.Err) {
			ps = append(ps, p)
		}
	}
	return lacking, ps.Err()
}
