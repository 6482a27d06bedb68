package mla

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

type check[T any] = rules.Check[T]

var (
	errMissing      = convention.ErrMissing
	errInvalid      = convention.ErrInvalid
	errInconsistent = convention.ErrInconsistent
)

func missing(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errMissing
	}
	return "", nil
}

// contentChecks are the rules of para. 16 on Contents.
var contentChecks = []check[Contents]{
	// 16(a): "The identity of the authority making the request".
	{Cite: mlaPoint(16, 'a'), Field: "RequestingAuthority", Quote: "The identity of the authority making the request",
		Test: func(c Contents) (string, error) { return missing(c.RequestingAuthority) }},
	// 16(b): "The subject matter and nature of the investigation,
	// prosecution or other proceeding to which the request relates".
	{Cite: mlaPoint(16, 'b'), Field: "SubjectMatter", Quote: "The subject matter ... of the investigation, prosecution or other proceeding",
		Test: func(c Contents) (string, error) { return missing(c.SubjectMatter) }},
	{Cite: mlaPoint(16, 'b'), Field: "Nature", Quote: "the ... nature of the investigation, prosecution or other proceeding",
		Test: func(c Contents) (string, error) {
			switch {
			case c.Nature == NatureUnknown:
				return "", errMissing
			case !c.Nature.IsValid():
				return c.Nature.String(), errInvalid
			}
			return "", nil
		}},
	// 16(b): "the name and functions of the authority conducting the
	// investigation, prosecution or other proceeding".
	{Cite: mlaPoint(16, 'b'), Field: "Conducting.Name", Quote: "the name ... of the authority conducting the investigation, prosecution or other proceeding",
		Test: func(c Contents) (string, error) { return missing(c.Conducting.Name) }},
	{Cite: mlaPoint(16, 'b'), Field: "Conducting.Functions", Quote: "the ... functions of the authority conducting the investigation, prosecution or other proceeding",
		Test: func(c Contents) (string, error) { return missing(c.Conducting.Functions) }},
	// 16(c): "A summary of the relevant facts, except in relation to
	// requests for the purpose of service of judicial documents".
	{Cite: mlaPoint(16, 'c'), Field: "Facts", Quote: "A summary of the relevant facts, except in relation to requests for the purpose of service of judicial documents",
		Test: func(c Contents) (string, error) {
			if c.Purposes.ServiceOnly() {
				return "", nil
			}
			return missing(c.Facts)
		}},
	// 16(d): "A description of the assistance sought": in words, or as the
	// data sought.
	{Cite: mlaPoint(16, 'd'), Field: "AssistanceSought", Quote: "A description of the assistance sought",
		Test: func(c Contents) (string, error) {
			if len(c.Data) > 0 {
				return "", nil
			}
			return missing(c.AssistanceSought)
		}},
	// 16(e): "As appropriate, the identification, location and nationality
	// of any person[, item, or accounts concerned": appropriate, at least,
	// where the assistance is taking evidence from, serving documents on, or
	// the appearance of a person. A person the request lists as not yet
	// identified (Subject.Unidentified) is listed as appropriate.
	{Cite: mlaPoint(16, 'e'), Field: "Subjects", Quote: "As appropriate, the identification ... of any person ... concerned",
		Test: func(c Contents) (string, error) {
			if c.Purposes&personPurposes == 0 || c.hasSubject(SubjectPerson) {
				return "", nil
			}
			return "the purposes 3(a), (b) or (k) concern a person, who must be identified", errMissing
		}},
	// 16(e) with 3(e), (f): real-time collection concerns "specified
	// communications", which the request must identify: as an item or
	// account, or by an identifier of the data sought.
	{Cite: mlaPoint(16, 'e'), Field: "Subjects", Quote: "As appropriate, the identification ... of any ... item, or accounts concerned",
		Test: func(c Contents) (string, error) {
			if c.Purposes&communicationPurposes == 0 || c.hasSubject(SubjectItem) || c.hasSubject(SubjectAccount) || c.identifiesData() {
				return "", nil
			}
			return "the purposes 3(e) and (f) concern specified communications, which must be identified as an item or account, or by an identifier of the data sought", errMissing
		}},
	// 16(f): "The purpose for which the evidence, information or other
	// assistance is sought".
	{Cite: mlaPoint(16, 'f'), Field: "Aim", Quote: "The purpose for which the evidence, information or other assistance is sought",
		Test: func(c Contents) (string, error) { return missing(c.Aim) }},
}

func (c Contents) hasSubject(k SubjectKind) bool {
	for _, s := range c.Subjects {
		if s.Kind == k {
			return true
		}
	}
	return false
}

func (c Contents) identifiesData() bool {
	for _, d := range c.Data {
		if len(d.Identifiers) > 0 {
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
		Test: func(s Subject) (string, error) {
			switch {
			case s.Kind == SubjectUnknown:
				return "", errMissing
			case !s.Kind.IsValid():
				return s.Kind.String(), errInvalid
			}
			return "", nil
		}},
	// "As appropriate": an identity the request says is not yet known is
	// not demanded.
	{Cite: mlaPoint(16, 'e'), Field: "Identity", Quote: "As appropriate, the identification ... of any person[, item, or accounts concerned",
		Test: func(s Subject) (string, error) {
			if s.Unidentified {
				return "", nil
			}
			return missing(s.Identity)
		}},
	// The role a person is concerned in (suspect, witness ...): only
	// persons have one.
	{Cite: mlaPoint(16, 'e'), Field: "Role", Quote: "any person[, item, or accounts concerned",
		Test: func(s Subject) (string, error) {
			switch {
			case s.Role == convention.PersonRoleNotGiven:
				return "", nil
			case !s.Role.IsValid():
				return s.Role.String(), errInvalid
			case s.Kind != SubjectPerson:
				return "only a person has a role", errInconsistent
			}
			return "", nil
		}},
	// 16(e): "the ... nationality of any person": only persons have one, and
	// it must name a country.
	{Cite: mlaPoint(16, 'e'), Field: "Nationality", Quote: "the ... nationality of any person",
		Test: func(s Subject) (string, error) {
			if s.Nationality == "" {
				return "", nil
			}
			if s.Kind != SubjectPerson {
				return "only a person has a nationality", errInconsistent
			}
			if r, err := language.ParseRegion(s.Nationality); err != nil || !r.IsCountry() {
				return "not an ISO 3166-1 country code: " + strconv.Quote(s.Nationality) + "; write e.g. \"KE\" or \"KEN\"", errInvalid
			}
			return "", nil
		}},
}

// offenceChecks apply to each element of Request.Offences; their Field is
// relative to the element.
var offenceChecks = []check[convention.Offence]{
	// Para. 16(b): the subject matter of the proceeding includes each
	// offence; its conduct is what paras. 1 and 10 test.
	{Cite: mlaPoint(16, 'b'), Field: "Conduct", Quote: "The subject matter ... of the investigation, prosecution or other proceeding",
		Test: func(o convention.Offence) (string, error) { return missing(o.Conduct) }},
}

// ContentRules returns the validation rules of para. 16 that apply to
// Contents, in table order; rules on each subject name their field
// "Subjects[].Field". The consistency of each item of Data is
// convention.DataSought's (cited to para. 16(d)).
func ContentRules() []convention.RuleInfo {
	out := rules.Infos(contentChecks)
	for _, r := range rules.Infos(subjectChecks) {
		r.Field = "Subjects[]." + r.Field
		out = append(out, r)
	}
	return out
}

// requestView is the part of a Request its own rules read. The rules run
// on it rather than on the whole Request, which is several times larger
// and would be copied once for each rule.
type requestView struct {
	Requesting, Requested convention.PartyID
	Offences              convention.Offences
	LegalPersonLiable     convention.Judgement
	Purposes              Purposes
	Related               []convention.Related
	Channel               Channel
	Urgent                bool
	Means                 convention.Means
	Form                  Form
	Made, Confirmed       convention.Date
	Language              convention.Languages
	GovernmentRecords     bool
	Deadline              convention.Date
	DeadlineReasons       string
}

func (r *Request) view() requestView {
	return requestView{Requesting: r.Requesting, Requested: r.Requested, Offences: r.Offences, LegalPersonLiable: r.LegalPersonLiable,
		Purposes: r.Purposes, Related: r.Related, Channel: r.Channel, Urgent: r.Urgent(), Means: r.Transmission.Means, Form: r.Form,
		Made: r.Made, Confirmed: r.Confirmed, Language: r.Language, GovernmentRecords: r.GovernmentRecords,
		Deadline: r.Deadline, DeadlineReasons: r.DeadlineReasons}
}

// requestChecks are the rules on Request beyond its Contents.
var requestChecks = []check[requestView]{
	// Para. 32: "This article applies solely to the provision of mutual
	// legal assistance among States Parties."
	{Cite: mla(32), Field: "Requesting", Quote: "solely to the provision of mutual legal assistance among States Parties",
		Test: func(r requestView) (string, error) { return party(r.Requesting) }},
	{Cite: mla(32), Field: "Requested", Quote: "solely to the provision of mutual legal assistance among States Parties",
		Test: func(r requestView) (string, error) {
			if d, err := party(r.Requested); err != nil {
				return d, err
			}
			if r.Requested == r.Requesting {
				return "the requested State is the requesting State", errInconsistent
			}
			return "", nil
		}},
	// Para. 1: "in relation to the offences established under this
	// Convention": the offences decide the article's scope.
	{Cite: mla(1), Field: "Offences", Quote: "in relation to the offences established under this Convention",
		Test: func(r requestView) (string, error) {
			switch {
			case len(r.Offences) == 0:
				return "name the offences the proceeding concerns", errMissing
			case len(r.Offences) > MaxOffences:
				return "at most " + strconv.Itoa(MaxOffences) + " offences, not " + strconv.Itoa(len(r.Offences)), errInvalid
			}
			return "", nil
		}},
	// Para. 2: "offences for which a legal person may be held liable".
	{Cite: mla(2), Field: "LegalPersonLiable", Quote: "offences for which a legal person may be held liable",
		Test: func(r requestView) (string, error) { return validJudgement(r.LegalPersonLiable) }},
	// Para. 15: "in a language acceptable to the requested State Party":
	// the translations sent with the request, at most MaxTranslations.
	{Cite: mla(15), Field: "Language.Translations", Quote: "in a language acceptable to the requested State Party",
		Test: func(r requestView) (string, error) {
			if n := len(r.Language.Translations); n > MaxTranslations {
				return "at most " + strconv.Itoa(MaxTranslations) + " translations, not " + strconv.Itoa(n), errInvalid
			}
			return "", nil
		}},
	// Para. 16: the requests this one relates to, at most MaxRelated.
	{Cite: mla(16), Field: "Related", Quote: "A request for mutual legal assistance shall contain",
		Test: func(r requestView) (string, error) {
			if n := len(r.Related); n > MaxRelated {
				return "at most " + strconv.Itoa(MaxRelated) + " related requests, not " + strconv.Itoa(n), errInvalid
			}
			return "", nil
		}},
	// Para. 3: "may be requested for any of the following purposes".
	{Cite: mla(3), Field: "Purposes", Quote: "may be requested for any of the following purposes",
		Test: func(r requestView) (string, error) {
			switch {
			case !r.Purposes.IsValid():
				return "a purpose outside (a) to (m)", errInvalid
			case r.Purposes.IsEmpty():
				return "", errMissing
			}
			return "", nil
		}},
	// Para. 3(d): "including data that has been preserved pursuant to the
	// article [on expedited preservation of stored computer data]".
	{Cite: mlaPoint(3, 'd'), Field: "Related", Quote: "including data that has been preserved pursuant to the article [on expedited preservation]",
		Test: func(r requestView) (string, error) {
			for _, x := range r.Related {
				if x.Relation == convention.RelationFollows && !r.Purposes.Has(PurposeStoredData) {
					return "the request follows a preservation request, but purpose 3(d) is not among the purposes", errInconsistent
				}
			}
			return "", nil
		}},
	// Para. 14: "Requests ... shall be transmitted to the central
	// authorities ... through diplomatic channels and, in urgent
	// circumstances, ... through the International Criminal Police
	// Organization".
	{Cite: mla(14), Field: "Channel", Quote: "shall be transmitted to the central authorities designated by the States Parties",
		Test: func(r requestView) (string, error) {
			switch {
			case r.Channel == ChannelUnknown:
				return "write one of " + strings.Join(channelEnum.Words(), ", "), errMissing
			case !r.Channel.IsValid():
				return r.Channel.String(), errInvalid
			case r.Channel == ChannelInterpol && !r.Urgent:
				return "INTERPOL only in urgent circumstances", errInconsistent
			}
			return "", nil
		}},
	// The means of transmission recorded agrees with the channel and form.
	{Cite: mla(14), Field: "Transmission.Means", Quote: "through diplomatic channels and, in urgent circumstances, ... through the International Criminal Police Organization",
		Test: func(r requestView) (string, error) {
			switch m := r.Means; {
			case m == convention.MeansDiplomatic && r.Channel != ChannelDiplomatic:
				return "sent through diplomatic channels, but the channel is " + r.Channel.String(), errInconsistent
			case m == convention.MeansInterpol && r.Channel != ChannelInterpol:
				return "sent through INTERPOL, but the channel is " + r.Channel.String(), errInconsistent
			case m == convention.MeansOral && r.Form != FormOral:
				return "made orally, but the form is " + r.Form.String(), errInconsistent
			case m != convention.MeansNotGiven && m != convention.MeansOral && r.Form == FormOral:
				return "an oral request sent by " + m.String(), errInconsistent
			}
			return "", nil
		}},
	// Para. 15: "Requests shall be made in writing or, where possible, by
	// any means capable of producing a written record ... In urgent
	// circumstances ... requests may be made orally".
	{Cite: mla(15), Field: "Form", Quote: "in writing or ... by any means capable of producing a written record ... In urgent circumstances ... orally",
		Test: func(r requestView) (string, error) {
			switch {
			case r.Form == FormUnknown:
				return "write one of " + strings.Join(formEnum.Words(), ", "), errMissing
			case !r.Form.IsValid():
				return r.Form.String(), errInvalid
			case r.Form == FormOral && !r.Urgent:
				return "oral requests only in urgent circumstances", errInconsistent
			}
			return "", nil
		}},
	// Para. 15: "but shall be confirmed in writing forthwith".
	{Cite: mla(15), Field: "Confirmed", Quote: "but shall be confirmed in writing forthwith",
		Test: func(r requestView) (string, error) {
			switch {
			case r.Confirmed.IsZero():
				return "", nil
			case r.Form != FormOral:
				return "only an oral request is confirmed in writing", errInconsistent
			case r.Confirmed.Before(r.Made):
				return "confirmed before the request was made", errInconsistent
			}
			return "", nil
		}},
	// Para. 15: "in a language acceptable to the requested State Party".
	{Cite: mla(15), Field: "Language", Quote: "in a language acceptable to the requested State Party",
		Test: func(r requestView) (string, error) {
			if r.Language.IsZero() {
				return "write the language of the request as a BCP 47 tag, e.g. \"fr\"", errMissing
			}
			return "", nil
		}},
	// Para. 30: "copies of government records, documents or information":
	// sought as information (3(h)) or documents and records (3(i)).
	{Cite: mla(30), Field: "GovernmentRecords", Quote: "copies of government records, documents or information in its possession",
		Test: func(r requestView) (string, error) {
			if r.GovernmentRecords && !r.Purposes.Has(PurposeInformation) && !r.Purposes.Has(PurposeRecords) {
				return "government records are sought, but neither purpose 3(h) nor 3(i) is among the purposes", errInconsistent
			}
			return "", nil
		}},
	// Para. 25: "any deadlines suggested by the requesting State Party and
	// for which reasons are given".
	{Cite: mla(25), Field: "Deadline", Quote: "any deadlines suggested by the requesting State Party and for which reasons are given",
		Test: func(r requestView) (string, error) {
			switch {
			case r.Deadline.IsZero() && r.DeadlineReasons != "":
				return "reasons given for no deadline", errInconsistent
			case !r.Deadline.IsZero() && r.Deadline.Before(r.Made):
				return "deadline before the request was made", errInconsistent
			}
			return "", nil
		}},
}

func party(p convention.PartyID) (string, error) {
	if p.IsZero() {
		return "", errMissing
	}
	return "", nil
}

func validJudgement(j convention.Judgement) (string, error) {
	if !j.IsValid() {
		return j.String(), errInvalid
	}
	return "", nil
}

// Rules returns every validation rule of Request, its Contents included, in
// table order (read-only copies); rules on each offence name their field
// "Offences[].Field". The consistency of the shared parts (the legal basis,
// languages, related requests, urgency, transmission, confidentiality,
// contacts, attachments, data sought) is checked by their own Problems
// methods in package convention, cited to the paragraph each serves.
func Rules() []convention.RuleInfo {
	out := append(ContentRules(), rules.Infos(requestChecks)...)
	for _, r := range rules.Infos(offenceChecks) {
		r.Field = "Offences[]." + r.Field
		out = append(out, r)
	}
	return out
}

// Validate reports every missing or inconsistent element of r at once, each
// with its citation (paras. 1, 2, 3, 3(d), 9, 14, 15, 16(a)-(f), 21, 25,
// 30, 32), as convention.Problems sorted by citation, each with its JSON
// path; nil when r is complete. The summary of facts is not required for
// service of judicial documents only (para. 16(c)). It checks presence and
// consistency, not the requested State's profile: see CheckForm, and
// Prepare for the catalogue of offences (Profile.Recognised). It never
// panics.
//
// Validate lists two kinds of problem. Some are the request's lack of
// conformity with the article, which the requested State decides on and
// the decisions (Assess, Review, Prepare) decide rather than reject: an
// element of para. 16 the request lacks, an oral request or a request
// through INTERPOL without urgency (paras. 14, 15), a language not given
// (then unassessed). The others are input the library cannot decide on
// (an undeclared value, no States or offences, inconsistent dates or
// references) and stay errors everywhere.
//
// Where an MLA treaty governs (para. 9), the treaty's rules on contents
// apply between the States; Validate still checks para. 16 as the library's
// data contract for a request.
func (r Request) Validate() error { return r.problems(convention.Catalogue{}).Err() }

// Validate reports every element of para. 16 that c lacks, each with its
// citation, as convention.Problems; nil when c is complete. Fields are
// named by their promoted path. It never panics.
func (c Contents) Validate() error {
	s := scan{keep: true}
	s.contents(&c)
	if len(s.ps) == 0 {
		return nil
	}
	s.ps.Sort()
	return s.ps.WithJSONPaths(Contents{})
}

// scan runs the rules on a request, classifying each problem as the
// request's lack of conformity with the article or as malformed input, and
// keeping the problems when keep is set. Without keep it allocates nothing
// for a request without malformed input.
type scan struct {
	keep      bool
	lacking   uint8 // the sub-paragraphs of para. 16 the request lacks
	malformed bool
	ps        convention.Problems
}

// add records the problem a check found.
func (s *scan) add(c convention.Citation, prefix, field string, err error, detail, quote string) {
	switch {
	case !nonConformity(c, prefix+field, err):
		s.malformed = true
	case c.Para() == 16:
		s.lacking |= lackingBit(c)
	}
	if s.keep {
		s.ps = append(s.ps, convention.Problem{Field: prefix + field, Cite: c, Err: err, Detail: detail, Quote: quote})
	}
}

// parts records the problems of a shared part, prefixed; a problem on the
// part as a whole ("Data[0].", field "") is named after the part
// ("Data[0]").
func (s *scan) parts(ps convention.Problems, prefix string) {
	for _, p := range ps {
		if p.Field == "" {
			s.add(p.Cite, strings.TrimSuffix(prefix, "."), "", p.Err, p.Detail, p.Quote)
			continue
		}
		s.add(p.Cite, prefix, p.Field, p.Err, p.Detail, p.Quote)
	}
}

func runScan[T any](s *scan, v T, checks []check[T], prefix string) {
	for i := range checks {
		if d, err := checks[i].Test(v); err != nil {
			s.add(checks[i].Cite, prefix, checks[i].Field, err, d, checks[i].Quote)
		}
	}
}

func (s *scan) contents(c *Contents) {
	runScan(s, *c, contentChecks, "")
	for i := range c.Subjects {
		runScan(s, c.Subjects[i], subjectChecks, s.index("Subjects", i))
	}
	for i := range c.Data {
		if ps := c.Data[i].Problems(mlaPoint(16, 'd')); len(ps) > 0 {
			s.parts(ps, "Data["+strconv.Itoa(i)+"].")
		}
	}
}

// index returns "Field[i]." when problems are kept, and "" otherwise (the
// prefix is only needed for the problems' text, and building it would
// allocate).
func (s *scan) index(field string, i int) string {
	if !s.keep {
		return ""
	}
	return field + "[" + strconv.Itoa(i) + "]."
}

func (s *scan) request(r *Request, cat convention.Catalogue) {
	s.contents(&r.Contents)
	runScan(s, r.view(), requestChecks, "")
	offences := r.Offences[:min(len(r.Offences), MaxOffences)]
	for i := range offences {
		runScan(s, offences[i], offenceChecks, s.index("Offences", i))
	}
	if !cat.IsZero() {
		s.parts(cat.Problems(offences, mla(1)), "Offences")
	}
	s.parts(r.Basis.Problems(mla(9)), "Basis.")
	lang := r.Language
	lang.Translations = lang.Translations[:min(len(lang.Translations), MaxTranslations)]
	s.parts(lang.Problems(mla(15)), "Language.")
	s.parts(convention.RelatedProblems(r.Related[:min(len(r.Related), MaxRelated)], r.Made, mla(16)), "Related")
	s.parts(r.Urgency.Problems(mla(15)), "Urgency.")
	s.parts(r.Transmission.Problems(r.Made, mla(14)), "Transmission.")
	s.parts(r.Confidentiality.Problems(mla(21)), "Confidentiality.")
	s.parts(r.Contacts.Problems(mlaPoint(16, 'a')), "Contacts.")
	for i := range r.Attachments {
		if ps := r.Attachments[i].Problems(mla(16)); len(ps) > 0 {
			s.parts(ps, "Attachments["+strconv.Itoa(i)+"].")
		}
	}
}

// problems returns every problem of r, with the catalogue cat's, sorted
// by citation and with their JSON paths.
func (r Request) problems(cat convention.Catalogue) convention.Problems {
	s := scan{keep: true}
	s.request(&r, cat)
	if len(s.ps) == 0 {
		return nil
	}
	s.ps.Sort()
	return s.ps.WithJSONPaths(Request{})
}

// nonConformity reports whether a problem found by a check (its citation,
// field and sentinel) is the request's lack of conformity with the article
// (para. 22(a)), which the requested State decides on, rather than input
// the library cannot decide on.
func nonConformity(c convention.Citation, field string, err error) bool {
	switch {
	case c.Para() == 16:
		// "A request for mutual legal assistance shall contain": an element
		// absent. Undeclared values, contradictions and the consistency of
		// the shared parts (data sought, contacts, related requests,
		// attachments) are malformed input.
		return err == errMissing && !strings.HasPrefix(field, "Data[") && !strings.HasPrefix(field, "Contacts.") &&
			!strings.HasPrefix(field, "Related[") && !strings.HasPrefix(field, "Attachments[")
	case c == mla(14):
		// INTERPOL only "in urgent circumstances": the channel does not
		// conform. A channel not given is not a request the library reads.
		return field == "Channel" && err == errInconsistent
	case c == mla(15):
		// Oral requests only "in urgent circumstances"; a language not given
		// leaves its acceptability unassessed.
		return field == "Form" && err == errInconsistent || (field == "Language" || field == "Language.Original") && err == errMissing
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

// receive reads r as the requested State received it, with the catalogue
// of offences cat it recognises, without allocating unless r is malformed:
// lacking holds the sub-paragraphs of para. 16 the request lacks (bit 0
// for (a)); err is the Problems that keep the library from deciding (nil
// when none), sorted and with their JSON paths.
func (r *Request) receive(cat convention.Catalogue) (lacking uint8, err error) {
	s := scan{}
	s.request(r, cat)
	if !s.malformed {
		return s.lacking, nil
	}
	var ps convention.Problems
	for _, p := range r.problems(cat) {
		if !nonConformity(p.Cite, p.Field, p.Err) {
			ps = append(ps, p)
		}
	}
	return s.lacking, ps.Err()
}
