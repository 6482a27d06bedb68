package implementation_test

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/treatyrules/cybercrime/convention"
	"github.com/treatyrules/cybercrime/convention/conventiontest"
	"github.com/treatyrules/cybercrime/implementation"
	"github.com/treatyrules/cybercrime/implementation/implementationtest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var d = convention.MustDate

// fixture is a UNTOC-shaped ledger: 45 States; the fortieth instrument on
// 2003-07-01 (in force 2003-09-29); CCK (states[40]) deposits 2003-10-01
// (in force 2003-10-31); CHN (states[43]) accedes on 2028-01-30 (in force
// 2028-02-29); CIV (states[44]) never deposits; AUS (states[14]) denounces
// on 2015-01-01 (effective 2016-01-01).
func fixture(tb testing.TB) (convention.Ledger, []convention.PartyID) {
	s := conventiontest.States(45)
	var parties []convention.Party
	var acts []convention.Action
	for i, id := range s {
		parties = append(parties, convention.Party{ID: id})
		switch {
		case i < 39:
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: id, Date: d("2001-01-01").AddDays(10 * i)})
		case i == 39:
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: id, Date: d("2003-07-01")})
		case i == 40:
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: id, Date: d("2003-10-01")})
		case i == 43:
			acts = append(acts, convention.Action{Kind: convention.ActionAccession, Party: id, Date: d("2028-01-30")})
		}
	}
	acts = append(acts, convention.Action{Kind: convention.ActionDenunciation, Party: s[14], Date: d("2015-01-01")})
	l, err := convention.Build(parties, acts)
	require.NoError(tb, err)
	return l, s
}

func TestCatalogueStrengthsAndCitations(t *testing.T) {
	tests := []struct {
		name string
		term implementation.Term
		want convention.Strength
	}{
		{"training para. 1: shall, to the extent necessary", implementation.TermTrainingProgrammes, convention.Shall},
		{"training para. 1: programmes may include secondments", implementation.TermTrainingSecondments, convention.May},
		{"technical assistance para. 2(a): shall make concrete efforts", implementation.TermAssistanceDeveloping, convention.ShallEndeavour},
		{"technical assistance para. 4: may conclude agreements", implementation.TermAssistanceAgreements, convention.May},
		{"prevention para. 1: shall endeavour", implementation.TermPreventionProjects, convention.ShallEndeavour},
		{"prevention para. 5: shall, as appropriate, collaborate", implementation.TermPreventionCollaboration, convention.Shall},
		{"society para. 1(a): participation should be strengthened", implementation.TermSocietyTransparency, convention.Encouraged},
		{"society para. 1(b): information may be disseminated through the mass media", implementation.TermSocietyMassMedia, convention.May},
		{"society para. 1(b): information shall include measures to promote public participation", implementation.TermSocietyIncludeParticipation, convention.Shall},
		{"society para. 2: shall take appropriate measures to ensure that the bodies are known", implementation.TermSocietyReporting, convention.Shall},
		{"society para. 2: and shall provide access, where appropriate, for the reporting", implementation.TermSocietyReportingAccess, convention.Shall},
		{"private sector (b): measures may include", implementation.TermPrivateAlerts, convention.May},
		{"victims para. 3: shall take into account", implementation.TermVictimsVulnerable, convention.Shall},
		{"implementation para. 2: may adopt stricter measures", implementation.TermStricterMeasures, convention.May},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.term.Strength())
		})
	}
	entries := implementation.Catalogue()
	require.Len(t, entries, 41)
	chapters := map[convention.Article]bool{}
	for i, e := range entries {
		assert.True(t, convention.Registered(e.Cite), e.Name)
		assert.NotEqual(t, convention.ShallConsider, e.Strength, "the chapters use no \"shall consider\"")
		assert.True(t, e.Strength.IsValid(), e.Name)
		if i > 0 {
			assert.LessOrEqual(t, entries[i-1].Cite.Compare(e.Cite), 0, "order of the text")
		}
		chapters[e.Cite.Article()] = true
	}
	for _, a := range []convention.Article{convention.ArtTraining, convention.ArtTechnicalAssistance, convention.ArtPrevention,
		convention.ArtSociety, convention.ArtPrivateSector, convention.ArtVictims, convention.ArtImplementation} {
		assert.True(t, chapters[a], a.String())
	}
}

func TestTermsRegisteredAndNamed(t *testing.T) {
	names := map[string]bool{}
	for _, term := range convention.TermsOf[implementation.Term]() {
		desc := term.Describe()
		assert.True(t, convention.Registered(desc.Cite), "%s: %s", term, desc.Cite)
		assert.False(t, names[desc.Name], desc.Name)
		names[desc.Name] = true
		assert.Equal(t, desc.Name, term.String())
	}
	assert.Equal(t, "Term(200)", implementation.Term(200).String())
	assert.Equal(t, convention.StrengthUnknown, implementation.Term(200).Strength())
	// The first value past the last declared term is undeclared too.
	var last implementation.Term
	for _, term := range convention.TermsOf[implementation.Term]() {
		last = max(last, term)
	}
	next := last + 1
	assert.Equal(t, "Term("+strconv.Itoa(int(next))+")", next.String())
	assert.Equal(t, convention.StrengthUnknown, next.Strength())
	assert.Equal(t, implementation.BearerUnknown, next.Bearer())
	assert.Empty(t, next.Qualifier())
	assert.Zero(t, next.Describe())
	for _, rs := range [][]convention.RuleInfo{implementation.AssessmentRules(), implementation.ChecklistRules(), implementation.DecisionRules()} {
		for _, r := range rs {
			assert.True(t, convention.Registered(r.Cite), r.Cite.String())
		}
	}
	for _, b := range []implementation.Body{implementation.Commission, implementation.Council, implementation.GeneralAssembly} {
		assert.True(t, convention.Registered(b.Cite()), b.String())
		var got implementation.Body
		txt, err := b.MarshalText()
		require.NoError(t, err)
		require.NoError(t, got.UnmarshalText(txt))
		assert.Equal(t, b, got)
	}
	for _, k := range []implementation.EventKind{implementation.EventMidTermReview, implementation.EventMinisterialReview,
		implementation.EventAnnualDiscussion, implementation.EventReport} {
		assert.True(t, convention.Registered(k.Cite()), k.String())
		var got implementation.EventKind
		txt, err := k.MarshalText()
		require.NoError(t, err)
		require.NoError(t, got.UnmarshalText(txt))
		assert.Equal(t, k, got)
	}
	for _, task := range implementation.SecretariatTasks() {
		assert.Equal(t, implementation.BearerSecretariat, task.Bearer())
		assert.True(t, convention.Registered(task.Describe().Cite))
	}
	assert.Equal(t, "United Nations Office on Drugs and Crime", implementation.Secretariat)
	assert.Equal(t, "United Nations", implementation.ExpensesBorneBy)
	assert.Equal(t, implementation.GeneralAssembly, implementation.ExpensesDecidedBy)
}

// TestCatalogueGolden keeps the catalogue as a lawyer reads it in
// testdata/catalogue.golden; refresh with -update.
func TestCatalogueGolden(t *testing.T) {
	var b strings.Builder
	b.WriteString("# The obligations catalogue: paragraph | strength | bearer | qualifier | obligation\n")
	for _, e := range implementation.Catalogue() {
		b.WriteString(e.Cite.String() + " | " + e.Strength.String() + " | " + e.Bearer + " | " + e.Qualifier + " | " + e.Text + "\n")
	}
	const path = "testdata/catalogue.golden"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}

func TestSelfAssessImplementationPara1(t *testing.T) {
	fra := convention.MustPartyID("FRA")
	all := convention.SetOf(implementationtest.Catalogued()...)
	tests := []struct {
		name      string
		a         implementation.Assessment
		want      convention.Outcome
		lacks     int
		mayChoose int
	}{
		{"implementation para. 1: everything in place", implementation.Assessment{Party: fra, Has: all}, convention.Satisfied, 0, 0},
		{"implementation para. 1: nothing in place", implementation.Assessment{Party: fra}, convention.NotSatisfied, 29, 12},
		{"training para. 1: a qualifier excuses programmes judged not necessary",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermTrainingProgrammes), NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)},
			convention.Satisfied, 0, 0},
		{"implementation para. 2: stricter measures are an option, never lacking",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermStricterMeasures)}, convention.Satisfied, 0, 1},
		{"society para. 1(b): \"shall include measures to promote public participation\" is owed, not merely encouraged",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermSocietyIncludeParticipation)}, convention.NotSatisfied, 1, 0},
		{"society para. 1(b): owed where information is disseminated; a State that judges it disseminates none is excused",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermSocietyIncludeParticipation),
				NotRequired: convention.SetOf(implementation.TermSocietyIncludeParticipation)}, convention.Satisfied, 0, 0},
		{"society para. 1(b): \"may be disseminated where appropriate through the mass media\" is an option",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermSocietyMassMedia)}, convention.Satisfied, 0, 1},
		{"society para. 2: access \"where appropriate\": a State may judge the qualifier excludes it",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermSocietyReportingAccess),
				NotRequired: convention.SetOf(implementation.TermSocietyReportingAccess)}, convention.Satisfied, 0, 0},
		{"society para. 2: making the bodies known has no qualifier: lacking if not done",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermSocietyReporting)}, convention.NotSatisfied, 1, 0},
		{"prevention para. 3: an obligation of effort not made is lacking",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermPreventionReintegration)}, convention.NotSatisfied, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.SelfAssess(tc.a)
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, tc.lacks, r.Lacks.Len())
			assert.Equal(t, tc.mayChoose, r.MayChoose.Len())
		})
	}
}

// TestSelfAssessPartitionsTheCatalogue: every catalogued obligation is in
// exactly one of has, lacks, excused and may-choose; an option is never
// lacking; the outcome is Satisfied exactly when nothing is lacking.
func TestSelfAssessPartitionsTheCatalogue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := implementationtest.Assessment().Draw(t, "Assessment")
		r, err := implementation.SelfAssess(a)
		require.NoError(t, err)
		for _, term := range implementationtest.Catalogued() {
			n := 0
			for _, s := range []convention.Set[implementation.Term]{r.Has, r.Lacks, r.Excused, r.MayChoose} {
				if s.Has(term) {
					n++
				}
			}
			require.Equal(t, 1, n, term.String())
			if s := term.Strength(); s == convention.May || s == convention.Encouraged {
				require.False(t, r.Lacks.Has(term), "an option is never lacking: %s", term)
			}
		}
		require.Equal(t, r.Lacks.IsEmpty(), r.Outcome == convention.Satisfied)
	})
}

// TestSelfAssessMoreMeasuresNeverWorse: taking up one more measure never
// adds to what a State lacks, save that training programmes a State now
// has, where it judged none necessary, bring the matters "Such programmes
// shall deal ... with" (Training art., para. 1(a)-(f)) and nothing else.
func TestSelfAssessMoreMeasuresNeverWorse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := implementationtest.Assessment().Draw(t, "Assessment")
		term := rapid.SampledFrom(implementationtest.Catalogued()).Draw(t, "More")
		before, err := implementation.SelfAssess(a)
		require.NoError(t, err)
		a.Has, a.NotRequired = a.Has.With(term), a.NotRequired.Without(term)
		after, err := implementation.SelfAssess(a)
		require.NoError(t, err)
		added := after.Lacks.Minus(before.Lacks)
		if term == implementation.TermTrainingProgrammes {
			added = added.Minus(trainingContents)
		}
		require.True(t, added.IsEmpty(), added.String())
	})
}

// trainingContents are the matters of Training art., para. 1(a)-(f).
var trainingContents = convention.SetOf(implementation.TermTrainingPrevention, implementation.TermTrainingProceeds,
	implementation.TermTrainingEvidence, implementation.TermTrainingTechniques, implementation.TermTrainingTracing,
	implementation.TermTrainingProtection)

// TestTrainingPara1SuchProgrammesShallDeal: "Each State Party shall, to the
// extent necessary, initiate, develop or improve specific training
// programmes ... Such programmes shall deal, in particular and to the
// extent permitted by domestic law, with the following": the matters (a)
// to (f) are owed by the programmes. Where the State judges no programmes
// necessary, none of them is lacking; where it has programmes, or lacks
// them without excuse, each matter not dealt with is lacking, unless the
// State judges domestic law does not permit it.
func TestTrainingPara1SuchProgrammesShallDeal(t *testing.T) {
	fra := convention.MustPartyID("FRA")
	all := convention.SetOf(implementationtest.Catalogued()...)
	without := all.Minus(trainingContents)
	tests := []struct {
		name    string
		a       implementation.Assessment
		want    convention.Outcome
		lacks   convention.Set[implementation.Term]
		excused convention.Set[implementation.Term]
	}{
		{"no programmes necessary: \"such programmes\" owe nothing",
			implementation.Assessment{Party: fra, Has: without.Without(implementation.TermTrainingProgrammes),
				NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)},
			convention.Satisfied, convention.Set[implementation.Term]{}, trainingContents.With(implementation.TermTrainingProgrammes)},
		{"programmes had: each matter not dealt with is lacking",
			implementation.Assessment{Party: fra, Has: without},
			convention.NotSatisfied, trainingContents, convention.Set[implementation.Term]{}},
		{"programmes lacking without excuse: so are their matters",
			implementation.Assessment{Party: fra, Has: without.Without(implementation.TermTrainingProgrammes)},
			convention.NotSatisfied, trainingContents.With(implementation.TermTrainingProgrammes), convention.Set[implementation.Term]{}},
		{"programmes had: \"to the extent permitted by domestic law\" excuses a matter the State judges its law does not permit",
			implementation.Assessment{Party: fra, Has: all.Without(implementation.TermTrainingTechniques),
				NotRequired: convention.SetOf(implementation.TermTrainingTechniques)},
			convention.Satisfied, convention.Set[implementation.Term]{}, convention.SetOf(implementation.TermTrainingTechniques)},
		{"no programmes necessary: a matter dealt with all the same is had",
			implementation.Assessment{Party: fra, Has: without.Without(implementation.TermTrainingProgrammes).With(implementation.TermTrainingEvidence),
				NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)},
			convention.Satisfied, convention.Set[implementation.Term]{}, trainingContents.Without(implementation.TermTrainingEvidence).With(implementation.TermTrainingProgrammes)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := implementation.SelfAssess(tc.a)
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Outcome, r.String())
			assert.Equal(t, tc.lacks, r.Lacks, r.String())
			assert.Equal(t, tc.excused, r.Excused, r.String())
			assert.False(t, r.MayChoose.Has(implementation.TermTrainingPrevention), "a matter the programmes shall deal with is never an option")
		})
	}
}

func TestAssessmentRulesEachBrokenAlone(t *testing.T) {
	base := implementation.Assessment{Party: convention.MustPartyID("FRA")}
	require.NoError(t, base.Validate())
	tests := []struct {
		name  string
		field string
		a     implementation.Assessment
	}{
		{"implementation para. 1: no party", "Party", implementation.Assessment{}},
		{"implementation para. 1: not a catalogued obligation", "Has", implementation.Assessment{Party: base.Party, Has: convention.SetOf(implementation.TermInfoLaws)}},
		{"implementation para. 1: an unqualified obligation judged not required", "NotRequired",
			implementation.Assessment{Party: base.Party, NotRequired: convention.SetOf(implementation.TermVictimsRights)}},
		{"implementation para. 1: met and not required", "NotRequired",
			implementation.Assessment{Party: base.Party, Has: convention.SetOf(implementation.TermTrainingProgrammes), NotRequired: convention.SetOf(implementation.TermTrainingProgrammes)}},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := convention.AsProblems(tc.a.Validate())
			require.Len(t, ps, 1, ps.Strings())
			assert.Equal(t, tc.field, ps[0].Field)
			assert.Equal(t, convention.Cite(convention.ArtImplementation, 1), ps[0].Cite)
			seen[tc.field] = true
		})
	}
	for _, r := range implementation.AssessmentRules() {
		assert.True(t, seen[r.Field], r.Field)
	}
}

// TestSelfAssessEveryCatalogueEntryOnBothSides takes each obligation and
// option of the catalogue alone, from a State that has everything else: a
// binding obligation ("shall", "shall endeavour", "shall make concrete
// efforts") not met is lacking, and met is had; its qualifier ("to the
// extent necessary", "as appropriate", "where appropriate") lets the State
// judge it excused, and an unqualified one cannot be excused; an option
// ("may", "should") not taken up is never lacking.
func TestSelfAssessEveryCatalogueEntryOnBothSides(t *testing.T) {
	fra := convention.MustPartyID("FRA")
	all := convention.SetOf(implementationtest.Catalogued()...)
	for _, e := range implementation.Catalogue() {
		t.Run(e.Cite.String()+" "+e.Name, func(t *testing.T) {
			met, err := implementation.SelfAssess(implementation.Assessment{Party: fra, Has: all})
			require.NoError(t, err)
			assert.True(t, met.Has.Has(e.Term))
			assert.Equal(t, convention.Satisfied, met.Outcome)

			missing, err := implementation.SelfAssess(implementation.Assessment{Party: fra, Has: all.Without(e.Term)})
			require.NoError(t, err)
			binding := e.Strength == convention.Shall || e.Strength == convention.ShallEndeavour
			assert.Equal(t, binding, missing.Lacks.Has(e.Term), "%s: lacking exactly when binding", e.Strength)
			assert.Equal(t, !binding, missing.MayChoose.Has(e.Term))

			excused := implementation.Assessment{Party: fra, Has: all.Without(e.Term), NotRequired: convention.SetOf(e.Term)}
			r, err := implementation.SelfAssess(excused)
			if binding && e.Qualifier != "" {
				require.NoError(t, err, "qualifier %q", e.Qualifier)
				assert.True(t, r.Excused.Has(e.Term))
				assert.Equal(t, convention.Satisfied, r.Outcome)
			} else {
				assertCites(t, err, convention.Cite(convention.ArtImplementation, 1))
			}
		})
	}
}

// TestFidelityTableNamesRealTests: the fidelity table of the package
// documentation names only tests and examples that exist, and has a row for
// every paragraph of the chapters the package encodes.
func TestFidelityTableNamesRealTests(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "# Fidelity")
	require.GreaterOrEqual(t, start, 0)
	table := text[start:]
	files, err := filepath.Glob("*_test.go")
	require.NoError(t, err)
	funcs := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil {
				funcs[fn.Name.Name] = true
			}
		}
	}
	for _, name := range regexp.MustCompile(`\b(Test|Example)[A-Z][A-Za-z0-9_]+`).FindAllString(table, -1) {
		assert.True(t, funcs[name], "the fidelity table names %s, which does not exist", name)
	}
	for _, a := range []convention.Article{convention.ArtTraining, convention.ArtTechnicalAssistance, convention.ArtPrevention,
		convention.ArtSociety, convention.ArtPrivateSector, convention.ArtVictims, convention.ArtImplementation, convention.ArtBody,
		convention.ArtExpenses, convention.ArtReview, convention.ArtFunctions, convention.ArtSecretariat, convention.ArtInformation} {
		if a.Paragraphs() == 0 {
			assert.True(t, strings.Contains(table, "\t"+convention.Cite(a, 0).String()+" "), "the fidelity table lacks %s", a)
			continue
		}
		for p := 1; p <= a.Paragraphs(); p++ {
			row := strings.Replace(convention.Cite(a, p).String(), "para. ", "", 1) + " "
			assert.True(t, strings.Contains(table, "\t"+row), "the fidelity table lacks %s", convention.Cite(a, p))
		}
	}
}
