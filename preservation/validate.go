package preservation

import (
	"strings"

	"github.com/treatyrules/cybercrime/convention"
)

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// require returns a missing-element result when s is blank.
func require(s, detail string) (error, string) {
	if blank(s) {
		return convention.ErrMissing, detail
	}
	return nil, ""
}

// requestChecks is the one table of the rules a Request must satisfy, in
// the order of the text. Each rule has its own (Cite, Field).
var requestChecks = []convention.Check[Request]{
	// Para. 1: "A State Party may request another State Party to order or
	// otherwise obtain the expedited preservation of data".
	{Cite: pcite(1), Field: "Requesting", Quote: "A State Party may request another State Party",
		Test: func(r Request) (error, string) {
			if r.Requesting.IsZero() {
				return convention.ErrMissing, "the requesting State Party"
			}
			return nil, ""
		}},
	// Para. 1: "... another State Party ... located within the territory of
	// that other State Party".
	{Cite: pcite(1), Field: "Requested", Quote: "request another State Party ... located within the territory of that other State Party",
		Test: func(r Request) (error, string) {
			switch {
			case r.Requested.IsZero():
				return convention.ErrMissing, "the requested State Party"
			case r.Requested == r.Requesting:
				return convention.ErrInconsistent, "the requested State Party must be another State Party than the requesting one"
			}
			return nil, ""
		}},
	// Para. 2(a): "The authority seeking the preservation".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'a'), Field: "Authority",
		Quote: "The authority seeking the preservation",
		Test:  func(r Request) (error, string) { return require(r.Authority, "the authority seeking the preservation") }},
	// Para. 2(b): "The offence that is the subject of a criminal
	// investigation or proceedings".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'b'), Field: "Offence",
		Quote: "The offence that is the subject of a criminal investigation or proceedings",
		Test: func(r Request) (error, string) {
			if blank(r.Offence.Name) && blank(r.Offence.Conduct) {
				return convention.ErrMissing, "name the offence or describe its conduct"
			}
			return nil, ""
		}},
	// Para. 2(b): "... and a brief summary of the related facts".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'b'), Field: "Summary",
		Quote: "a brief summary of the related facts",
		Test:  func(r Request) (error, string) { return require(r.Summary, "a brief summary of the related facts") }},
	// Para. 2(c): "The stored computer data to be preserved".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'c'), Field: "Data",
		Quote: "The stored computer data to be preserved",
		Test:  func(r Request) (error, string) { return require(r.Data, "the stored computer data to be preserved") }},
	// Para. 2(c): "... and its relationship to the offence".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'c'), Field: "Relationship",
		Quote: "its relationship to the offence",
		Test: func(r Request) (error, string) {
			return require(r.Relationship, "the data's relationship to the offence")
		}},
	// Para. 2(d): "Any available information identifying the custodian of
	// the stored computer data or the location of the computer system".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'd'), Field: "Custodian",
		Quote: "Any available information identifying the custodian of the stored computer data or the location of the computer system",
		Test: func(r Request) (error, string) {
			given := !blank(r.Custodian) || !blank(r.Location)
			switch {
			case !given && !r.NoneAvailable:
				return convention.ErrMissing, "identify the custodian or the system's location, or state that no such information is available (NoneAvailable)"
			case given && r.NoneAvailable:
				return convention.ErrInconsistent, "information on the custodian or location is given, yet the request states that none is available"
			}
			return nil, ""
		}},
	// Para. 2(e): "The necessity of the preservation".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'e'), Field: "Necessity",
		Quote: "The necessity of the preservation",
		Test:  func(r Request) (error, string) { return require(r.Necessity, "the necessity of the preservation") }},
	// Para. 2(f): "That the State Party intends to submit a request for
	// mutual legal assistance for the search or similar access, seizure or
	// similar securing, or disclosure of the stored computer data".
	{Cite: convention.CitePoint(convention.ArtPreservation, 2, 'f'), Field: "IntendsMLA",
		Quote: "That the State Party intends to submit a request for mutual legal assistance for the search or similar access, seizure or similar securing, or disclosure of the stored computer data",
		Test: func(r Request) (error, string) {
			if !r.IntendsMLA {
				return convention.ErrMissing, "the intent to submit a request for mutual legal assistance for search, seizure or disclosure"
			}
			return nil, ""
		}},
}

// Rules returns the rules Request.Validate applies (Preservation art.,
// paras. 1 and 2(a)-(f)), in the order of the text, each with its paragraph, field and operative words (a fresh slice).
func Rules() []convention.RuleInfo { return convention.Infos(requestChecks) }

// Validate reports every element para. 2(a)-(f) requires that the request
// lacks, and the two States of para. 1, each as a convention.Problem with
// its citation, sorted by citation; nil when the request is complete. It
// checks presence and consistency only, and never panics.
func (r Request) Validate() error { return convention.RunChecks(r, requestChecks).Err() }

// declared returns a check that reports a value of an enumeration at or
// beyond limit, its first undeclared value.
func declared[T any, E ~uint8](cite convention.Citation, field, quote, detail string, limit E, get func(T) E) convention.Check[T] {
	return convention.Check[T]{Cite: cite, Field: field, Quote: quote, Test: func(v T) (error, string) {
		if get(v) >= limit {
			return convention.ErrInvalid, detail
		}
		return nil, ""
	}}
}

// judgement returns a check that reports an undeclared Judgement value.
func judgement[T any](cite convention.Citation, field, quote string, get func(T) convention.Judgement) convention.Check[T] {
	return declared(cite, field, quote, "not yes, no or unassessed", convention.No+1, get)
}

var citeCoop2 = convention.Cite(convention.ArtCooperation, 2)

// factChecks reject undeclared Judgement values.
var factChecks = []convention.Check[Facts]{
	judgement(citeCoop3, "Discrimination.Belief", "has substantial grounds for believing",
		func(f Facts) convention.Judgement { return f.Discrimination.Belief }),
	{Cite: citeCoop3, Field: "Discrimination.Grounds", Quote: "sex, race, religion, nationality, ethnic origin or political opinions",
		Test: func(f Facts) (error, string) {
			if !f.Discrimination.Grounds.IsValid() {
				return convention.ErrInvalid, "only the listed grounds: sex, race, religion, nationality, ethnic origin, political opinions"
			}
			return nil, ""
		}},
	judgement(pcite(1), "InTerritory", "data ... located within the territory of that other State Party",
		func(f Facts) convention.Judgement { return f.InTerritory }),
	judgement(pcite(4), "DualCriminalityFails", "it has reasons to believe that at the time of disclosure the condition of dual criminality cannot be fulfilled",
		func(f Facts) convention.Judgement { return f.DualCriminalityFails }),
	judgement(citeP5a, "PoliticalOffence", "an offence which the requested State Party considers a political offence or an offence connected with a political offence",
		func(f Facts) convention.Judgement { return f.PoliticalOffence }),
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
// para. 3 that are not among the six. Such values arise only from Go code: JSON
// decoding rejects unknown tokens. An unassessed judgement is valid; nil
// when there is no problem.
func (f Facts) Validate() error { return convention.RunChecks(f, factChecks).Err() }

// parties are the requested State as the request names it and as its
// profile names it.
type parties struct{ requested, profile convention.PartyID }

// partyChecks tie the profile to the request.
var partyChecks = []convention.Check[parties]{
	// Para. 1: the requested State is "that other State Party"; its profile
	// must be its own.
	{Cite: pcite(1), Field: "Profile.Party", Quote: "request another State Party",
		Test: func(in parties) (error, string) {
			if !in.profile.IsZero() && !in.requested.IsZero() && in.profile != in.requested {
				return convention.ErrInconsistent, "the profile is not the requested State's"
			}
			return nil, ""
		}},
}

// inRange reports whether every judgement of f is a declared value: the
// fast path of factChecks, which report each one that is not.
func (f Facts) inRange() bool {
	return f.Discrimination.Grounds.IsValid() && max(f.Discrimination.Belief, f.InTerritory, f.DualCriminalityFails, f.PoliticalOffence, f.EssentialInterests,
		f.NotEnsureAvailability, f.ThreatensInvestigation, f.Proceed, f.Requesting.Criminal, f.Requested.Criminal) <= convention.No
}

// validateInput returns every problem of the request, the facts and their
// combination, sorted; nil when there are none.
func validateInput(r Request, p Profile, f Facts) convention.Problems {
	ps := convention.RunChecks(r, requestChecks)
	if !f.inRange() {
		for _, q := range convention.RunChecks(f, factChecks) {
			q.Field = "Facts." + q.Field
			ps = append(ps, q)
		}
	}
	ps = append(ps, convention.RunChecks(parties{r.Requested, p.Party}, partyChecks)...)
	if len(ps) > 1 {
		ps.Sort()
	}
	return ps
}
