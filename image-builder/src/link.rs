//! The linker: lays out compiled code objects in the code segment and builds the initial heap
//! (symbols, constants, static closures, the code table, the symbol table, the top-level list),
//! then fills in every relocation. Everything is ordered by the source (unit order, function
//! order, first reference), never by hashing or addresses, so the same sources give the same
//! bytes.

use crate::layout::{CfiOp, CfiRow, FunctionDebug, ImageLayout, LineRow};
use bootstrap::codegen::{Cfi, CodeObject, RelocTarget};
use bootstrap::datum::Datum;
use bootstrap::ir::{Const, Insn};
use bootstrap::pipeline::Compiled;
use std::collections::HashMap;
use vvm_layout as l;

/// One compiled source file.
#[derive(Debug, Clone)]
pub struct LinkUnit {
    /// The file name as recorded in debug information (relative, e.g. `src-vvm/runtime/list.vvm`).
    pub file: String,
    /// Its compiled code.
    pub compiled: Compiled,
    /// Whether this unit is the main program (its thunk becomes `%program`).
    pub is_program: bool,
}

/// A placed code object: its address, the code, and its (unit, function) index (None: the entry stub).
type Placed<'a> = (u64, &'a CodeObject, Option<(usize, usize)>);

/// Lay out `units` (the entry stub first) and return the image layout.
pub fn link(units: &[LinkUnit]) -> ImageLayout {
    let text_addr = l::IMAGE_BASE + l::PAGE_SIZE;
    let entry = bootstrap::codegen::x64::emit_entry();

    // 1. Code: the entry stub, then every function of every unit, 16-aligned.
    let mut text: Vec<u8> = Vec::new();
    // (address, code, (unit, function) or None for the entry stub)
    let mut placed: Vec<Placed> = Vec::new();
    let place = |text: &mut Vec<u8>, code: &'_ CodeObject| -> u64 {
        while !(text.len() as u64).is_multiple_of(l::CODE_ALIGN) {
            text.push(0xcc);
        }
        let addr = text_addr + text.len() as u64;
        text.extend_from_slice(&code.code);
        addr
    };
    let entry_addr = place(&mut text, &entry);
    placed.push((entry_addr, &entry, None));
    let mut fn_addr: Vec<Vec<u64>> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        let mut addrs = Vec::new();
        for (f, code) in unit.compiled.code.iter().enumerate() {
            let a = place(&mut text, code);
            addrs.push(a);
            placed.push((a, code, Some((u, f))));
        }
        fn_addr.push(addrs);
    }
    while !(text.len() as u64).is_multiple_of(l::CODE_ALIGN) {
        text.push(0xcc);
    }
    let heap_addr = (text_addr + text.len() as u64).next_multiple_of(l::PAGE_SIZE);

    // 2. Heap: symbols and constants in order of first reference.
    let mut heap = Heap::new(heap_addr);
    for name in [
        "%stack-base",
        "%start",
        "%toplevels",
        "%program",
        "%code-table",
        "%symbol-table",
        "%image-heap-start",
        "%image-heap-end",
        "%card-object-starts",
    ] {
        heap.symbol(name);
    }
    let mut closures: HashMap<(usize, usize), u64> = HashMap::new();
    let mut static_closure = |heap: &mut Heap, u: usize, f: usize| -> u64 {
        *closures.entry((u, f)).or_insert_with(|| heap.alloc(l::ty::CLOSURE, &[fn_addr[u][f]]))
    };
    for (addr, code, owner) in &placed {
        for r in &code.relocs {
            let value = match &r.target {
                RelocTarget::Symbol(s) => heap.symbol(s),
                RelocTarget::Const(Const::Heap(d)) => heap.datum(d),
                RelocTarget::Const(Const::Closure(f)) => {
                    let (u, _) = owner.expect("the entry stub has no closures");
                    static_closure(&mut heap, u, *f)
                }
                RelocTarget::Const(c) => panic!("constant {c:?} needs no relocation"),
                RelocTarget::Function(f) => {
                    let (u, _) = owner.expect("the entry stub refers to no functions");
                    fn_addr[u][*f]
                }
            };
            let at = (addr - text_addr) as usize + r.offset as usize;
            text[at..at + 8].copy_from_slice(&value.to_le_bytes());
        }
    }

    // 3. Pre-bind top-level definitions of procedures and of immediate constants, as if the
    // image had loaded its sources: the allocator and the collector use them before their
    // file's top-level forms have run. (Heap constants are not pre-bound: the value would be a
    // second copy of the datum the code refers to.)
    for (u, unit) in units.iter().enumerate() {
        let code = &unit.compiled.module.functions[0].code;
        for w in code.windows(2) {
            let Insn::DefineGlobal(name) = &w[1].insn else { continue };
            let value = match &w[0].insn {
                Insn::Const(Const::Closure(f)) => static_closure(&mut heap, u, *f),
                Insn::Const(Const::Fixnum(n)) => l::fixnum(*n),
                Insn::Const(Const::Imm(v)) => *v,
                _ => continue,
            };
            let s = heap.symbol(name);
            heap.set_symbol_value(s, value);
        }
    }

    // 4. The top-level thunks, the program, the code table and the symbol table.
    let mut tops = Vec::new();
    let mut program = l::FALSE;
    for (u, unit) in units.iter().enumerate() {
        let c = static_closure(&mut heap, u, 0);
        if unit.is_program {
            program = c;
        } else {
            tops.push(c);
        }
    }
    let tops = heap.alloc(l::ty::VECTOR, &tops);
    heap.define("%toplevels", tops);
    heap.define("%program", program);

    let mut names = Names::default();
    let mut functions = Vec::new();
    let mut table = Vec::new();
    for (addr, code, owner) in &placed {
        let name = names.unique(&code.name);
        let file = match owner {
            Some((u, _)) => units[*u].file.clone(),
            None => "<entry>".to_string(),
        };
        let line = owner.map(|(u, f)| units[u].compiled.module.functions[f].pos.line).unwrap_or(0);
        let mut rows: Vec<LineRow> = code
            .lines
            .iter()
            .map(|r| LineRow { offset: r.offset, line: r.line, column: r.column })
            .collect();
        if rows.first().is_none_or(|r| r.offset != 0) {
            rows.insert(0, LineRow { offset: 0, line: line.max(1), column: 1 });
        }
        let cfi = code.cfi.iter().map(|(off, c)| CfiRow { offset: *off, op: cfi_op(*c) }).collect();
        // Code-table entry: #(start end name file lines), addresses as fixnums of their value.
        let mut line_words = Vec::new();
        for r in &rows {
            line_words.push(l::fixnum(r.offset as i64));
            line_words.push(l::fixnum(r.line as i64));
        }
        let lines_v = heap.alloc(l::ty::VECTOR, &line_words);
        let name_s = heap.string(&name);
        let file_s = heap.string(&file);
        let size = code.code.len() as u64;
        let entry_v = heap.alloc(
            l::ty::VECTOR,
            &[l::fixnum(*addr as i64), l::fixnum((*addr + size) as i64), name_s, file_s, lines_v],
        );
        table.push(entry_v);
        functions.push(FunctionDebug {
            name: format!("vvm.{name}"),
            addr: *addr,
            size,
            file,
            line,
            rows,
            cfi,
        });
    }
    let table_v = heap.alloc(l::ty::VECTOR, &table);
    heap.define("%code-table", table_v);
    let symtab = heap.symbol_table();
    heap.define("%symbol-table", symtab);
    // The collector scans the image-heap objects of marked cards as roots: for each card, the
    // object that covers the card's first byte. The map covers its own cards too.
    let starts = heap.card_object_starts();
    heap.define("%card-object-starts", starts);
    // Defining an existing symbol adds no words, so the end stays the end.
    let end = heap.base + 8 * heap.words.len() as u64;
    assert!(end <= l::IMAGE_LIMIT, "the image heap ends above vvm_layout::IMAGE_LIMIT");
    heap.define("%image-heap-start", l::fixnum(heap.base as i64));
    heap.define("%image-heap-end", l::fixnum(end as i64));
    assert_eq!(end, heap.base + 8 * heap.words.len() as u64);

    ImageLayout { text_addr, text, heap_addr, heap: heap.bytes(), entry: entry_addr, functions }
}

fn cfi_op(c: Cfi) -> CfiOp {
    match c {
        Cfi::CfaRsp(n) => CfiOp::CfaRsp(n),
        Cfi::CfaRbp(n) => CfiOp::CfaRbp(n),
        Cfi::RbpSavedAt(n) => CfiOp::RbpSavedAt(n),
        Cfi::RbpSame => CfiOp::RbpSame,
        Cfi::RbpInRdx => CfiOp::RbpInRdx,
        Cfi::Remember => CfiOp::Remember,
        Cfi::Restore => CfiOp::Restore,
    }
}

/// Unique procedure names: the second `f` becomes `f.2`, and so on, in layout order.
#[derive(Default)]
struct Names {
    used: HashMap<String, usize>,
}

impl Names {
    fn unique(&mut self, name: &str) -> String {
        let n = self.used.entry(name.to_string()).or_insert(0);
        *n += 1;
        if *n == 1 { name.to_string() } else { format!("{name}.{n}") }
    }
}

/// The image heap under construction: words at consecutive addresses from `base`.
struct Heap {
    base: u64,
    words: Vec<u64>,
    /// Symbols in creation order, and an index for lookups (never iterated).
    symbols: Vec<u64>,
    by_name: HashMap<String, u64>,
    /// The address of every object, in order.
    object_starts: Vec<u64>,
}

impl Heap {
    fn new(base: u64) -> Heap {
        Heap {
            base,
            words: Vec::new(),
            symbols: Vec::new(),
            by_name: HashMap::new(),
            object_starts: Vec::new(),
        }
    }

    /// Allocate, last, the vector whose entry i is the address (a fixnum) of the object that
    /// covers the first byte of the image heap's i-th card (or starts first in it).
    fn card_object_starts(&mut self) -> u64 {
        let card = |a: u64| a >> l::CARD_SHIFT;
        let first = card(self.base);
        let here = self.base + 8 * self.words.len() as u64;
        // The vector's length depends on where the heap ends, which depends on its length.
        let mut n = card(here) - first + 1;
        loop {
            let end = here + 8 + 8 * n;
            let need = card(end - 1) - first + 1;
            if need == n {
                break;
            }
            n = need;
        }
        let v = self.alloc(l::ty::VECTOR, &vec![l::fixnum(0); n as usize]);
        let mut j = 0;
        for i in 0..n {
            let card_start = ((first + i) << l::CARD_SHIFT).max(self.base);
            while j + 1 < self.object_starts.len() && self.object_starts[j + 1] <= card_start {
                j += 1;
            }
            let at = ((v - l::TAG_OBJECT - self.base) / 8 + 1 + i) as usize;
            self.words[at] = l::fixnum(self.object_starts[j] as i64);
        }
        v
    }

    /// Allocate a word object; return its tagged pointer.
    fn alloc(&mut self, ty: u64, fields: &[u64]) -> u64 {
        let addr = self.base + 8 * self.words.len() as u64;
        self.object_starts.push(addr);
        self.words.push(l::header(ty, fields.len() as u64));
        self.words.extend_from_slice(fields);
        addr + l::TAG_OBJECT
    }

    fn alloc_bytes(&mut self, ty: u64, bytes: &[u8]) -> u64 {
        let addr = self.base + 8 * self.words.len() as u64;
        self.object_starts.push(addr);
        self.words.push(l::header(ty, bytes.len() as u64));
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.words.push(u64::from_le_bytes(w));
        }
        addr + l::TAG_OBJECT
    }

    fn string(&mut self, s: &str) -> u64 {
        self.alloc_bytes(l::ty::STRING, s.as_bytes())
    }

    fn symbol(&mut self, name: &str) -> u64 {
        if let Some(&s) = self.by_name.get(name) {
            return s;
        }
        let n = self.string(name);
        let hash = l::fixnum(l::symbol_hash(name.as_bytes()));
        let s = self.alloc(l::ty::SYMBOL, &[n, l::UNBOUND, hash]);
        self.symbols.push(s);
        self.by_name.insert(name.to_string(), s);
        s
    }

    fn field_index(&self, obj: u64, field: u64) -> usize {
        ((obj - l::TAG_OBJECT - self.base) / 8 + 1 + field) as usize
    }

    fn set_symbol_value(&mut self, sym: u64, value: u64) {
        let i = self.field_index(sym, l::SYMBOL_VALUE);
        self.words[i] = value;
    }

    fn define(&mut self, name: &str, value: u64) {
        let s = self.symbol(name);
        self.set_symbol_value(s, value);
    }

    fn datum(&mut self, d: &Datum) -> u64 {
        match d {
            Datum::Int(n) => l::fixnum(*n),
            // The runtime's formats (src-vvm/runtime/flonums.vvm, bignums.vvm): the IEEE bits;
            // a sign limb (0 or 1), then base-2^30 digits, least significant first, each a
            // 32-bit little-endian limb.
            Datum::Flonum(x) => self.alloc_bytes(l::ty::FLONUM, &x.to_bits().to_le_bytes()),
            Datum::Big(b) => {
                let limbs = std::iter::once(u32::from(b.negative)).chain(b.digits.iter().copied());
                let bytes: Vec<u8> = limbs.flat_map(u32::to_le_bytes).collect();
                self.alloc_bytes(l::ty::BIGNUM, &bytes)
            }
            Datum::Bool(b) => {
                if *b {
                    l::TRUE
                } else {
                    l::FALSE
                }
            }
            Datum::Char(c) => l::character(*c),
            Datum::Str(s) => self.string(s),
            Datum::Sym(s) => self.symbol(s),
            Datum::Alias(_) => unreachable!("expand-syntax strips aliases from constants"),
            Datum::List(items, tail) => {
                // `(a . (b c))` is the list `(a b c)`: lay it out as one list, as the in-image
                // builder does (it sees the datum, not how it was written).
                let mut items: Vec<&Datum> = items.iter().map(|i| &i.datum).collect();
                let mut tail = tail.as_deref().map(|t| &t.datum);
                while let Some(Datum::List(more, rest)) = tail {
                    items.extend(more.iter().map(|i| &i.datum));
                    tail = rest.as_deref().map(|t| &t.datum);
                }
                let mut acc = match tail {
                    Some(t) => self.datum(t),
                    None => l::NIL,
                };
                let values: Vec<u64> = items.into_iter().map(|d| self.datum(d)).collect();
                for v in values.into_iter().rev() {
                    acc = self.alloc(l::ty::PAIR, &[v, acc]);
                }
                acc
            }
            Datum::Vector(items) => {
                let values: Vec<u64> = items.iter().map(|i| self.datum(&i.datum)).collect();
                self.alloc(l::ty::VECTOR, &values)
            }
        }
    }

    /// The symbol table: a vector of buckets, each a list of symbols, newest first.
    fn symbol_table(&mut self) -> u64 {
        let mut buckets = vec![l::NIL; l::SYMBOL_TABLE_BUCKETS as usize];
        let symbols = self.symbols.clone();
        for s in symbols {
            let hash = self.words[self.field_index(s, l::SYMBOL_HASH)] >> l::TAG_BITS;
            let b = (hash % l::SYMBOL_TABLE_BUCKETS) as usize;
            buckets[b] = self.alloc(l::ty::PAIR, &[s, buckets[b]]);
        }
        self.alloc(l::ty::VECTOR, &buckets)
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out: Vec<u8> = self.words.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.resize((out.len() as u64).next_multiple_of(l::PAGE_SIZE) as usize, 0);
        out
    }
}
