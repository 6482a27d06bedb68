package preservation

import (
	"slices"
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// require returns a missing-element result when s is blank.
func require(s, detail string) (string, error) {
	if blank(s) {
		return detail, convention.ErrMissing
	}
	return "", nil
}

var (
	citeArticle = convention.Cite(convention.ArtPreservation, 0)
	citeP2b     = convention.CitePoint(convention.ArtPreservation, 2, 'b')
	citeP2c     = convention.CitePoint(convention.ArtPreservation, 2, 'c')
	citeP2d     = convention.CitePoint(convention.ArtPreservation, 2, 'd')
	citeP2e     = convention.CitePoint(convention.ArtPreservation, 2, 'e')
)

// custodianGiven reports whether the request identifies a custodian (a
// Provider of its data) or the system's location (para. 2(d)).
func custodianGiven(r *Request) bool {
	if !blank(r.Location) {
		return true
	}
	for _, d := range r.Data {
		if !blank(d.Provider) {
			return true
		}
	}
	return false
}

// requestChecks is the one table of the rules a Request must satisfy, in
// the order of the text. Each rule has its own (Cite, Field). The parts
// that hold a list (Offences, Data) and the optional parts forms carry are
// checked by partChecks, one problem per item.
var requestChecks = []rules.Check[Request]{
	// Para. 1: "A State Party may request another State Party to order or
	// otherwise obtain the expedited preservation of data".
	{Cite: pcite(1), Field: "Requesting", Quote: "A State Party may request another State Party",
		Test: func(r Request) (string, error) {
			if r.Requesting.IsZero() {
				return "the requesting State Party", convention.ErrMissing
			}
			return "", nil
		}},
	// Para. 1: "... another State Party ... located within the territory of
	// that other State Party".
	{Cite: pcite(1), Field: "Requested", Quote: "request another State Party ... located within the territory of that other State Party",
		Test: func(r Request) (string, error) {
			switch {
			case r.Requested.IsZero():
				return "the requested State Party", convention.ErrMissing
			case r.Requested == r.Requesting:
				return "the requested State Party must be another State Party than the requesting one", convention.ErrInconsistent
			}
			return "", nil
		}},
	// Para. 2(a): "The authority seeking the preservation".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'a'), Field: "Authority",
		Quote: "The authority seeking the preservation",
		Test:  func(r Request) (string, error) { return require(r.Authority, "the authority seeking the preservation") }},
	// Para. 2(b): "... and a brief summary of the related facts".
	{Cite: citeP2b, Field: "Summary",
		Quote: "a brief summary of the related facts",
		Test:  func(r Request) (string, error) { return require(r.Summary, "a brief summary of the related facts") }},
	// Para. 2(c): "... and its relationship to the offence".
	{Cite: citeP2c, Field: "Relationship",
		Quote: "its relationship to the offence",
		Test: func(r Request) (string, error) {
			return require(r.Relationship, "the data's relationship to the offence")
		}},
	// Para. 2(d): "Any available information identifying the custodian of
	// the stored computer data or the location of the computer system".
	// What the requesting State has is asked for, not a statement that it
	// has nothing: a request silent on the custodian and the location
	// conforms (the requested State cannot tell silence from want of
	// information, and the text demands only what is "available"). A
	// request that names one and also states that none is available
	// contradicts itself.
	{Cite: citeP2d, Field: "NoneAvailable",
		Quote: "Any available information identifying the custodian of the stored computer data or the location of the computer system",
		Test: func(r Request) (string, error) {
			if r.NoneAvailable && custodianGiven(&r) {
				return "information on the custodian or location is given, yet the request states that none is available", convention.ErrInconsistent
			}
			return "", nil
		}},
	// Para. 2(e): "The necessity of the preservation".
	{Cite: citeP2e, Field: "Necessity",
		Quote: "The necessity of the preservation",
		Test:  func(r Request) (string, error) { return require(r.Necessity, "the necessity of the preservation") }},
	// Para. 2(f): "That the State Party intends to submit a request for
	// mutual legal assistance for the search or similar access, seizure or
	// similar securing, or disclosure of the stored computer data".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'f'), Field: "IntendsMLA",
		Quote: "That the State Party intends to submit a request for mutual legal assistance for the search or similar access, seizure or similar securing, or disclosure of the stored computer data",
		Test: func(r Request) (string, error) {
			if !r.IntendsMLA {
				return "the intent to submit a request for mutual legal assistance for search, seizure or disclosure", convention.ErrMissing
			}
			return "", nil
		}},
}

// partRules are the rules on the request's lists and optional parts, in
// the order of the text; partProblems applies them. The article says
// nothing of languages, contacts, persons, related requests, transmission or
// attachments: those are checked for consistency only, citing the article
// as a whole.
var partRules = []convention.RuleInfo{
	// Para. 1: "A State Party may request another State Party": the basis
	// the request invokes.
	{Cite: pcite(1), Field: "Basis", Quote: "A State Party may request another State Party"},
	// Para. 2(b): "The offence that is the subject of a criminal
	// investigation or proceedings".
	{Cite: citeP2b, Field: "Offences", Quote: "The offence that is the subject of a criminal investigation or proceedings"},
	// Para. 2(c): "The stored computer data to be preserved".
	{Cite: citeP2c, Field: "Data", Quote: "The stored computer data to be preserved"},
	// Para. 2(e): the necessity of the preservation, and any urgency with
	// its reasons.
	{Cite: citeP2e, Field: "Urgency", Quote: "The necessity of the preservation"},
	// Para. 6: confidentiality asked feeds the requested State's belief that
	// preservation "will threaten the confidentiality of ... the requesting
	// State Party's investigation".
	{Cite: pcite(6), Field: "Confidentiality", Quote: "will threaten the confidentiality of or otherwise prejudice the requesting State Party's investigation"},
	{Cite: citeArticle, Field: "Language", Quote: "(the article says nothing of languages: consistency only)"},
	{Cite: citeArticle, Field: "Contacts", Quote: "(contact points: consistency only)"},
	{Cite: citeArticle, Field: "Persons", Quote: "(persons concerned: consistency only)"},
	{Cite: citeArticle, Field: "Related", Quote: "(related requests: consistency only)"},
	{Cite: citeArticle, Field: "Transmission", Quote: "(transmission: consistency only)"},
	{Cite: citeArticle, Field: "Attachments", Quote: "(attachments: consistency only)"},
}

// partProblems applies partRules to r, in their order. Each part is called
// directly (not through a table of functions), so that r does not escape
// and validating allocates nothing.
func partProblems(r *Request) convention.Problems {
	var ps convention.Problems
	ps = append(ps, r.Basis.Problems(pcite(1)).Prefixed("Basis.")...)
	ps = append(ps, offenceProblems(r)...)
	ps = append(ps, dataProblems(r)...)
	ps = append(ps, r.Urgency.Problems(citeP2e).Prefixed("Urgency.")...)
	ps = append(ps, r.Confidentiality.Problems(pcite(6)).Prefixed("Confidentiality.")...)
	if n := len(r.Language.Translations); n > MaxTranslations {
		ps = append(ps, tooMany("Language.Translations", n, MaxTranslations, "translations"))
	} else {
		ps = append(ps, r.Language.Problems(citeArticle).Prefixed("Language.")...)
	}
	ps = append(ps, r.Contacts.Problems(citeArticle).Prefixed("Contacts.")...)
	ps = append(ps, personProblems(r)...)
	if n := len(r.Related); n > MaxRelated {
		ps = append(ps, tooMany("Related", n, MaxRelated, "related requests"))
	} else {
		ps = append(ps, convention.RelatedProblems(r.Related, r.Made, citeArticle).Prefixed("Related")...)
	}
	ps = append(ps, r.Transmission.Problems(r.Made, citeArticle).Prefixed("Transmission.")...)
	for i, a := range r.Attachments {
		if qs := a.Problems(citeArticle); len(qs) > 0 {
			ps = append(ps, qs.Prefixed("Attachments["+strconv.Itoa(i)+"].")...)
		}
	}
	return ps
}

// tooMany reports a list of a request's optional parts longer than its
// guard (MaxRelated, MaxTranslations), citing the article as a whole.
func tooMany(field string, n, limit int, what string) convention.Problem {
	return convention.Problem{Field: field, Cite: citeArticle, Err: convention.ErrInvalid,
		Detail: strconv.Itoa(n) + " " + what + ", more than the " + strconv.Itoa(limit) + " a request may carry"}
}

// offenceProblems checks para. 2(b): at least one offence and at most
// MaxOffences, each named or described by its conduct.
func offenceProblems(r *Request) convention.Problems {
	var ps convention.Problems
	switch {
	case len(r.Offences) == 0:
		ps = append(ps, convention.Problem{Field: "Offences", Cite: citeP2b, Err: convention.ErrMissing, Detail: "name the offence or describe its conduct"})
	case len(r.Offences) > MaxOffences:
		ps = append(ps, convention.Problem{Field: "Offences", Cite: citeP2b, Err: convention.ErrInvalid,
			Detail: strconv.Itoa(len(r.Offences)) + " offences, more than the " + strconv.Itoa(MaxOffences) + " a request may name"})
	}
	for i, o := range r.Offences {
		if blank(o.Name) && blank(o.Conduct) {
			ps = append(ps, convention.Problem{Field: "Offences[" + strconv.Itoa(i) + "]", Cite: citeP2b, Err: convention.ErrMissing,
				Detail: "name the offence or describe its conduct"})
		}
	}
	return ps
}

// dataProblems checks para. 2(c): at least one item of data, each
// categorised, identified or described, and consistent.
func dataProblems(r *Request) convention.Problems {
	if len(r.Data) == 0 {
		return convention.Problems{{Field: "Data", Cite: citeP2c, Err: convention.ErrMissing, Detail: "the stored computer data to be preserved"}}
	}
	var ps convention.Problems
	for i, d := range r.Data {
		qs := d.Problems(citeP2c)
		if len(qs) == 0 {
			continue
		}
		item := "Data[" + strconv.Itoa(i) + "]"
		for _, p := range qs {
			// A problem of the whole item has no field of its own.
			if p.Field == "" {
				p.Field = item
			} else {
				p.Field = item + "." + p.Field
			}
			ps = append(ps, p)
		}
	}
	return ps
}

// personProblems checks that each person is named and, if a role is given,
// that it is a declared one.
func personProblems(r *Request) convention.Problems {
	var ps convention.Problems
	for i, p := range r.Persons {
		f := "Persons[" + strconv.Itoa(i) + "]."
		if blank(p.Name) {
			ps = append(ps, convention.Problem{Field: f + "Name", Cite: citeArticle, Err: convention.ErrMissing, Detail: "a person is named"})
		}
		if p.Role != convention.PersonRoleNotGiven && !p.Role.IsValid() {
			ps = append(ps, convention.Problem{Field: f + "Role", Cite: citeArticle, Err: convention.ErrInvalid, Detail: p.Role.String()})
		}
	}
	return ps
}

// Rules returns the rules Request.Validate applies (Preservation art.,
// paras. 1 and 2(a)-(f), and the consistency of the parts forms carry), in
// the order of the text, each with its paragraph, field and operative words
// (a fresh slice).
func Rules() []convention.RuleInfo {
	out := append(rules.Infos(requestChecks), partRules...)
	sortRules(out)
	return out
}

// sortRules orders rules by citation, keeping the table order among equals.
func sortRules(rs []convention.RuleInfo) {
	slices.SortStableFunc(rs, func(a, b convention.RuleInfo) int { return a.Cite.Compare(b.Cite) })
}

// requestProblems returns every problem of r, sorted, without JSON paths.
func requestProblems(r *Request) convention.Problems {
	ps := rules.Run(*r, requestChecks)
	ps = append(ps, partProblems(r)...)
	if len(ps) > 1 {
		ps.Sort()
	}
	return ps
}

// Validate reports every element para. 2(a)-(f) requires that the request
// lacks, the two States of para. 1, the basis invoked, and every
// inconsistency of the parts forms carry (data, languages, contacts,
// persons, related requests, urgency, transmission, attachments,
// confidentiality), each as a convention.Problem with its citation and the
// JSON path of its field, sorted by citation; nil when there is none. It
// checks presence and consistency only, and never panics.
func (r Request) Validate() error {
	ps := requestProblems(&r)
	if len(ps) == 0 {
		return nil
	}
	return ps.WithJSONPaths(r)
}

// declared returns a check that reports a value of an enumeration at or
// beyond limit, its first undeclared value.
func declared[T any, E ~uint8](cite convention.Citation, field, quote, detail string, limit E, get func(T) E) rules.Check[T] {
	return rules.Check[T]{Cite: cite, Field: field, Quote: quote, Test: func(v T) (string, error) {
		if get(v) >= limit {
			return detail, convention.ErrInvalid
		}
		return "", nil
	}}
}

// judgement returns a check that reports an undeclared Judgement value.
func judgement[T any](cite convention.Citation, field, quote string, get func(T) convention.Judgement) rules.Check[T] {
	return declared(cite, field, quote, "not yes, no or unassessed", convention.No+1, get)
}

var citeCoop2 = convention.Cite(convention.ArtCooperation, 2)

// factChecks reject undeclared Judgement values.
var factChecks = []rules.Check[Facts]{
	judgement(citeCoop3, "Discrimination.Belief", "has substantial grounds for believing",
		func(f Facts) convention.Judgement { return f.Discrimination.Belief }),
	{Cite: citeCoop3, Field: "Discrimination.Grounds", Quote: "sex, race, religion, nationality, ethnic origin or political opinions",
		Test: func(f Facts) (string, error) {
			if !f.Discrimination.Grounds.IsValid() {
				return "only the listed grounds: sex, race, religion, nationality, ethnic origin, political opinions", convention.ErrInvalid
			}
			return "", nil
		}},
	judgement(pcite(1), "InTerritory", "data ... located within the territory of that other State Party",
		func(f Facts) convention.Judgement { return f.InTerritory }),
	judgement(pcite(4), "DualCriminalityFails", "it has reasons to believe that at the time of disclosure the condition of dual criminality cannot be fulfilled",
		func(f Facts) convention.Judgement { return f.DualCriminalityFails }),
	{Cite: citeP5a, Field: "PoliticalOffences", Quote: "an offence which the requested State Party considers a political offence or an offence connected with a political offence",
		Test: func(f Facts) (string, error) {
			for i, j := range f.PoliticalOffences {
				if !j.IsValid() {
					return "offence " + strconv.Itoa(i) + ": not yes, no or unassessed", convention.ErrInvalid
				}
			}
			return "", nil
		}},
	judgement(citeP5b, "EssentialInterests", "considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests",
		func(f Facts) convention.Judgement { return f.EssentialInterests }),
	judgement(pcite(6), "NotEnsureAvailability", "believes that preservation will not ensure the future availability of the data",
		func(f Facts) convention.Judgement { return f.NotEnsureAvailability }),
	judgement(pcite(6), "ThreatensInvestigation", "will threaten the confidentiality of or otherwise prejudice the requesting State Party's investigation",
		func(f Facts) convention.Judgement { return f.ThreatensInvestigation }),
	judgement(pcite(6), "Proceed", "which shall then determine whether the request should nevertheless be executed",
		func(f Facts) convention.Judgement { return f.Proceed }),
	judgement(citeCoop2, "Requesting.Criminal", "a criminal offence under the laws of both States Parties",
		func(f Facts) convention.Judgement { return f.Requesting.Criminal }),
	judgement(citeCoop2, "Requested.Criminal", "a criminal offence under the laws of both States Parties",
		func(f Facts) convention.Judgement { return f.Requested.Criminal }),
}

// Validate reports every undeclared Judgement value in f, citing the
// paragraph each fact belongs to (Preservation art., paras. 1 and 4-6;
// Cooperation art., paras. 2-3), and listed grounds of Cooperation art.,
// para. 3 that are not among the six. Such values arise only from Go code:
// JSON decoding rejects unknown words. An unassessed judgement is valid;
// nil when there is no problem.
func (f Facts) Validate() error {
	if f.inRange() {
		return nil
	}
	return rules.Run(f, factChecks).WithJSONPaths(f)
}

// parties are the requested State as the request names it and as its
// profile names it.
type parties struct{ requested, profile convention.PartyID }

// partyChecks tie the profile to the request.
var partyChecks = []rules.Check[parties]{
	// Para. 1: the requested State is "that other State Party"; its profile
	// must be its own.
	{Cite: pcite(1), Field: "Profile.Party", Quote: "request another State Party",
		Test: func(in parties) (string, error) {
			if !in.profile.IsZero() && !in.requested.IsZero() && in.profile != in.requested {
				return "the profile is not the requested State's", convention.ErrInconsistent
			}
			return "", nil
		}},
}

// inRange reports whether every judgement of f is a declared value: the
// fast path of factChecks, which report each one that is not.
func (f Facts) inRange() bool {
	if !f.Discrimination.Grounds.IsValid() || max(f.Discrimination.Belief, f.InTerritory, f.DualCriminalityFails, f.EssentialInterests,
		f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed, f.Requesting.Criminal, f.Requested.Criminal) > convention.No {
		return false
	}
	for _, j := range f.PoliticalOffences {
		if j > convention.No {
			return false
		}
	}
	return true
}

// profileProblems ties the profile to the request: the profile is the
// requested State's (para. 1), and the offences the request says are
// established under the Convention are ones its catalogue recognises (para.
// 4 turns on the name). Fields are relative to the request, the profile's
// prefixed "Profile.".
func profileProblems(r *Request, p *Profile) convention.Problems {
	ps := rules.Run(parties{r.Requested, p.Party}, partyChecks)
	return append(ps, p.Catalogue.Problems(r.Offences, pcite(4)).Prefixed("Offences")...)
}

// factProblems returns f's problems, fields prefixed "Facts.".
func factProblems(f Facts) convention.Problems {
	if f.inRange() {
		return nil
	}
	return rules.Run(f, factChecks).Prefixed("Facts.")
}

// input is what Assess and Review validate together, for the JSON paths of
// their problems.
type input struct {
	Request Request `json:"request"`
	Profile Profile `json:"profile"`
	Facts   Facts   `json:"facts"`
}

// validateInput returns every problem of the request, the facts and their
// combination, sorted, with JSON paths; nil when there are none. Fields of
// the request keep their own names ("Offences[0]"); those of the profile
// and the facts are prefixed "Profile." and "Facts.".
func validateInput(r *Request, p *Profile, f *Facts) convention.Problems {
	ps := requestProblems(r)
	ps = append(ps, profileProblems(r, p)...)
	ps = append(ps, factProblems(*f)...)
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return withPaths(ps, *r)
}

// withPaths sets the JSON path of each problem: the request's own fields
// within the request, "Profile." and "Facts." fields within the input.
func withPaths(ps convention.Problems, r Request) convention.Problems {
	out := make(convention.Problems, len(ps))
	for i, p := range ps {
		var one convention.Problems
		if strings.HasPrefix(p.Field, "Profile.") || strings.HasPrefix(p.Field, "Facts.") || strings.HasPrefix(p.Field, "Response.") {
			one = convention.Problems{p}.WithJSONPaths(inputWithResponse{})
		} else {
			one = convention.Problems{p}.WithJSONPaths(r)
		}
		out[i] = one[0]
	}
	return out
}

// inputWithResponse is the input of Review, for the JSON paths of its
// problems.
type inputWithResponse struct {
	input
	Response Response `json:"response"`
}
