package convention

import (
	"hash/maphash"
	"sync/atomic"
)

// The ledger's persistent structures. A Ledger is an immutable value; each
// Add derives a new one that shares nearly all of its state with the old:
//
//   - the record of actions is an append-only log shared by every ledger
//     that is a prefix of it (plog): appending after the last action claims
//     the next slot, and only a second ledger derived from the same one pays
//     for a copy;
//   - the state of each party and of each amendment sits in a persistent
//     vector (pvec), a 32-way trie copied along one path on update;
//   - the lists a party accumulates (its participations, reservations,
//     notifications) are persistent lists, newest first (cons);
//   - amendments are found by reference in a persistent hash map (pmap).
//
// Nodes created while one Build or Add evaluates carry its editToken and are
// updated in place by it; once the ledger is returned no one holds the
// token again, and every node it can reach is read-only. Readers never
// synchronize: nothing they can reach is ever written again.

// editToken marks the nodes one evaluation created. It has a size so that
// distinct tokens have distinct addresses.
type editToken struct{ _ byte }

const (
	pvBits  = 5
	pvWidth = 1 << pvBits
	pvMask  = pvWidth - 1
)

// pvec is a persistent vector of n values: a trie of pvWidth-way nodes, the
// values in the leaves. Missing subtrees read as zero values.
type pvec[T any] struct {
	root  *pnode[T]
	shift uint // the depth of the trie times pvBits: 0 when the root is a leaf
	n     int
}

type pnode[T any] struct {
	edit *editToken
	kids []*pnode[T] // an interior node's children
	vals []T         // a leaf's values
}

// newPvec returns a vector of n zero values.
func newPvec[T any](n int) pvec[T] {
	v := pvec[T]{n: n}
	for pvWidth<<v.shift < n {
		v.shift += pvBits
	}
	return v
}

// get returns the i-th value, 0 <= i < v.n.
func (v pvec[T]) get(i int) T {
	nd := v.root
	for s := v.shift; nd != nil && s > 0; s -= pvBits {
		nd = nd.kids[(i>>s)&pvMask]
	}
	if nd == nil {
		var zero T
		return zero
	}
	return nd.vals[i&pvMask]
}

// set returns v with the i-th value x, copying the nodes on the path that e
// did not create.
func (v pvec[T]) set(i int, x T, e *editToken) pvec[T] {
	v.root = setNode(v.root, v.shift, i, x, e)
	return v
}

func setNode[T any](nd *pnode[T], shift uint, i int, x T, e *editToken) *pnode[T] {
	switch {
	case nd == nil:
		nd = &pnode[T]{edit: e}
		if shift == 0 {
			nd.vals = make([]T, pvWidth)
		} else {
			nd.kids = make([]*pnode[T], pvWidth)
		}
	case nd.edit != e || e == nil:
		c := &pnode[T]{edit: e}
		if nd.vals != nil {
			c.vals = append(make([]T, 0, pvWidth), nd.vals...)
		} else {
			c.kids = append(make([]*pnode[T], 0, pvWidth), nd.kids...)
		}
		nd = c
	}
	if shift == 0 {
		nd.vals[i&pvMask] = x
		return nd
	}
	k := (i >> shift) & pvMask
	nd.kids[k] = setNode(nd.kids[k], shift-pvBits, i, x, e)
	return nd
}

// push returns v with x appended.
func (v pvec[T]) push(x T, e *editToken) pvec[T] {
	if v.n == pvWidth<<v.shift {
		root := &pnode[T]{edit: e, kids: make([]*pnode[T], pvWidth)}
		root.kids[0] = v.root
		v.root, v.shift = root, v.shift+pvBits
	}
	v.n++
	return v.set(v.n-1, x, e)
}

// truncate returns the first k values of v (k <= v.n); pushing onto the
// result copies the paths it writes, as for any value v shares.
func (v pvec[T]) truncate(k int) pvec[T] {
	v.n = k
	return v
}

// cons is a persistent list, newest first.
type cons[T any] struct {
	v    T
	next *cons[T]
}

// push returns the list with v in front.
func (l *cons[T]) push(v T) *cons[T] { return &cons[T]{v: v, next: l} }

// logBuf is the backing array of a plog, shared by every log that is a
// prefix of it. claimed counts the slots handed out; a slot is written once,
// by the one appender that claimed it, before any ledger that reads it is
// returned.
type logBuf[T any] struct {
	items   []T
	claimed atomic.Int64
}

// plog is an append-only log: the first n items of its buffer.
type plog[T any] struct {
	b *logBuf[T]
	n int
}

// push returns the log with x appended. It writes in place when the next
// slot of the buffer is free, and copies the log into a new buffer when
// the buffer is full or another log already took the slot: O(1) amortised
// for a log extended at its end.
func (l plog[T]) push(x T) plog[T] {
	if l.b != nil && l.n < len(l.b.items) && l.b.claimed.CompareAndSwap(int64(l.n), int64(l.n+1)) {
		l.b.items[l.n] = x
		return plog[T]{l.b, l.n + 1}
	}
	nb := &logBuf[T]{items: make([]T, max(16, 2*(l.n+1)))}
	if l.b != nil {
		copy(nb.items, l.b.items[:l.n])
	}
	nb.items[l.n] = x
	nb.claimed.Store(int64(l.n + 1))
	return plog[T]{nb, l.n + 1}
}

// withCap returns an empty log whose buffer holds n items before it grows.
func withCap[T any](n int) plog[T] {
	return plog[T]{b: &logBuf[T]{items: make([]T, max(16, n))}}
}

// all returns the log's items (read-only: never write through it).
func (l plog[T]) all() []T {
	if l.b == nil {
		return nil
	}
	return l.b.items[:l.n:l.n]
}

// pmap is a persistent hash map from amendment references to their index:
// buckets of persistent lists in a persistent vector, doubled when the
// entries outnumber twice the buckets. The hash is seeded once per process,
// so that no input can be crafted to collide.
type pmap struct {
	buckets pvec[*cons[pmapEntry]]
	n       int
}

type pmapEntry struct {
	key AmendmentRef
	idx int32
}

var pmapSeed = maphash.MakeSeed()

func (m pmap) bucket(k AmendmentRef) int {
	return int(maphash.String(pmapSeed, string(k)) & uint64(m.buckets.n-1))
}

func (m pmap) get(k AmendmentRef) (int32, bool) {
	if m.n == 0 {
		return 0, false
	}
	for c := m.buckets.get(m.bucket(k)); c != nil; c = c.next {
		if c.v.key == k {
			return c.v.idx, true
		}
	}
	return 0, false
}

// put returns m with k mapped to idx; k must not be in m.
func (m pmap) put(k AmendmentRef, idx int32, e *editToken) pmap {
	if m.buckets.n == 0 {
		m.buckets = newPvec[*cons[pmapEntry]](8)
	}
	if m.n >= 2*m.buckets.n {
		grown := pmap{buckets: newPvec[*cons[pmapEntry]](2 * m.buckets.n)}
		for b := 0; b < m.buckets.n; b++ {
			for c := m.buckets.get(b); c != nil; c = c.next {
				grown = grown.add(c.v, e)
			}
		}
		m = grown
	}
	return m.add(pmapEntry{k, idx}, e)
}

func (m pmap) add(x pmapEntry, e *editToken) pmap {
	b := m.bucket(x.key)
	m.buckets = m.buckets.set(b, m.buckets.get(b).push(x), e)
	m.n++
	return m
}
