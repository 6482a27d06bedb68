package implementation

import (
	"fmt"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/internal/rules"
)

// InfoKind is the information a request of the Commission asks for: one of
// the items Information art., para. 1 names "in particular", other
// information under its chapeau, or the information of Functions art.,
// para. 3. The zero InfoKind is InfoUnknown.
type InfoKind uint8

// The kinds of information, in the order of the text.
const (
	InfoUnknown InfoKind = iota
	// InfoRequested: "such information as it may request as being necessary
	// and appropriate for the performance of its functions" (Information
	// art., para. 1), beyond the items (a)-(d).
	InfoRequested
	// InfoReport: "A report every five years on the working of the
	// Convention within each of their territories" (para. 1(a)).
	InfoReport
	// InfoLaws: "The text of all laws and regulations from time to time
	// promulgated in order to give effect to this Convention" (para. 1(b)).
	InfoLaws
	// InfoCases: "Information concerning cases or offenses arising under
	// this convention" (para. 1(c)).
	InfoCases
	// InfoAuthorities: "The, names and addresses of the governmental
	// authorities empowered to make or receive requests for international
	// cooperation" (para. 1(d)).
	InfoAuthorities
	// InfoMeasures: "information on its programmes, plans and practices, as
	// well as legislative and administrative measures to implement this
	// Convention, as required by the Commission" (Functions art., para. 3).
	InfoMeasures
	numInfoKinds
)

var infoTokens = tokens{"unknown", "requested", "report", "laws", "cases", "authorities", "measures"}

// infoDuty is the duty each kind of request triggers.
var infoDuty = [numInfoKinds]Term{InfoRequested: TermInfoRequested, InfoReport: TermInfoReport, InfoLaws: TermInfoLaws,
	InfoCases: TermInfoCases, InfoAuthorities: TermInfoAuthorities, InfoMeasures: TermInfoMeasures}

// IsValid reports whether k is a declared kind other than InfoUnknown.
func (k InfoKind) IsValid() bool { return k > InfoUnknown && k < numInfoKinds }

// Cite returns the paragraph providing for the information: Information
// art., para. 1 or 1(a)-(d), or Functions art., para. 3.
func (k InfoKind) Cite() convention.Citation {
	if !k.IsValid() {
		return convention.Citation{}
	}
	return infoDuty[k].Describe().Cite
}

// Duty returns the duty a request of this kind triggers.
func (k InfoKind) Duty() Term {
	if !k.IsValid() {
		return TermUnknown
	}
	return infoDuty[k]
}

// String returns the kind's token, e.g. "report".
func (k InfoKind) String() string { return infoTokens.name("InfoKind", int(k)) }

// MarshalText returns String's token.
func (k InfoKind) MarshalText() ([]byte, error) { return infoTokens.marshal("InfoKind", int(k)) }

// UnmarshalText accepts a token String returns.
func (k *InfoKind) UnmarshalText(b []byte) error {
	v, err := infoTokens.parse("information kind", b)
	*k = InfoKind(v)
	return err
}

// Request is a request of the Commission for information, as the
// Commission made it: what it asks for, and the manner, the date and the
// form it set (Information art., para. 2: "in such manner and by such dates
// and use such forms as the Commission may request"). These are the
// Commission's, never the library's: a request with no date is owed but
// never overdue. The zero Request is not valid.
type Request struct {
	// Ref names the request: the Commission's decision, questionnaire or
	// note ("CCPCJ questionnaire 2031"). Furnished items name it.
	Ref  string   `json:"ref"`
	Kind InfoKind `json:"kind"`
	// Made is the date of the request.
	Made convention.Date `json:"made"`
	// Due is the date by which the Commission asked for the information;
	// zero when it set none.
	Due convention.Date `json:"due,omitzero"`
	// Form is the form the Commission prescribed, if any; an answer must
	// name the form it used.
	Form string `json:"form,omitempty"`
	// Manner is how the Commission asked the information to be furnished
	// (through the Secretariat, on its portal), recorded as it said.
	Manner string `json:"manner,omitempty"`
}

// Item is one piece of information furnished: an answer to a request of
// the Commission, or a copy of laws under Confiscation art., para. 5. The
// zero Item is not valid.
type Item struct {
	// Title names the text or the matter ("Law No. 2031-17 on computer
	// crime", a report, a case reference).
	Title string `json:"title"`
	// Furnished is the date it was furnished.
	Furnished convention.Date `json:"furnished"`
	// Request is the Ref of the request it answers (empty for a copy under
	// Confiscation art., para. 5).
	Request string `json:"request,omitempty"`
	// Form is the form used, when the request prescribed one; an item
	// that names none is read as not using the form prescribed.
	Form string `json:"form,omitempty"`
	// Authorities are the authorities named in answer to a request of
	// Information art., para. 1(d).
	Authorities []Authority `json:"authorities,omitempty"`
}

// Authority is a governmental authority empowered to make or receive
// requests for international cooperation (Information art., para. 1(d)).
// The zero Authority is not valid.
type Authority struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

// Checklist is the information a State has been asked for and has
// furnished (Information art., paras. 1 and 2; Functions art., para. 3;
// Confiscation art., para. 5), as a typed checklist. Requests made, and
// items furnished, after the date assessed are not counted.
//
// Hostile sizes are linear: a checklist of any length is validated and
// assessed in time linear in its requests and items (a list of more than
// 32 is indexed by ref once; a shorter one is scanned, allocating nothing);
// 100,000 requests, each answered, take a few hundred milliseconds
// (BenchmarkAssessChecklistHostile).
//
// The zero Checklist has no party and is not valid.
type Checklist struct {
	Party convention.PartyID `json:"party"`
	// Requests are the Commission's requests for information made of the
	// State, each with its date, form and manner.
	Requests []Request `json:"requests,omitempty"`
	// Furnished is the information the State furnished in answer to them.
	Furnished []Item `json:"furnished,omitempty"`
	// ConfiscationLaws are copies of the laws and regulations giving effect
	// to the confiscation article, furnished to the Secretary-General
	// (Confiscation art., para. 5).
	ConfiscationLaws []Item `json:"confiscation_laws,omitempty"`
}

// shortList is the length up to which the checklist's lookups scan its
// lists, allocating nothing; a longer list is indexed by ref once, so that
// validating and assessing a checklist is linear in its length.
const shortList = 32

// refs indexes the checklist's requests by ref: the first request of each
// ref. It is nil for a short list, which is scanned instead.
type refs map[string]int

func (c *Checklist) refs() refs {
	if len(c.Requests) <= shortList {
		return nil
	}
	m := make(refs, len(c.Requests))
	for i := range c.Requests {
		if _, ok := m[c.Requests[i].Ref]; !ok {
			m[c.Requests[i].Ref] = i
		}
	}
	return m
}

// request returns the first request named ref, or nil.
func (c *Checklist) request(ix refs, ref string) *Request {
	if ix != nil {
		if i, ok := ix[ref]; ok {
			return &c.Requests[i]
		}
		return nil
	}
	for i := range c.Requests {
		if c.Requests[i].Ref == ref {
			return &c.Requests[i]
		}
	}
	return nil
}

func checkItem(it Item, i int) (string, error) {
	switch {
	case it.Title == "":
		return fmt.Sprintf("item %d: title", i), convention.ErrMissing
	case it.Furnished.IsZero():
		return fmt.Sprintf("item %d: date furnished", i), convention.ErrMissing
	}
	return "", nil
}

// checklistChecks is the table of Checklist.Validate.
var checklistChecks = []rules.Check[Checklist]{
	// "The States Parties shall furnish to the Commission such information"
	{Cite: cite(info, 1), Field: "Party", Quote: "The States Parties shall furnish to the Commission such information as it may request",
		Test: func(c Checklist) (string, error) {
			if c.Party.IsZero() {
				return "", convention.ErrMissing
			}
			return "", nil
		}},
	// "such information as it may request": each request named once, of a
	// kind, made on a date.
	{Cite: cite(info, 1), Field: "Requests", Quote: "such information as it may request as being necessary and appropriate for the performance of its functions",
		Test: func(c Checklist) (string, error) {
			ix := c.refs()
			for i, r := range c.Requests {
				switch {
				case r.Ref == "":
					return fmt.Sprintf("request %d: ref", i), convention.ErrMissing
				case !r.Kind.IsValid():
					return fmt.Sprintf("request %d: kind (requested, report, laws, cases, authorities or measures)", i), convention.ErrInvalid
				case r.Made.IsZero():
					return fmt.Sprintf("request %d: date made", i), convention.ErrMissing
				case ix != nil && ix[r.Ref] != i:
					return fmt.Sprintf("request %d: ref %q used twice", i, r.Ref), convention.ErrInconsistent
				}
				for j := 0; ix == nil && j < i; j++ {
					if c.Requests[j].Ref == r.Ref {
						return fmt.Sprintf("request %d: ref %q used twice", i, r.Ref), convention.ErrInconsistent
					}
				}
			}
			return "", nil
		}},
	// "by such dates ... as the Commission may request"
	{Cite: cite(info, 2), Field: "Requests", Quote: "by such dates and use such forms as the Commission may request",
		Test: func(c Checklist) (string, error) {
			for i, r := range c.Requests {
				if !r.Due.IsZero() && r.Due.Before(r.Made) {
					return fmt.Sprintf("request %d: due before it was made", i), convention.ErrInconsistent
				}
			}
			return "", nil
		}},
	// An answer names the request it answers, and the form it used where
	// one was prescribed.
	{Cite: cite(info, 2), Field: "Furnished", Quote: "shall furnish the information referred to in the preceding paragraph in such manner and by such dates and use such forms as the Commission may request",
		Test: func(c Checklist) (string, error) {
			ix := c.refs()
			for i, it := range c.Furnished {
				if d, err := checkItem(it, i); err != nil {
					return d, err
				}
				r := c.request(ix, it.Request)
				switch {
				case it.Request == "":
					return fmt.Sprintf("item %d: the request it answers", i), convention.ErrMissing
				case r == nil:
					return fmt.Sprintf("item %d: answers no listed request %q", i, it.Request), convention.ErrInconsistent
				}
				// An item that names no form where the request prescribed
				// one is a fact, not a malformed record: it does not show the
				// form used, and AssessChecklist reads it as another form
				// (Information art., para. 2, "use such forms").
			}
			return "", nil
		}},
	// "The, names and addresses of the governmental authorities"
	{Cite: point(info, 1, 'd'), Field: "Furnished", Quote: "names and addresses of the governmental authorities empowered to make or receive requests for international cooperation",
		Test: func(c Checklist) (string, error) {
			// An answer naming no authority is a fact (it furnishes none,
			// see AssessChecklist), not a malformed record; one named
			// without its name or address is malformed.
			for i, it := range c.Furnished {
				for j, a := range it.Authorities {
					switch {
					case a.Name == "":
						return fmt.Sprintf("item %d: authority %d: name", i, j), convention.ErrMissing
					case a.Address == "":
						return fmt.Sprintf("item %d: authority %d: address", i, j), convention.ErrMissing
					}
				}
			}
			return "", nil
		}},
	// "copies of its laws and regulations that give effect to this article"
	{Cite: cite(convention.ArtConfiscation, 5), Field: "ConfiscationLaws", Quote: "copies of its laws and regulations that give effect to this article and of any subsequent changes",
		Test: func(c Checklist) (string, error) {
			for i, it := range c.ConfiscationLaws {
				if d, err := checkItem(it, i); err != nil {
					return d, err
				}
			}
			return "", nil
		}},
}

// ChecklistRules returns the rules Checklist.Validate applies.
func ChecklistRules() []convention.RuleInfo { return rules.Infos(checklistChecks) }

// Validate reports every defect of the checklist: no party; a request
// without ref, kind or date, named twice, or due before it was made; an
// item without title or date, answering no listed request, or silent on
// the form a request prescribed; authorities without name or address.
func (c Checklist) Validate() error { return rules.Run(c, checklistChecks).Err() }

// InformationFacts are the facts on which the duties to furnish information
// depend. Each may be Unassessed.
type InformationFacts struct {
	// LawsPromulgated: has the State promulgated laws or regulations to
	// give effect to the Convention (Information art., para. 1(b))? A
	// request for "the text of all laws and regulations from time to time
	// promulgated" asks for nothing of a State that has promulgated none.
	LawsPromulgated convention.Judgement `json:"laws_promulgated"`
	// ConfiscationLaws: has the State laws or regulations giving effect to
	// the confiscation article, or changes to them (Confiscation art.,
	// para. 5)?
	ConfiscationLaws convention.Judgement `json:"confiscation_laws"`
	// ConfiscationLawsChanged is the date of the latest change to those
	// laws and regulations, zero when there has been none (or it is not
	// recorded): "and of any subsequent changes to such laws and
	// regulations" asks a copy (or description) of the change, that is, an
	// item furnished on or after this date.
	ConfiscationLawsChanged convention.Date `json:"confiscation_laws_changed,omitzero"`
}

// ChecklistResult is the assessment of a checklist: the duties to furnish
// information that apply, those not met (Violations), and the facts still
// needed; with the count of requests answered late, overdue and pending.
type ChecklistResult struct {
	convention.Result[Term]
	// Overdue counts the requests past their due date and unanswered,
	// FirstOverdue is the due date of the first; Late counts the requests
	// answered after their due date; Pending the requests not yet
	// answered and not overdue (not yet due, or with no date set).
	Overdue, Late, Pending int
	FirstOverdue           convention.Date
}

// AssessChecklist checks the information a State has furnished, on asOf,
// against its duties under Information art., paras. 1 and 2, Functions
// art., para. 3 and Confiscation art., para. 5.
//
// Reading Information art., para. 1. "The States Parties shall furnish to
// the Commission such information as it may request as being necessary and
// appropriate for the performance of its functions, and in particular:
// (a) ... (d)": the items (a) to (d) hang on the chapeau; each is
// information the Commission may request, and each is owed as and when the
// Commission requests it. None is owed from the first day and none only on
// request: the text gives no reason to treat them apart. A request for the
// laws of (b) asks for nothing of a State that has promulgated none; what
// case information to withhold under (c) ("without prejudice to the need
// ... to protect sensitive law enforcement information") is the State's
// call. Functions art., para. 3 ("as required by the Commission") is read
// alike. Paragraph 2 ("in such manner and by such dates and use such forms
// as the Commission may request") makes the Commission's request the
// measure: the dates and forms come from the checklist's requests, never
// from the library (the five-year rhythm of para. 1(a) is the Calendar's,
// for planning). Confiscation art., para. 5 is different in its words: each
// State Party "shall furnish copies of its laws" to the Secretary-General,
// with no request; it is owed once such laws exist, and anew after each
// change ("and of any subsequent changes to such laws and regulations"):
// with InformationFacts.ConfiscationLawsChanged set, only a copy furnished
// on or after that date meets it.
//
// These duties bind States Parties: for a State that is not a Party on
// asOf the outcome is NotApplicable (a Member State not a Party "is
// encouraged" to provide the information of Functions art., para. 3). A
// request whose date passed while the State was not a Party (made of it
// before the Convention entered into force for it, or due in a gap between
// participations) is not counted: a lapse of a date that did not bind it
// breaches nothing (Articles on Responsibility of States for
// Internationally Wrongful Acts, art. 13).
// Otherwise, for each request made by asOf: its duty applies; an answer
// furnished by asOf meets it, late if after the due date, and on the wrong
// form if not on the form prescribed (both breaches of para. 2); with no
// answer, the request is overdue once its due date has passed (a breach of
// the item's duty) and pending until then, or for good when no date was
// set. NotSatisfied when a duty is breached (each listed in Violations);
// Undetermined while a fact on which a duty depends is unassessed and its
// answer decides: the laws of para. 1(b) not furnished by the date, or
// furnished late or on another form (a lapse of para. 2 only if laws were
// owed); Satisfied otherwise.
//
// The error is the Problems of the checklist and facts, or a Problem when
// the ledger does not know the party (an unknown State is not "not a
// Party"). It allocates nothing.
func AssessChecklist(l convention.Ledger, c Checklist, f InformationFacts, asOf convention.Date) (ChecklistResult, error) {
	ps := rules.Run(c, checklistChecks)
	ps = append(ps, rules.Run(f, factChecks)...)
	if len(ps) > 0 {
		ps.Sort()
		return ChecklistResult{}, ps
	}
	if err := l.Known(c.Party); err != nil {
		return ChecklistResult{}, err
	}
	r := assessChecklist(l, c, f, asOf)
	if r.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&r.Result, func(t Term, j convention.Judgement) convention.Outcome {
			g := f
			switch t {
			case TermLawsPromulgated:
				g.LawsPromulgated = j
			case TermConfiscationLaws:
				g.ConfiscationLaws = j
			}
			return assessChecklist(l, c, g, asOf).Outcome
		})
	}
	return r, nil
}

var factChecks = []rules.Check[InformationFacts]{
	{Cite: point(info, 1, 'b'), Field: "LawsPromulgated", Quote: "laws and regulations from time to time promulgated",
		Test: func(f InformationFacts) (string, error) { return valid(f.LawsPromulgated) }},
	{Cite: cite(convention.ArtConfiscation, 5), Field: "ConfiscationLaws", Quote: "its laws and regulations that give effect to this article",
		Test: func(f InformationFacts) (string, error) { return valid(f.ConfiscationLaws) }},
	{Cite: cite(convention.ArtConfiscation, 5), Field: "ConfiscationLawsChanged", Quote: "and of any subsequent changes to such laws and regulations",
		Test: func(f InformationFacts) (string, error) {
			if !f.ConfiscationLawsChanged.IsZero() && f.ConfiscationLaws == convention.No {
				return "a change to laws the State judges it does not have", convention.ErrInconsistent
			}
			return "", nil
		}},
}

func valid(j convention.Judgement) (string, error) {
	if !j.IsValid() {
		return "a judgement is yes, no or unassessed", convention.ErrInvalid
	}
	return "", nil
}

// answers indexes the items furnished by asOf by the request they answer:
// the first furnished of each. It is nil for a short list, which is
// scanned instead.
type answers map[string]int

func (c *Checklist) answers(asOf convention.Date) answers {
	if len(c.Furnished) <= shortList {
		return nil
	}
	m := make(answers, len(c.Requests))
	for i, it := range c.Furnished {
		if it.Furnished.After(asOf) {
			continue
		}
		if j, ok := m[it.Request]; !ok || it.Furnished.Before(c.Furnished[j].Furnished) {
			m[it.Request] = i
		}
	}
	return m
}

// answer returns the first item furnished by asOf in answer to request ref.
func (c *Checklist) answer(ix answers, ref string, asOf convention.Date) (Item, bool) {
	if ix != nil {
		if i, ok := ix[ref]; ok {
			return c.Furnished[i], true
		}
		return Item{}, false
	}
	var best Item
	found := false
	for _, it := range c.Furnished {
		if it.Request == ref && !it.Furnished.After(asOf) && (!found || it.Furnished.Before(best.Furnished)) {
			best, found = it, true
		}
	}
	return best, found
}

func assessChecklist(l convention.Ledger, c Checklist, f InformationFacts, asOf convention.Date) ChecklistResult {
	out := ChecklistResult{Result: convention.Result[Term]{Cite: cite(info, 1), Date: asOf, DateLabel: "as of"}}
	r := &out.Result
	if !decide.TestBool(r, TermIsParty, l.IsParty(c.Party, asOf)) {
		r.Outcome, r.Cite = convention.NotApplicable, cite(convention.ArtFunctions, 3)
		return out
	}
	// onTime and forms are the facts (every request answered by its date,
	// on its form); lateBreach and formBreach whether a lapse breaches
	// para. 2, which it does not where nothing was owed.
	requested, onTime, forms, lateBreach, formBreach := false, true, true, false, false
	ix := c.answers(asOf)
	for i := range c.Requests {
		req := &c.Requests[i]
		if req.Made.After(asOf) {
			continue
		}
		if !req.Due.IsZero() && !req.Due.After(asOf) && !l.IsParty(c.Party, req.Due) {
			// The date set passed while the State was not bound: no lapse
			// of it is a breach (a State breaches only an obligation that
			// binds it when the act occurs).
			continue
		}
		requested = true
		duty := req.Kind.Duty()
		if req.Kind == InfoLaws && decide.Test(r, TermLawsPromulgated, f.LawsPromulgated) == convention.No {
			continue // no laws promulgated: nothing to furnish, no duty owed
		}
		r.Duties = r.Duties.With(duty).With(TermInfoManner)
		it, answered := c.answer(ix, req.Ref, asOf)
		if answered && req.Kind == InfoAuthorities && len(it.Authorities) == 0 {
			// Para. 1(d), "names and addresses of the governmental
			// authorities": an answer that names none furnishes none.
			answered = false
		}
		switch {
		case answered:
			late := !req.Due.IsZero() && it.Furnished.After(req.Due)
			wrongForm := req.Form != "" && it.Form != req.Form
			if late {
				out.Late++
				onTime = false
			}
			if wrongForm {
				forms = false
			}
			if (late || wrongForm) && req.Kind == InfoLaws && f.LawsPromulgated == convention.Unassessed {
				// A lapse of manner breaches para. 2 only if the laws were
				// owed: whether any were promulgated decides.
				decide.Need(r, TermLawsPromulgated, convention.Unassessed)
				continue
			}
			lateBreach = lateBreach || late
			formBreach = formBreach || wrongForm
		case req.Due.IsZero() || !asOf.After(req.Due):
			out.Pending++
		case req.Kind == InfoLaws && f.LawsPromulgated == convention.Unassessed:
			decide.Need(r, TermLawsPromulgated, convention.Unassessed)
		default:
			if out.Overdue == 0 || req.Due.Before(out.FirstOverdue) {
				out.FirstOverdue = req.Due
			}
			out.Overdue++
			onTime = false
			r.Violations = r.Violations.With(duty)
		}
	}
	decide.TestBool(r, TermRequested, requested)
	if requested {
		if !decide.TestBool(r, TermAnsweredOnTime, onTime) && lateBreach {
			r.Violations = r.Violations.With(TermInfoManner)
		}
		if !decide.TestBool(r, TermFormsUsed, forms) && formBreach {
			r.Violations = r.Violations.With(TermInfoManner)
		}
	}
	// A copy furnished by asOf, and after the latest change made by asOf:
	// "copies of its laws and regulations ... and of any subsequent
	// changes".
	since := f.ConfiscationLawsChanged
	if since.After(asOf) {
		since = convention.Date{}
	}
	has := false
	for _, it := range c.ConfiscationLaws {
		if !it.Furnished.After(asOf) && !it.Furnished.Before(since) {
			has = true
		}
	}
	switch decide.Test(r, TermConfiscationLaws, f.ConfiscationLaws) {
	case convention.Yes:
		r.Duties = r.Duties.With(TermInfoConfiscation)
		if !has {
			r.Violations = r.Violations.With(TermInfoConfiscation)
		}
	case convention.Unassessed:
		if !has {
			decide.Need(r, TermConfiscationLaws, convention.Unassessed)
		}
	}
	switch {
	case !r.Violations.IsEmpty():
		r.Outcome = convention.NotSatisfied
		r.Needed = convention.Set[Term]{}
	case !r.Needed.IsEmpty():
		r.Outcome = convention.Undetermined
	default:
		r.Outcome = convention.Satisfied
	}
	return out
}

// Explain renders the assessment, with the count of requests overdue, late
// and pending, and the encouragement addressed to Member States not
// Parties.
func (c ChecklistResult) Explain() convention.Explanation {
	e := c.Result.Explain()
	e.Decision = "information to be furnished"
	if c.Outcome == convention.NotApplicable {
		e.Notes = append(e.Notes, "a Member State not a Party is encouraged to provide the information of Functions art., para. 3")
	}
	if c.Outcome != convention.NotApplicable && c.Answer(TermRequested) == convention.No {
		e.Notes = append(e.Notes, "no request of the Commission by the date assessed: the information of Information art., para. 1 is owed as the Commission requests it")
	}
	if c.Overdue > 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("%d request(s) overdue, the first due by %s", c.Overdue, c.FirstOverdue))
	}
	if c.Late > 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("%d request(s) answered after the date the Commission set", c.Late))
	}
	if c.Pending > 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("%d request(s) not yet answered, not overdue", c.Pending))
	}
	return e
}

// String renders Explain as text.
func (c ChecklistResult) String() string { return c.Explain().String() }
