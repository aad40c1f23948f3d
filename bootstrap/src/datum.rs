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
    /// `#t` or `#f`.
    Bool(bool),
    /// A character.
    Char(char),
    /// A string literal.
    Str(String),
    /// A symbol.
    Sym(String),
    /// A list: the elements and, for a dotted list, the tail. `()` is an empty `List` with no tail.
    List(Vec<Syntax>, Option<Box<Syntax>>),
    /// A vector literal `#(...)`.
    Vector(Vec<Syntax>),
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
            Datum::Bool(true) => s.push_str("#t"),
            Datum::Bool(false) => s.push_str("#f"),
            Datum::Char(c) => write_char_name(*c, &mut s),
            Datum::Str(t) => write_string_literal(t, &mut s),
            Datum::Sym(t) => s.push_str(t),
            Datum::List(items, tail) => {
                s.push('(');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(&it.datum.to_string());
                }
                if let Some(t) = tail {
                    s.push_str(" . ");
                    s.push_str(&t.datum.to_string());
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
