package convention

// CaseRef is an authority's own file or case number for a matter, a
// reference the library does not define. The empty CaseRef means "not
// given".
type CaseRef string

// RequestRef identifies one request (for preservation, mutual legal
// assistance, extradition or confiscation) in the case systems of the States
// concerned. A preservation request and the request for mutual legal
// assistance that follows it (Preservation art., para. 1; MLA art., para.
// 3(d)) are connected through their RequestRefs. The empty RequestRef means
// "not given".
type RequestRef string
