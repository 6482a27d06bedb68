package confiscation

import (
	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/internal/decide"
	"github.com/treatyrules/cybercrime/mla"
)

// Prepared is a request read once as the requested State received it,
// against the article and the MLA art. it applies, with the requested
// State's Profile, ready to be decided as often as the requested State's
// judgements come in: each new Facts, each proposed Response, then costs
// only its own validation and the decision, without reading the request
// again and without allocating.
//
// Assess and Review are Prepare followed by Prepared.Assess and
// Prepared.Review.
//
// The zero Prepared is a request not yet prepared: its decisions are the
// zero Decision (OutcomeUnknown, nothing decided).
type Prepared struct {
	r   Request
	p   Profile
	mla mla.Prepared
	// base is the part of the inputs the request and profile fix.
	base inputs
	// value compares the property's estimated value with the State's de
	// minimis threshold (para. 7), once.
	value Valuation
	ok    bool
}

// Prepare reads r as the requested State received it with the requested
// State's profile p: the rules of the article (para. 3; Rules) and of the
// MLA art. it applies mutatis mutandis (mla.Prepare), the requested
// State's catalogue of offences (Profile.Recognised: an offence named as
// established under the Convention that the catalogue does not declare is
// invalid, cited to para. 7), the profile itself (p.Validate), and the
// comparison of the estimated value of the property with the State's de
// minimis threshold, done once (para. 7).
//
// A request that is not made in conformity with the article (an element
// para. 3(a), (b) or (c) or MLA art., para. 16 says it "shall contain"
// lacking; an order that is not the court's order of confiscation para.
// 1(b) requires; an oral request or a request through INTERPOL without
// urgency; no language given) is prepared, and its decisions decide that
// lack of conformity (MLA art., paras. 17 and 22(a), mutatis mutandis).
// The error is only the Problems that keep the library from deciding, with
// their JSON paths: undeclared values, no States or offences, inconsistent
// dates or references, offences the catalogue does not declare, p's
// problems (fields prefixed "Profile."), and an estimated value in a
// currency the threshold gives no rate for (amounts in different
// currencies are never compared without a rate).
func Prepare(r Request, p Profile) (Prepared, error) {
	incomplete, err := r.receive(p.Recognised)
	mp, merr := prepareMLA(&r, &p)
	ps := p.problems()
	if err == nil && merr == nil && len(ps) == 0 {
		if qs := p.DeMinimis.comparable(r.Property); len(qs) > 0 {
			return Prepared{}, qs.WithJSONPaths(Request{}).Err()
		}
		pr := Prepared{r: r, p: p, mla: mp, base: requestInputs(&r, &p, incomplete), ok: true}
		pr.value = p.DeMinimis.valuation(r.Property)
		return pr, nil
	}
	own := append(convention.AsProblems(err), ps.Prefixed("Profile.")...)
	return Prepared{}, merge(own, merr).Err()
}

// Request returns the request prepared.
func (pr *Prepared) Request() Request { return pr.r }

// Profile returns the requested State's profile the request was prepared
// with.
func (pr *Prepared) Profile() Profile { return pr.p }

// Assess decides the prepared request on the requested State's judgements
// f, as [Assess] does. The error is only f's Problems (Facts.Validate, and
// judgements on more offences than the request names; fields prefixed
// "Facts.").
func (pr *Prepared) Assess(f Facts) (Decision, error) {
	if ps := f.problems(len(pr.r.Offences)); len(ps) > 0 {
		return Decision{}, merge(ps.Prefixed("Facts."), nil).Err()
	}
	if !pr.ok {
		return Decision{}, nil
	}
	return pr.assess(&f)
}

// assess decides on judgements f that Facts.problems found valid; they are
// then valid under the MLA art. too (mla.Facts.Validate), and an error of
// the MLA art. is returned as found.
func (pr *Prepared) assess(f *Facts) (Decision, error) {
	md, err := pr.mla.Assess(f.Facts)
	if err != nil {
		return Decision{}, err
	}
	in := pr.inputs(f)
	d, _ := in.assess(&md)
	pr.label(&d, f)
	if d.Outcome == convention.Undetermined {
		decide.ResolveNeeded(&d.Result, func(t Term, j judgement) convention.Outcome {
			c, md2, ok := pr.vary(in, f, &md, t, j)
			if !ok {
				return convention.Undetermined
			}
			d2, _ := c.assess(&md2)
			return d2.Outcome
		})
	}
	return d, nil
}

// inputs reads the prepared request and profile with the judgements f.
func (pr *Prepared) inputs(f *Facts) inputs {
	in := pr.base
	in.withFacts(f, &pr.value)
	return in
}

// label records in d what its explanation quotes from the inputs.
func (pr *Prepared) label(d *Decision, f *Facts) {
	d.Basis = pr.r.Basis
	d.offences = pr.r.Offences
	d.disc = f.Discrimination
	d.DeMinimis = pr.value
	d.DeMinimis.Judged = f.DeMinimisValue
}

// vary returns the inputs and the MLA art.'s assessment with the one fact
// that test t reads set to j, for what-ifs: a fact of the article in the
// inputs, a fact of the MLA art. (or of Cooperation art., para. 3) by
// deciding the MLA art. again. ok is false when the MLA art. cannot decide
// the varied case.
func (pr *Prepared) vary(in inputs, f *Facts, md *mla.Decision, t Term, j judgement) (inputs, mla.Decision, bool) {
	in.set(t, j)
	if t.MLA() == mla.TermUnknown {
		return in, *md, true
	}
	p2, f2 := pr.p.Profile, f.Facts
	var buf [MaxOffences]mla.OffenceFacts
	if t == TestDualCriminality {
		// Every offence whose conduct is still unassessed (mla.Facts holds
		// one entry per offence).
		n := copy(buf[:], f.Offences)
		n = max(n, min(len(pr.r.Offences), MaxOffences))
		for i := range buf[:n] {
			if buf[i].Requested.Criminal == unassessed {
				buf[i].Requested.Criminal = j
			}
		}
		f2.Offences = buf[:n]
	}
	setMLA(&p2, &f2, pr.r.Language, t, j)
	switch t {
	case TestTreatyBound, TestArticleInLieu, TestLanguage:
		// Facts of the profile: the MLA art. reads the request anew.
		p2.Recognised = convention.Catalogue{}
		m2, err := mla.Prepare(pr.mla.Request(), p2)
		if err != nil {
			return in, mla.Decision{}, false
		}
		md2, err := m2.Assess(f2)
		return in, md2, err == nil
	}
	md2, err := pr.mla.Assess(f2)
	return in, md2, err == nil
}
