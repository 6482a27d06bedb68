package extradition

import (
	"strconv"
	"strings"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/rules"
)

var (
	errMissing      = convention.ErrMissing
	errInvalid      = convention.ErrInvalid
	errInconsistent = convention.ErrInconsistent
	errNA           = convention.ErrNotApplicable
)

func ok() (string, error) { return "", nil }

// party checks a State Party's identifier: present, and a State.
func party(p convention.PartyID) (string, error) {
	switch {
	case p.IsZero():
		return "", errMissing
	case !p.IsState():
		return "extradition is between States; " + p.String() + " is an organization", errInvalid
	}
	return ok()
}

// judgement checks that j is a declared Judgement.
func judgement(j convention.Judgement) (string, error) {
	if !j.IsValid() {
		return "not a judgement: " + strconv.Itoa(int(j)), errInvalid
	}
	return ok()
}

// severity ranks a penalty for comparing a remainder with the sentence.
func severity(p convention.Penalty) int { return int(p.Kind())*100000 + p.Months() }

// requestView is the part of a Request its rule table reads: the rules run
// on it, not on the whole request, so that checking copies little.
type requestView struct {
	Requesting, Requested convention.PartyID
	Date                  convention.Date
	Person                Person
	Offences              []Charge
	Purpose               Purpose
	Sentence              Sentence
	Provisional           Measure
	SubmitIfRefused       bool
	EnforceIfRefused      bool
}

func (r *Request) view() requestView {
	return requestView{Requesting: r.Requesting, Requested: r.Requested, Date: r.Date, Person: r.Person,
		Offences: r.Offences, Purpose: r.Purpose, Sentence: r.Sentence, Provisional: r.Provisional,
		SubmitIfRefused: r.SubmitIfRefused, EnforceIfRefused: r.EnforceIfRefused}
}

var requestChecks = []rules.Check[requestView]{
	// Para. 1: "the requesting State Party and the requested State Party".
	{Cite: cite(1), Field: "Requesting", Quote: "the requesting State Party",
		Test: func(r requestView) (string, error) { return party(r.Requesting) }},
	{Cite: cite(1), Field: "Requested", Quote: "the requested State Party",
		Test: func(r requestView) (string, error) { return party(r.Requested) }},
	{Cite: cite(1), Field: "Requested", Quote: "both the requesting State Party and the requested State Party",
		Test: func(r requestView) (string, error) {
			if !r.Requested.IsZero() && r.Requested == r.Requesting {
				return "a State does not request extradition from itself", errInconsistent
			}
			return ok()
		}},
	// Para. 1: "the person who is the subject of the request for extradition".
	{Cite: cite(1), Field: "Person.Name", Quote: "the person who is the subject of the request for extradition",
		Test: func(r requestView) (string, error) {
			if r.Person.Name == "" {
				return "", errMissing
			}
			return ok()
		}},
	// Para. 1: "is located in the territory of the requested State Party".
	{Cite: cite(1), Field: "Person.InRequestedState", Quote: "is located in the territory of the requested State Party",
		Test: func(r requestView) (string, error) { return judgement(r.Person.InRequestedState) }},
	// Para. 1: "the person who is the subject of the request for
	// extradition": the alleged offender (para. 10) or the person sentenced
	// (para. 12), not a witness, victim, expert or account holder.
	{Cite: cite(1), Field: "Person.Role", Quote: "the person who is the subject of the request for extradition",
		Test: func(r requestView) (string, error) {
			switch role := r.Person.Role; {
			case role == convention.PersonRoleNotGiven:
			case !role.IsValid():
				return role.String(), errInvalid
			case role == convention.PersonWitness || role == convention.PersonVictim ||
				role == convention.PersonExpert || role == convention.PersonAccountHolder:
				return "the person sought for extradition is the alleged offender or the person sentenced (suspect, accused or other), not a " + role.String(), errInconsistent
			}
			return ok()
		}},
	// Para. 10: "solely on the ground that he or she is one of its nationals".
	{Cite: cite(10), Field: "Person.National", Quote: "he or she is one of its nationals",
		Test: func(r requestView) (string, error) { return judgement(r.Person.National) }},
	// Para. 1: "the offence for which extradition is sought".
	{Cite: cite(1), Field: "Offences", Quote: "the offence for which extradition is sought",
		Test: func(r requestView) (string, error) {
			switch {
			case len(r.Offences) == 0:
				return "", errMissing
			case len(r.Offences) > MaxOffences:
				return "at most " + strconv.Itoa(MaxOffences) + " offences per request", errInvalid
			}
			return ok()
		}},
	// Para. 2: "several separate serious crimes".
	{Cite: cite(2), Field: "Offences", Quote: "several separate serious crimes",
		Test: func(r requestView) (string, error) {
			cs := checked(r.Offences)
			for i := range cs {
				for j := range cs {
					if j > i && cs[i].Offence == cs[j].Offence {
						return "offences " + strconv.Itoa(i) + " and " + strconv.Itoa(j) + " are the same offence, not separate ones", errInconsistent
					}
				}
			}
			return ok()
		}},
	// Para. 12: "extradition, sought for purposes of enforcing a sentence".
	{Cite: cite(12), Field: "Purpose", Quote: "sought for purposes of enforcing a sentence",
		Test: func(r requestView) (string, error) {
			switch {
			case r.Purpose == PurposeUnknown:
				return "prosecution or enforcement of a sentence", errMissing
			case !r.Purpose.IsValid():
				return r.Purpose.String(), errInvalid
			}
			return ok()
		}},
	// Para. 12: "the sentence that has been imposed under the domestic law of
	// the requesting Party".
	{Cite: cite(12), Field: "Sentence.Imposed", Quote: "the sentence that has been imposed under the domestic law of the requesting Party",
		Test: func(r requestView) (string, error) {
			if r.Purpose == PurposeEnforcement && r.Sentence.Imposed.IsZero() {
				return "extradition is sought to enforce a sentence", errMissing
			}
			return ok()
		}},
	{Cite: cite(12), Field: "Sentence", Quote: "sought for purposes of enforcing a sentence",
		Test: func(r requestView) (string, error) {
			if r.Purpose == PurposeProsecution && !r.Sentence.IsZero() {
				return "extradition sought for prosecution has no sentence to enforce", errInconsistent
			}
			return ok()
		}},
	// Para. 12: "or the remainder thereof".
	{Cite: cite(12), Field: "Sentence.Remainder", Quote: "or the remainder thereof",
		Test: func(r requestView) (string, error) {
			s := r.Sentence
			if !s.Remainder.IsZero() && !s.Imposed.IsZero() && severity(s.Remainder) > severity(s.Imposed) {
				return "the remainder " + s.Remainder.String() + " exceeds the sentence imposed " + s.Imposed.String(), errInconsistent
			}
			return ok()
		}},
	{Cite: cite(12), Field: "Sentence.ImposedOn", Quote: "the sentence that has been imposed",
		Test: func(r requestView) (string, error) {
			if !r.Sentence.ImposedOn.IsZero() && !r.Date.IsZero() && r.Sentence.ImposedOn.After(r.Date) {
				return "the sentence is dated after the request", errInconsistent
			}
			return ok()
		}},
	// Para. 10: "at the request of the State Party seeking extradition ...
	// for the purpose of prosecution".
	{Cite: cite(10), Field: "SubmitIfRefused", Quote: "at the request of the State Party seeking extradition, ... submit the case ... for the purpose of prosecution",
		Test: func(r requestView) (string, error) {
			if r.SubmitIfRefused && r.Purpose == PurposeEnforcement {
				return "submission for prosecution concerns an alleged offender, not a sentence to enforce (see para. 12)", errInconsistent
			}
			return ok()
		}},
	// Para. 12: "upon application of the requesting Party".
	{Cite: cite(12), Field: "EnforceIfRefused", Quote: "upon application of the requesting Party, consider the enforcement of the sentence",
		Test: func(r requestView) (string, error) {
			if r.EnforceIfRefused && r.Purpose == PurposeProsecution {
				return "there is no sentence to enforce when extradition is sought for prosecution", errInconsistent
			}
			return ok()
		}},
	// Para. 9: "take ... into custody or take other appropriate measures".
	{Cite: cite(9), Field: "Provisional", Quote: "take a person ... into custody or take other appropriate measures",
		Test: func(r requestView) (string, error) {
			if !r.Provisional.IsValid() {
				return r.Provisional.String(), errInvalid
			}
			return ok()
		}},
}

// A request's parts (convention's shared parts of real requests) are
// checked for their own consistency, each cited to the paragraph it serves.
//
// A part's list longer than MaxListed is one problem, and its entries are
// not checked (see [Request]).
var parts = []struct {
	cite         convention.Citation
	field, quote string
	problems     func(r Request, cite convention.Citation) convention.Problems
}{
	// Para. 1: "a request for extradition", in whatever language; the
	// article sets no rule on languages.
	{cite(1), "Language", "the request for extradition",
		func(r Request, c convention.Citation) convention.Problems {
			if n := len(r.Language.Translations); n > MaxListed {
				return tooMany("Translations", "translations", n, c)
			}
			return r.Language.Problems(c)
		}},
	// Para. 1: "a request for extradition", sent on a date, by some means.
	{cite(1), "Transmission", "the request for extradition",
		func(r Request, c convention.Citation) convention.Problems { return r.Transmission.Problems(r.Date, c) }},
	// Para. 1: the request, and the earlier ones it relates to.
	{cite(1), "Related", "the request for extradition",
		func(r Request, c convention.Citation) convention.Problems {
			if n := len(r.Related); n > MaxListed {
				return tooMany("", "related requests", n, c)
			}
			return convention.RelatedProblems(r.Related, r.Date, c)
		}},
	// Paras. 3-6: the legal basis for extradition invoked.
	{cite(4), "Basis", "the legal basis for extradition",
		func(r Request, c convention.Citation) convention.Problems {
			if n := len(r.Basis.Invoked); n > MaxListed {
				return tooMany("Invoked", "bases invoked", n, c)
			}
			return r.Basis.Problems(c)
		}},
	// Para. 7: the documents the conditions of domestic law and treaties
	// call for.
	{cite(7), "Attachments", "the conditions provided for by the domestic law of the requested State Party or by applicable extradition treaties",
		func(r Request, c convention.Citation) convention.Problems {
			if n := len(r.Attachments); n > MaxListed {
				return tooMany("", "attachments", n, c)
			}
			var ps convention.Problems
			for i, a := range r.Attachments {
				if p := a.Problems(c); len(p) > 0 {
					ps = append(ps, p.Prefixed("["+strconv.Itoa(i)+"].")...)
				}
			}
			return ps
		}},
	// Para. 9: "upon being satisfied that the circumstances so warrant and
	// are urgent and at the request of the requesting State Party".
	{cite(9), "Urgency", "at the request of the requesting State Party",
		func(r Request, c convention.Citation) convention.Problems { return r.Urgency.Problems(c) }},
	// Para. 15: "consult with the requesting State Party".
	{cite(15), "Contacts", "consult with the requesting State Party",
		func(r Request, c convention.Citation) convention.Problems { return r.Contacts.Problems(c) }},
}

// tooMany is the problem of a part's list longer than MaxListed.
func tooMany(field, what string, n int, c convention.Citation) convention.Problems {
	return convention.Problems{{Field: field, Cite: c, Err: errInvalid,
		Detail: strconv.Itoa(n) + " " + what + "; at most " + strconv.Itoa(MaxListed) + " per request"}}
}

// partsValid is the fast path of parts: no problem, and nothing allocated.
func (r Request) partsValid() bool {
	if len(r.Language.Translations) > MaxListed || len(r.Related) > MaxListed ||
		len(r.Basis.Invoked) > MaxListed || len(r.Attachments) > MaxListed {
		return false
	}
	// Parts not given are consistent; only given ones are checked.
	if !r.Language.IsZero() && len(r.Language.Problems(cite(1))) > 0 ||
		!r.Transmission.IsZero() && len(r.Transmission.Problems(r.Date, cite(1))) > 0 ||
		(r.Basis.Stated() || r.Basis.Treaty != "") && len(r.Basis.Problems(cite(4))) > 0 ||
		r.Urgency.Reasons != "" && len(r.Urgency.Problems(cite(9))) > 0 ||
		!r.Contacts.IsZero() && len(r.Contacts.Problems(cite(15))) > 0 {
		return false
	}
	for _, a := range r.Attachments {
		if len(a.Problems(cite(7))) > 0 {
			return false
		}
	}
	for i, x := range r.Related {
		if len(x.Problems(cite(1))) > 0 || !r.Date.IsZero() && x.Made.After(r.Date) {
			return false
		}
		for _, y := range r.Related[:i] {
			if y.Ref == x.Ref && y.Relation == x.Relation {
				return false
			}
		}
	}
	return true
}

func (r Request) partProblems() convention.Problems {
	var ps convention.Problems
	for _, p := range parts {
		prefix := p.field + "."
		if p.field == "Related" || p.field == "Attachments" {
			prefix = p.field
		}
		ps = append(ps, p.problems(r, p.cite).Prefixed(prefix)...)
	}
	return ps
}

var chargeChecks = []rules.Check[Charge]{
	// Cooperation art., para. 2: "the conduct underlying the offence for
	// which assistance is sought".
	{Cite: coop2, Field: "Offence.Conduct", Quote: "the conduct underlying the offence",
		Test: func(c Charge) (string, error) {
			if c.Offence.Conduct == "" {
				return "dual criminality turns on the conduct, not on the offence's name", errMissing
			}
			return ok()
		}},
	// Cooperation art., para. 2: "is a criminal offence under the laws of
	// both States Parties".
	{Cite: coop2, Field: "Requested.Criminal", Quote: "a criminal offence under the laws of both States Parties",
		Test: func(c Charge) (string, error) { return judgement(c.Requested.Criminal) }},
}

var profileChecks = []rules.Check[Profile]{
	// Para. 4: "a State Party that makes extradition conditional on the
	// existence of a treaty".
	{Cite: cite(4), Field: "TreatyConditional", Quote: "makes extradition conditional on the existence of a treaty",
		Test: func(p Profile) (string, error) { return judgement(p.TreatyConditional) }},
	// Para. 3: "any extradition treaty existing between States Parties".
	{Cite: cite(3), Field: "Treaty", Quote: "any extradition treaty existing between States Parties",
		Test: func(p Profile) (string, error) { return judgement(p.Treaty) }},
	// Para. 5(a): "inform the Secretary-General ... whether they will take
	// this Convention as the legal basis".
	{Cite: convention.CitePoint(convention.ArtExtradition, 5, 'a'), Field: "Notification",
		Quote: "inform the Secretary-General of the United Nations whether they will take this Convention as the legal basis",
		Test: func(p Profile) (string, error) {
			if !p.Notification.IsValid() {
				return p.Notification.String(), errInvalid
			}
			return ok()
		}},
}

// factFields are the judgements of Facts, in the order judgements returns
// them, with the paragraph each answers and its operative words.
var factFields = [...]struct {
	cite         convention.Citation
	field, quote string
}{
	// Cooperation art., para. 3: "substantial grounds for believing".
	{coop3, "Discrimination.Belief", "has substantial grounds for believing"},
	// Para. 2: "may apply this article also in respect of the latter offences".
	{cite(2), "Accessory", "may apply this article also in respect of the latter offences"},
	// Para. 4: "may consider this Convention the legal basis for extradition".
	{cite(4), "ConventionBasis", "may consider this Convention the legal basis for extradition"},
	// Para. 7: "conditions in relation to the minimum penalty requirement".
	{cite(7), "MinimumPenaltyMet", "conditions in relation to the minimum penalty requirement for extradition"},
	// Para. 7: "the grounds upon which the requested State Party may refuse".
	{cite(7), "DomesticGround", "the grounds upon which the requested State Party may refuse extradition"},
	// Para. 14: "on the sole ground that the offence is also considered to
	// involve fiscal matters", whatever domestic law calls that ground.
	{cite(14), "DomesticGroundFiscal", "on the sole ground that the offence is also considered to involve fiscal matters"},
	// Para. 7, read with para. 10: nationality is a ground only where
	// "the domestic law of the requested State Party or ... applicable
	// extradition treaties" provide it.
	{cite(7), "NationalityGround", "the conditions provided for by the domestic law of the requested State Party or by applicable extradition treaties"},
	// Para. 9: "upon being satisfied that the circumstances so warrant and
	// are urgent", "subject to the provisions of its domestic law".
	{cite(9), "Warranted", "upon being satisfied that the circumstances so warrant"},
	{cite(9), "Urgent", "and are urgent"},
	{cite(9), "ProvisionalLaw", "subject to the provisions of its domestic law and its extradition treaties"},
	// Para. 11: "permitted under its domestic law to extradite ... only upon
	// the condition", "agree with this option".
	{cite(11), "ConditionalLaw", "permitted under its domestic law to extradite or otherwise surrender one of its nationals only upon the condition"},
	{cite(11), "ConditionalAgreed", "agree with this option and other terms that they may deem appropriate"},
	// Para. 12: "if its domestic law so permits".
	{cite(12), "EnforcementLaw", "if its domestic law so permits and in conformity with the requirements of such law"},
	// Para. 15: "where appropriate".
	{cite(15), "ConsultAppropriate", "shall, where appropriate, consult with the requesting State Party"},
}

// judgements returns the judgements of f in the order of factFields.
func (f Facts) judgements() [len(factFields)]convention.Judgement {
	return [...]convention.Judgement{f.Discrimination.Belief, f.Accessory,
		f.ConventionBasis, f.MinimumPenaltyMet, f.DomesticGround, f.DomesticGroundFiscal, f.NationalityGround, f.Warranted, f.Urgent, f.ProvisionalLaw,
		f.ConditionalLaw, f.ConditionalAgreed, f.EnforcementLaw, f.ConsultAppropriate}
}

// groundsListed checks that the beliefs rest only on grounds Cooperation
// art., para. 3 lists.
func groundsListed(g convention.DiscriminationGrounds) (string, error) {
	if !g.IsValid() {
		return "not a listed ground: " + g.String(), errInvalid
	}
	return ok()
}

var factsChecks = func() []rules.Check[Facts] {
	var cs []rules.Check[Facts]
	for i, ff := range factFields {
		cs = append(cs, rules.Check[Facts]{Cite: ff.cite, Field: ff.field, Quote: ff.quote,
			Test: func(f Facts) (string, error) { return judgement(f.judgements()[i]) }})
	}
	// Cooperation art., para. 3: "sex, race, religion, nationality, ethnic
	// origin or political opinions".
	cs = append(cs, rules.Check[Facts]{Cite: coop3, Field: "Discrimination.Grounds",
		Quote: "sex, race, religion, nationality, ethnic origin or political opinions",
		Test:  func(f Facts) (string, error) { return groundsListed(f.Discrimination.Grounds) }})
	// Para. 11: a law that permits the surrender of a national "only upon
	// the condition" of return restricts the extradition of nationals.
	return append(cs, rules.Check[Facts]{Cite: cite(11), Field: "NationalityGround",
		Quote: "permitted under its domestic law to extradite or otherwise surrender one of its nationals only upon the condition",
		Test:  nationalityConsistent})
}()

// nationalityConsistent checks that a law permitting the surrender of
// nationals only on condition of return (para. 11) is not also said to
// give no ground of refusal on nationality.
func nationalityConsistent(f Facts) (string, error) {
	if f.ConditionalLaw == convention.Yes && f.NationalityGround == convention.No {
		return "a law that permits the surrender of nationals only on condition of return restricts their extradition (ConditionalLaw is yes)", errInconsistent
	}
	return ok()
}

// valid is the fast path of factsChecks: every judgement declared, every
// ground listed.
func (f Facts) valid() bool {
	for _, j := range f.judgements() {
		if !j.IsValid() {
			return false
		}
	}
	if _, err := groundsListed(f.Discrimination.Grounds); err != nil {
		return false
	}
	_, err := nationalityConsistent(f)
	return err == nil
}

var responseChecks = []rules.Check[Response]{
	// Para. 7: "Extradition shall be subject to the conditions ... and the
	// grounds upon which the requested State Party may refuse extradition".
	{Cite: cite(7), Field: "Action", Quote: "Extradition shall be subject to the conditions provided for by the domestic law",
		Test: func(s Response) (string, error) {
			switch {
			case s.Action == ActionUnknown:
				return "", errMissing
			case !s.Action.IsValid():
				return s.Action.String(), errInvalid
			}
			return ok()
		}},
	{Cite: cite(7), Field: "Grounds", Quote: "the grounds upon which the requested State Party may refuse extradition",
		Test: func(s Response) (string, error) {
			switch {
			case !s.Grounds.Minus(refusalGrounds).IsEmpty():
				return "not a ground of refusal", errInvalid
			case !s.Action.Refuses() && !s.Grounds.IsEmpty():
				return "a surrender relies on no ground of refusal", errInconsistent
			}
			return ok()
		}},
	// Para. 12: "consider the enforcement of the sentence", after a refusal.
	{Cite: cite(12), Field: "EnforcementConsidered", Quote: "is refused ... consider the enforcement of the sentence",
		Test: func(s Response) (string, error) {
			if s.EnforcementConsidered && !s.Action.Refuses() {
				return "enforcement in the requested State follows only a refusal", errInconsistent
			}
			return ok()
		}},
}

// caseChecks relate the requested State's judgements to the Request.
var caseChecks = []rules.Check[caseInput]{
	// Para. 14: "the offence is also considered to involve fiscal matters".
	// A ground of domestic law resting on fiscal matters makes the offence
	// one considered to involve them; the request must say which.
	{Cite: cite(14), Field: "Facts.DomesticGroundFiscal", Quote: "the offence is also considered to involve fiscal matters",
		Test: func(v caseInput) (string, error) {
			if v.f.DomesticGroundFiscal == convention.Yes && !fiscal(v.r.Offences) {
				return "the ground of domestic law rests on fiscal matters, but no offence is marked as also involving them (Offences[i].Fiscal)", errInconsistent
			}
			return ok()
		}},
}

type caseInput struct {
	r requestView
	f Facts
}

// reviewChecks relate a Response to the Request it answers.
var reviewChecks = []rules.Check[reviewInput]{
	// Para. 11: "return ... to serve the sentence imposed as a result of the
	// trial or proceedings for which the extradition ... was sought".
	{Cite: cite(11), Field: "Response.Action", Quote: "returned to that State Party to serve the sentence imposed as a result of the trial or proceedings",
		Test: func(v reviewInput) (string, error) {
			if v.s.Action == ActionExtraditeConditionally && v.r.Purpose == PurposeEnforcement {
				return "conditional surrender concerns a person surrendered for trial, not a sentence already imposed", errNA
			}
			return ok()
		}},
	// Para. 10: "submit the case ... for the purpose of prosecution".
	{Cite: cite(10), Field: "Response.Action", Quote: "submit the case without undue delay to its competent authorities for the purpose of prosecution",
		Test: func(v reviewInput) (string, error) {
			if v.s.Action == ActionRefuseAndSubmit && v.r.Purpose == PurposeEnforcement {
				return "a sentenced person's case is not submitted for prosecution; see para. 12", errNA
			}
			return ok()
		}},
}

type reviewInput struct {
	r requestView
	s Response
}

func prefixed(rs []convention.RuleInfo, prefix string) []convention.RuleInfo {
	for i := range rs {
		rs[i].Field = prefix + rs[i].Field
	}
	return rs
}

// catalogueChecks relate each offence of a Request to the catalogue of
// Convention offences the requested State's case system recognises
// (Profile.Offences).
var catalogueChecks = []rules.Check[catalogued]{
	// Para. 1: "the offences established under this Convention". A name the
	// catalogue does not declare is an error, never silently an offence
	// outside the article.
	{Cite: cite(1), Field: "Offence.Established", Quote: "the offences established under this Convention",
		Test: func(v catalogued) (string, error) {
			if v.cat.Recognises(v.c.Offence.Established) {
				return ok()
			}
			return "not an offence the catalogue (Profile.Offences) declares: " +
				strconv.Quote(string(v.c.Offence.Established)) + "; it declares " + declared(v.cat), errInvalid
		}},
}

type catalogued struct {
	c   Charge
	cat convention.Catalogue
}

// declared lists the names a catalogue declares, for an error message.
func declared(c convention.Catalogue) string {
	var b strings.Builder
	for i, n := range c.Names() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(n))
	}
	return b.String()
}

// Rules returns the validation rules of the inputs of the decisions, in
// table order: those of [Request.Validate] (its table, then the
// consistency of each of its parts: Language, Transmission, Related, Basis,
// Attachments, Urgency, Contacts; then the rules of each offence under
// "Offences[i]."), then those of [Profile.Validate] under "Profile.",
// the catalogue's rule on each offence, [Facts.Validate] under "Facts.",
// [Response.Validate] under "Response.", and the rules relating Facts, then
// a Response, to the Request. The result is a fresh slice.
func Rules() []convention.RuleInfo {
	out := rules.Infos(requestChecks)
	for _, p := range parts {
		out = append(out, convention.RuleInfo{Cite: p.cite, Field: p.field, Quote: p.quote})
	}
	out = append(out, prefixed(rules.Infos(chargeChecks), "Offences[i].")...)
	out = append(out, prefixed(rules.Infos(profileChecks), "Profile.")...)
	out = append(out, prefixed(rules.Infos(catalogueChecks), "Offences[i].")...)
	out = append(out, prefixed(rules.Infos(factsChecks), "Facts.")...)
	out = append(out, rules.Infos(caseChecks)...)
	out = append(out, prefixed(rules.Infos(responseChecks), "Response.")...)
	return append(out, rules.Infos(reviewChecks)...)
}

// Validate checks the request for presence and consistency (paras. 1, 2,
// 9, 10 and 12; Cooperation art., para. 2), reporting every problem at once,
// each with its citation and JSON path; it returns nil or
// convention.Problems. It never panics.
func (r Request) Validate() error {
	if r.valid() {
		return nil
	}
	return r.problems().WithJSONPaths(r).Err()
}

// passes reports whether v passes every check of the table.
func passes[T any](v T, checks []rules.Check[T]) bool {
	return len(rules.Run(v, checks)) == 0
}

func (r Request) valid() bool {
	if !passes(r.view(), requestChecks) || !r.partsValid() {
		return false
	}
	for _, c := range checked(r.Offences) {
		if !passes(c, chargeChecks) {
			return false
		}
	}
	return true
}

// checked are the offences validation checks one by one: the first
// MaxOffences (more is one problem, see Request).
func checked(cs []Charge) []Charge { return cs[:min(len(cs), MaxOffences)] }

func (r Request) problems() convention.Problems {
	ps := rules.Run(r.view(), requestChecks)
	ps = append(ps, r.partProblems()...)
	for i, c := range checked(r.Offences) {
		ps = append(ps, rules.Run(c, chargeChecks).Prefixed("Offences["+strconv.Itoa(i)+"].")...)
	}
	ps.Sort()
	return ps
}

// recognised reports whether the catalogue of p recognises every offence of
// r (the fast path of catalogueChecks).
func recognised(r Request, p Profile) bool {
	for _, c := range checked(r.Offences) {
		if !p.Offences.Recognises(c.Offence.Established) {
			return false
		}
	}
	return true
}

func catalogueProblems(r Request, p Profile) convention.Problems {
	var ps convention.Problems
	for i, c := range checked(r.Offences) {
		ps = append(ps, rules.Run(catalogued{c, p.Offences}, catalogueChecks).Prefixed("Offences["+strconv.Itoa(i)+"].")...)
	}
	return ps
}

// Validate checks that every judgement of the profile is declared (paras.
// 3-5). It returns nil or convention.Problems.
func (p Profile) Validate() error {
	if passes(p, profileChecks) {
		return nil
	}
	return rules.Run(p, profileChecks).WithJSONPaths(p).Err()
}

// Validate checks that every judgement is declared, every listed ground
// is one Cooperation art., para. 3 lists, and a law permitting the
// surrender of nationals only on condition (para. 11) is not said to give
// no ground of refusal on nationality (para. 7). It returns nil or
// convention.Problems.
func (f Facts) Validate() error {
	if f.valid() {
		return nil
	}
	return rules.Run(f, factsChecks).WithJSONPaths(f).Err()
}

// Validate checks that the response names an action, and that only a
// refusal relies on grounds, drawn from [RefusalGrounds] (para. 7), or
// follows with the consideration of enforcement (para. 12). It returns nil
// or convention.Problems.
func (s Response) Validate() error {
	if passes(s, responseChecks) {
		return nil
	}
	return rules.Run(s, responseChecks).WithJSONPaths(s).Err()
}

// problemRoot is the shape the decisions report their problems against, for
// their JSON paths: the request's fields at the root ("person.name"), the
// other inputs under their names ("profile.treaty", "facts.urgent",
// "response.grounds").
type problemRoot struct {
	Request
	Profile  Profile  `json:"profile"`
	Facts    Facts    `json:"facts"`
	Response Response `json:"response"`
}

// prepareProblems are the problems of r, p, and r against p.
func prepareProblems(r Request, p Profile) convention.Problems {
	ps := r.problems()
	ps = append(ps, rules.Run(p, profileChecks).Prefixed("Profile.")...)
	ps = append(ps, catalogueProblems(r, p)...)
	ps.Sort()
	return ps.WithJSONPaths(problemRoot{})
}

// validate checks every input of a decision; resp is nil when the decision
// reviews no response.
func validate(r Request, p Profile, f Facts, resp *Response) error {
	if r.valid() && passes(p, profileChecks) && recognised(r, p) && f.valid() && passes(caseInput{r.view(), f}, caseChecks) &&
		(resp == nil || passes(*resp, responseChecks) && passes(reviewInput{r.view(), *resp}, reviewChecks)) {
		return nil
	}
	ps := r.problems()
	ps = append(ps, rules.Run(p, profileChecks).Prefixed("Profile.")...)
	ps = append(ps, catalogueProblems(r, p)...)
	ps = append(ps, rules.Run(f, factsChecks).Prefixed("Facts.")...)
	ps = append(ps, rules.Run(caseInput{r.view(), f}, caseChecks)...)
	if resp != nil {
		ps = append(ps, rules.Run(*resp, responseChecks).Prefixed("Response.")...)
		ps = append(ps, rules.Run(reviewInput{r.view(), *resp}, reviewChecks)...)
	}
	ps.Sort()
	return ps.WithJSONPaths(problemRoot{}).Err()
}
