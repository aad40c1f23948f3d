//! The open-coded primitives: names the compiler turns into machine code instead of calls.
//!
//! A call `(NAME arg ...)` whose head is not a local variable and whose argument count equals the
//! arity below becomes a `prim` instruction. Every safe primitive also exists as an ordinary
//! global procedure in `src-vvm/runtime/`, defined by calling itself (`(define (car x) (car x))`),
//! so it can be passed as a value. Names starting with `%` are unsafe and reserved for system
//! code. Redefining a primitive's global does not change code compiled before it (as in Chez
//! Scheme at optimize-level 2); this is documented in ARCHITECTURE.md.

/// `(name, arity)` of every open-coded primitive, in the order the IR printer and the
/// in-image compiler list them.
#[rustfmt::skip] // One primitive per line keeps the table readable.
pub const PRIMITIVES: &[(&str, usize)] = &[
    // Pairs and lists.
    ("cons", 2), ("car", 1), ("cdr", 1), ("set-car!", 2), ("set-cdr!", 2),
    ("pair?", 1), ("null?", 1),
    // Identity and booleans.
    ("eq?", 2), ("not", 1),
    // Arithmetic, open-coded for fixnums; other operands, overflow and division by zero take
    // the out-of-line path to `%arith-generic` (the numeric tower, in VVM code).
    ("+", 2), ("-", 2), ("*", 2), ("quotient", 2), ("remainder", 2), ("modulo", 2),
    ("=", 2), ("<", 2), (">", 2), ("<=", 2), (">=", 2), ("zero?", 1),
    // Vectors and strings (strings hold bytes of UTF-8).
    ("vector-ref", 2), ("vector-set!", 3), ("vector-length", 1),
    ("string-length", 1), ("string-ref", 2),
    // Type predicates.
    ("symbol?", 1), ("string?", 1), ("procedure?", 1), ("vector?", 1),
    ("char?", 1), ("boolean?", 1), ("fixnum?", 1),
    // Characters.
    ("char->integer", 1), ("integer->char", 1),
    // Unsafe: objects.
    ("%heap-object?", 1), ("%object-type", 1), ("%object-length", 1),
    ("%object-ref", 2), ("%object-set!", 3), ("%byte-ref", 2), ("%byte-set!", 3),
    ("%alloc-object", 4), ("%closure-entry", 1),
    // Unsafe: memory, addresses are fixnums whose value is the byte address. The frame pointer
    // is only valid while its frame runs: never pass it to a tail call, which replaces the frame.
    ("%address-of", 1), ("%peek-u8", 1), ("%peek-word", 1), ("%peek-object", 1),
    ("%poke-word", 2), ("%poke-u8", 2), ("%poke-object", 2), ("%object-at", 1), ("%copy-words", 3),
    ("%frame-pointer", 0), ("%set-alloc-region!", 2), ("%alloc-pointer", 0), ("%alloc-limit", 0),
    // Unsafe: flonums (operands are not checked) and raw 32-bit limbs of byte objects.
    ("%flonum?", 1), ("%fl+", 2), ("%fl-", 2), ("%fl*", 2), ("%fl/", 2), ("%fl<", 2), ("%fl=", 2),
    ("%fixnum->flonum", 1), ("%flonum-truncate", 1), ("%flsqrt", 1), ("%flfloor", 1),
    ("%flceiling", 1), ("%fltruncate", 1), ("%flround", 1), ("%flonum-hi", 1), ("%flonum-lo", 1),
    ("%make-flonum", 2), ("%u32-ref", 2), ("%u32-set!", 3),
    // Unsafe: special values, system calls, calls with a list of arguments.
    ("%unspecified", 0), ("%eof-object", 0), ("%unbound-marker", 0),
    ("%syscall", 7), ("%apply", 2),
    // Unsafe: call the C function at address fn with six integer arguments (System V ABI); the
    // arguments and the result are raw words, given and returned as fixnums of their value.
    ("%c-call", 7),
    // Unsafe: control. The stack limit is r13; %escape-to returns a value from a live frame.
    ("%set-stack-limit!", 1), ("%stack-limit", 0), ("%escape-to", 2),
];

/// The primitive named `name` taking `argc` arguments, as a `'static` name.
pub fn lookup(name: &str, argc: usize) -> Option<&'static str> {
    PRIMITIVES.iter().find(|(n, a)| *n == name && *a == argc).map(|(n, _)| *n)
}

/// Whether `name` is a primitive of any arity.
pub fn is_primitive(name: &str) -> bool {
    PRIMITIVES.iter().any(|(n, _)| *n == name)
}
