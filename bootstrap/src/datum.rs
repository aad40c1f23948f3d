//! Source data as the reader produces it: S-expressions, each with the position it was read at.
//! Quoted constants keep this form all the way to the linker, which lays them out in the heap.

use std::fmt;
use std::rc::Rc;

/// A position in a source file: file name as given, 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    /// The file name as given on the command line or in BUILD-ORDER.
    pub file: Rc<str>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A datum with its position.
#[derive(Clone, Debug)]
pub struct Syntax {
    /// What was read.
    pub datum: Datum,
    /// Where it starts.
    pub pos: Pos,
}

/// An S-expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Datum {
    /// A fixnum.
    Int(i64),
    /// An exact integer outside the fixnum range.
    Big(BigInt),
    /// A flonum: an IEEE 754 double.
    Flonum(f64),
    /// `#t` or `#f`.
    Bool(bool),
    /// A character.
    Char(char),
    /// A string literal.
    Str(String),
    /// A symbol.
    Sym(String),
    /// An identifier a macro's template introduced (expand-syntax only; never quoted or
    /// compiled: `strip` turns it back into the symbol it renames).
    Alias(Rc<Alias>),
    /// A list: the elements and, for a dotted list, the tail. `()` is an empty `List` with no tail.
    List(Vec<Syntax>, Option<Box<Syntax>>),
    /// A vector literal `#(...)`.
    Vector(Vec<Syntax>),
}

/// A renamed identifier: one occurrence of a template identifier in one expansion of a macro
/// (`syntax_rules.rs`). Two aliases are the same identifier only if they are the same object.
/// An alias that nothing binds means what `name` means in the macro's definition environment:
/// the outermost `depth` scopes of the expander.
#[derive(Debug)]
pub struct Alias {
    /// The identifier renamed: a `Sym`, or an `Alias` of an outer expansion.
    pub name: Datum,
    /// How many scopes (outermost first) the macro's definition environment holds.
    pub depth: usize,
}

impl PartialEq for Alias {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Datum {
    /// Whether this is an identifier: a symbol or an alias.
    pub fn is_ident(&self) -> bool {
        matches!(self, Datum::Sym(_) | Datum::Alias(_))
    }

    /// The symbol an identifier renames, through every alias.
    pub fn base_name(&self) -> Option<&str> {
        match self {
            Datum::Sym(s) => Some(s),
            Datum::Alias(a) => a.name.base_name(),
            _ => None,
        }
    }

    /// This datum with every alias replaced by the symbol it renames (`syntax->datum`).
    pub fn strip(&self) -> Datum {
        let st = |s: &Syntax| Syntax::new(s.datum.strip(), s.pos.clone());
        match self {
            Datum::Alias(a) => a.name.strip(),
            Datum::List(items, tail) => {
                Datum::List(items.iter().map(st).collect(), tail.as_ref().map(|t| Box::new(st(t))))
            }
            Datum::Vector(items) => Datum::Vector(items.iter().map(st).collect()),
            d => d.clone(),
        }
    }
}

impl PartialEq for Syntax {
    fn eq(&self, other: &Self) -> bool {
        self.datum == other.datum
    }
}

impl Syntax {
    /// The symbol's name, if this is a symbol.
    pub fn sym(&self) -> Option<&str> {
        match &self.datum {
            Datum::Sym(s) => Some(s),
            _ => None,
        }
    }

    /// The identifier, if this is a symbol or an alias.
    pub fn ident(&self) -> Option<&Datum> {
        if self.datum.is_ident() { Some(&self.datum) } else { None }
    }

    /// The elements of a proper list.
    pub fn list(&self) -> Option<&[Syntax]> {
        match &self.datum {
            Datum::List(items, None) => Some(items),
            _ => None,
        }
    }

    /// A new syntax object at `pos`.
    pub fn new(datum: Datum, pos: Pos) -> Syntax {
        Syntax { datum, pos }
    }
}

/// Write a character the way `write` does.
pub fn write_char_name(c: char, out: &mut String) {
    match c {
        ' ' => out.push_str("#\\space"),
        '\n' => out.push_str("#\\newline"),
        '\t' => out.push_str("#\\tab"),
        '\r' => out.push_str("#\\return"),
        '\0' => out.push_str("#\\null"),
        '\x7f' => out.push_str("#\\delete"),
        '\x1b' => out.push_str("#\\escape"),
        '\x07' => out.push_str("#\\alarm"),
        '\x08' => out.push_str("#\\backspace"),
        c if (c as u32) < 32 => out.push_str(&format!("#\\x{:x}", c as u32)),
        c => {
            out.push_str("#\\");
            out.push(c);
        }
    }
}

/// Write a string literal the way `write` does.
pub fn write_string_literal(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        match self {
            Datum::Int(n) => s.push_str(&n.to_string()),
            Datum::Big(b) => s.push_str(&b.to_string()),
            Datum::Flonum(x) => s.push_str(&flonum_text(*x)),
            Datum::Bool(true) => s.push_str("#t"),
            Datum::Bool(false) => s.push_str("#f"),
            Datum::Char(c) => write_char_name(*c, &mut s),
            Datum::Str(t) => write_string_literal(t, &mut s),
            Datum::Sym(t) => s.push_str(t),
            Datum::Alias(a) => s.push_str(&a.name.to_string()),
            Datum::List(items, tail) => {
                // A dotted tail that is itself a list continues the list, as `write` prints the
                // data: `(3 . (4 . ()))` prints as `(3 4)`.
                s.push('(');
                let (mut items, mut tail) = (items, tail);
                let mut first = true;
                loop {
                    for it in items {
                        if !first {
                            s.push(' ');
                        }
                        first = false;
                        s.push_str(&it.datum.to_string());
                    }
                    match tail.as_deref().map(|t| &t.datum) {
                        Some(Datum::List(more, rest)) => (items, tail) = (more, rest),
                        Some(other) => {
                            s.push_str(" . ");
                            s.push_str(&other.to_string());
                            break;
                        }
                        None => break,
                    }
                }
                s.push(')');
            }
            Datum::Vector(items) => {
                s.push_str("#(");
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(&it.datum.to_string());
                }
                s.push(')');
            }
        }
        f.write_str(&s)
    }
}

/// An exact integer outside the fixnum range, in the runtime's bignum format
/// (`src-vvm/runtime/bignums.vvm`): a sign and the magnitude's base-2^30 digits, least
/// significant first, the most significant one nonzero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigInt {
    /// Whether the integer is negative.
    pub negative: bool,
    /// The magnitude's digits in base 2^30, least significant first.
    pub digits: Vec<u32>,
}

/// The bignum digit base, 2^30.
const BIG_BASE: u64 = 1 << 30;

impl BigInt {
    /// The integer written with `digits` (nonempty, each valid in `radix`, no sign) in `radix`,
    /// negated if `negative`: a fixnum datum if it fits, else a bignum datum.
    pub fn parse(digits: &str, radix: u32, negative: bool) -> Datum {
        let mut mag: Vec<u32> = Vec::new();
        for c in digits.chars() {
            let mut carry = u64::from(c.to_digit(radix).expect("a digit of the radix"));
            for d in mag.iter_mut() {
                let t = u64::from(*d) * u64::from(radix) + carry;
                *d = (t % BIG_BASE) as u32;
                carry = t / BIG_BASE;
            }
            if carry > 0 {
                mag.push(carry as u32);
            }
        }
        BigInt { negative, digits: mag }.normalize()
    }

    /// A fixnum datum if the value fits in a fixnum, else this bignum without leading zeros.
    pub fn normalize(mut self) -> Datum {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.len() <= 3 {
            let mag =
                self.digits.iter().rev().fold(0i128, |acc, &d| acc * BIG_BASE as i128 + d as i128);
            let n = if self.negative { -mag } else { mag };
            if (vvm_layout::FIXNUM_MIN as i128..=vvm_layout::FIXNUM_MAX as i128).contains(&n) {
                return Datum::Int(n as i64);
            }
        }
        Datum::Big(self)
    }

    /// The decimal digits of the magnitude.
    fn magnitude_text(&self) -> String {
        let mut mag = self.digits.clone();
        let mut chunks = Vec::new();
        while !mag.is_empty() {
            let mut rem = 0u64;
            for d in mag.iter_mut().rev() {
                let t = rem * BIG_BASE + u64::from(*d);
                *d = (t / 1_000_000_000) as u32;
                rem = t % 1_000_000_000;
            }
            while mag.last() == Some(&0) {
                mag.pop();
            }
            chunks.push(rem);
        }
        let mut s = chunks.last().map_or_else(|| "0".to_string(), u64::to_string);
        for c in chunks.iter().rev().skip(1) {
            s.push_str(&format!("{c:09}"));
        }
        s
    }

    /// The nearest flonum (ties to even), as the runtime's `exact->inexact` computes it.
    pub fn to_f64(&self) -> f64 {
        let x: f64 = self.magnitude_text().parse().expect("decimal digits parse as a float");
        if self.negative { -x } else { x }
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_str("-")?;
        }
        f.write_str(&self.magnitude_text())
    }
}

/// A flonum as `write` prints it (`src-vvm/runtime/flonums.vvm`, Chez Scheme's format): the
/// shortest digits that read back to the same double, positional when 1e-3 <= |x| < 1e10
/// (`123.5`, `0.001`, `100.0`), else scientific (`1e21`, `1.5e-7`); `+inf.0`, `-inf.0`,
/// `+nan.0`, `-0.0`.
pub fn flonum_text(x: f64) -> String {
    if x.is_nan() {
        return "+nan.0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+inf.0" } else { "-inf.0" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0.0");
    }
    // `{:e}` gives the shortest round-tripping digits: "d.ddde-k".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exponent) = sci.split_once('e').expect("{:e} has an exponent");
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    // The value is 0.DIGITS x 10^k.
    let k = exponent.parse::<i32>().expect("a decimal exponent") + 1;
    let n = digits.len() as i32;
    let body = if (-2..=10).contains(&k) {
        if k <= 0 {
            format!("0.{}{digits}", "0".repeat((-k) as usize))
        } else if k < n {
            format!("{}.{}", &digits[..k as usize], &digits[k as usize..])
        } else {
            format!("{digits}{}.0", "0".repeat((k - n) as usize))
        }
    } else if n == 1 {
        format!("{digits}e{}", k - 1)
    } else {
        format!("{}.{}e{}", &digits[..1], &digits[1..], k - 1)
    };
    format!("{sign}{body}")
}
