//! The reader: text to `Syntax`, with file:line:column positions and clear errors.
//! Mirrors `src-vvm/runtime/reader.vvm` (issue 3); both give the same messages.
//!
//! Syntax: R7RS data — integers, `#t #f #true #false`, characters (`#\a`, `#\space`, `#\x41`),
//! strings with `\n \t \r \\ \" \xHH;` escapes, symbols (case-sensitive, `|...|` not supported),
//! lists, dotted pairs, vectors `#(...)`, `'` `` ` `` `,` `,@`, and `;`, `#| |#`, `#;` comments.

use crate::datum::{BigInt, Datum, Pos, Syntax};
use crate::error::{CompileError, Result};
use std::rc::Rc;

/// Read every datum in `text`, which came from `file`.
pub fn read_all(file: &str, text: &str) -> Result<Vec<Syntax>> {
    let mut r =
        Reader { file: Rc::from(file), chars: text.chars().collect(), i: 0, line: 1, col: 1 };
    let mut out = Vec::new();
    loop {
        r.skip_atmosphere()?;
        if r.peek().is_none() {
            return Ok(out);
        }
        out.push(r.read()?);
    }
}

struct Reader {
    file: Rc<str>,
    chars: Vec<char>,
    i: usize,
    line: u32,
    col: u32,
}

fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '"' | ';' | '\'' | '`' | ',')
}

impl Reader {
    fn pos(&self) -> Pos {
        Pos { file: self.file.clone(), line: self.line, col: self.col }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek2(&self) -> Option<char> {
        self.chars.get(self.i + 1).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_atmosphere(&mut self) -> Result<()> {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.next();
                }
                Some(';') => {
                    while let Some(c) = self.next() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                Some('#') if self.peek2() == Some('|') => {
                    let start = self.pos();
                    self.next();
                    self.next();
                    let mut depth = 1;
                    while depth > 0 {
                        match self.next() {
                            None => {
                                return Err(CompileError::new(
                                    &start,
                                    "unterminated block comment: '#|' has no matching '|#'",
                                ));
                            }
                            Some('|') if self.peek() == Some('#') => {
                                self.next();
                                depth -= 1;
                            }
                            Some('#') if self.peek() == Some('|') => {
                                self.next();
                                depth += 1;
                            }
                            _ => {}
                        }
                    }
                }
                Some('#') if self.peek2() == Some(';') => {
                    self.next();
                    self.next();
                    self.skip_atmosphere()?;
                    if self.peek().is_none() {
                        return Err(CompileError::new(
                            &self.pos(),
                            "'#;' is not followed by a datum",
                        ));
                    }
                    self.read()?;
                }
                _ => return Ok(()),
            }
        }
    }

    fn read(&mut self) -> Result<Syntax> {
        self.skip_atmosphere()?;
        let pos = self.pos();
        let Some(c) = self.peek() else {
            return Err(CompileError::new(&pos, "unexpected end of input"));
        };
        match c {
            '(' | '[' => {
                self.next();
                self.read_list(pos, if c == '(' { ')' } else { ']' })
            }
            ')' | ']' => {
                self.next();
                Err(CompileError::new(&pos, format!("unexpected '{c}'")))
            }
            '\'' | '`' | ',' => {
                self.next();
                let name = match c {
                    '\'' => "quote",
                    '`' => "quasiquote",
                    _ if self.peek() == Some('@') => {
                        self.next();
                        "unquote-splicing"
                    }
                    _ => "unquote",
                };
                self.skip_atmosphere()?;
                if self.peek().is_none() {
                    return Err(CompileError::new(
                        &pos,
                        format!("'{c}' is not followed by a datum"),
                    ));
                }
                let d = self.read()?;
                let head = Syntax::new(Datum::Sym(name.to_string()), pos.clone());
                Ok(Syntax::new(Datum::List(vec![head, d], None), pos))
            }
            '"' => {
                self.next();
                self.read_string(pos)
            }
            '#' => self.read_hash(pos),
            _ => self.read_atom(pos),
        }
    }

    fn read_list(&mut self, open: Pos, close: char) -> Result<Syntax> {
        let mut items = Vec::new();
        loop {
            self.skip_atmosphere()?;
            match self.peek() {
                None => {
                    let opener = if close == ')' { '(' } else { '[' };
                    return Err(CompileError::new(
                        &open,
                        format!("unclosed list: this '{opener}' has no matching '{close}'"),
                    ));
                }
                Some(c) if c == close => {
                    self.next();
                    return Ok(Syntax::new(Datum::List(items, None), open));
                }
                Some(')') | Some(']') => {
                    let p = self.pos();
                    return Err(CompileError::new(
                        &p,
                        format!(
                            "mismatched '{}': the list opened at {} needs '{close}'",
                            self.peek().unwrap(),
                            open
                        ),
                    ));
                }
                Some('.') if self.peek2().is_none_or(is_delimiter) => {
                    let dot = self.pos();
                    self.next();
                    if items.is_empty() {
                        return Err(CompileError::new(&dot, "'.' with nothing before it"));
                    }
                    self.skip_atmosphere()?;
                    if self.peek().is_none() || self.peek() == Some(close) {
                        return Err(CompileError::new(&dot, "'.' is not followed by a datum"));
                    }
                    let tail = self.read()?;
                    self.skip_atmosphere()?;
                    match self.peek() {
                        Some(c) if c == close => {
                            self.next();
                            return Ok(Syntax::new(Datum::List(items, Some(Box::new(tail))), open));
                        }
                        None => {
                            return Err(CompileError::new(
                                &open,
                                format!("unclosed list: this '(' has no matching '{close}'"),
                            ));
                        }
                        Some(_) => {
                            return Err(CompileError::new(
                                &self.pos(),
                                "more than one datum after '.' in a dotted list",
                            ));
                        }
                    }
                }
                Some(_) => items.push(self.read()?),
            }
        }
    }

    fn read_string(&mut self, pos: Pos) -> Result<Syntax> {
        let mut s = String::new();
        loop {
            let Some(c) = self.next() else {
                return Err(CompileError::new(
                    &pos,
                    "unterminated string: this '\"' has no closing '\"'",
                ));
            };
            match c {
                '"' => return Ok(Syntax::new(Datum::Str(s), pos)),
                '\\' => {
                    let esc_pos = self.pos();
                    match self.next() {
                        Some('n') => s.push('\n'),
                        Some('t') => s.push('\t'),
                        Some('r') => s.push('\r'),
                        Some('a') => s.push('\x07'),
                        Some('0') => s.push('\0'),
                        Some('\\') => s.push('\\'),
                        Some('"') => s.push('"'),
                        Some('x') => {
                            let mut hex = String::new();
                            loop {
                                match self.next() {
                                    Some(';') => break,
                                    Some(h) if h.is_ascii_hexdigit() => hex.push(h),
                                    _ => {
                                        return Err(CompileError::new(
                                            &esc_pos,
                                            "bad \\x escape in string: expected hex digits and ';'",
                                        ));
                                    }
                                }
                            }
                            match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                                Some(ch) => s.push(ch),
                                None => {
                                    return Err(CompileError::new(
                                        &esc_pos,
                                        format!("bad character code \\x{hex};"),
                                    ));
                                }
                            }
                        }
                        Some('\n') => {
                            // A line continuation: skip leading blanks on the next line.
                            while matches!(self.peek(), Some(' ') | Some('\t')) {
                                self.next();
                            }
                        }
                        Some(other) => {
                            return Err(CompileError::new(
                                &esc_pos,
                                format!("unknown string escape '\\{other}'"),
                            ));
                        }
                        None => {
                            return Err(CompileError::new(
                                &pos,
                                "unterminated string: this '\"' has no closing '\"'",
                            ));
                        }
                    }
                }
                c => s.push(c),
            }
        }
    }

    fn read_token(&mut self) -> String {
        let mut t = String::new();
        while let Some(c) = self.peek() {
            if is_delimiter(c) || c == '[' || c == ']' {
                break;
            }
            t.push(c);
            self.next();
        }
        t
    }

    fn read_hash(&mut self, pos: Pos) -> Result<Syntax> {
        self.next();
        match self.peek() {
            Some('(') => {
                self.next();
                let list = self.read_list(pos.clone(), ')')?;
                match list.datum {
                    Datum::List(items, None) => Ok(Syntax::new(Datum::Vector(items), pos)),
                    _ => Err(CompileError::new(&pos, "a vector literal cannot be dotted")),
                }
            }
            Some('\\') => {
                self.next();
                let Some(first) = self.next() else {
                    return Err(CompileError::new(&pos, "'#\\' at end of input"));
                };
                let mut name = String::from(first);
                while let Some(c) = self.peek() {
                    if is_delimiter(c) {
                        break;
                    }
                    name.push(c);
                    self.next();
                }
                if name.chars().count() == 1 {
                    return Ok(Syntax::new(Datum::Char(first), pos));
                }
                let c = match name.as_str() {
                    "space" => ' ',
                    "newline" | "linefeed" => '\n',
                    "tab" => '\t',
                    "return" => '\r',
                    "null" | "nul" => '\0',
                    "delete" | "rubout" => '\x7f',
                    "escape" | "altmode" => '\x1b',
                    "alarm" => '\x07',
                    "backspace" => '\x08',
                    n if n.starts_with('x') && n.len() > 1 => {
                        match u32::from_str_radix(&n[1..], 16).ok().and_then(char::from_u32) {
                            Some(c) => c,
                            None => {
                                return Err(CompileError::new(
                                    &pos,
                                    format!("bad character code #\\{n}"),
                                ));
                            }
                        }
                    }
                    n => {
                        return Err(CompileError::new(
                            &pos,
                            format!("unknown character name #\\{n}"),
                        ));
                    }
                };
                Ok(Syntax::new(Datum::Char(c), pos))
            }
            _ => {
                let t = self.read_token();
                match t.as_str() {
                    "t" | "true" => Ok(Syntax::new(Datum::Bool(true), pos)),
                    "f" | "false" => Ok(Syntax::new(Datum::Bool(false), pos)),
                    _ if t.starts_with([
                        'x', 'X', 'b', 'B', 'o', 'O', 'd', 'D', 'e', 'E', 'i', 'I',
                    ]) =>
                    {
                        match parse_number(&format!("#{t}"), 10) {
                            Some(d) => Ok(Syntax::new(d, pos)),
                            None => Err(CompileError::new(&pos, format!("bad number: #{t}"))),
                        }
                    }
                    _ => Err(CompileError::new(&pos, format!("unknown '#' syntax: #{t}"))),
                }
            }
        }
    }

    fn read_atom(&mut self, pos: Pos) -> Result<Syntax> {
        let t = self.read_token();
        if let Some(d) = parse_number(&t, 10) {
            return Ok(Syntax::new(d, pos));
        }
        if looks_numeric(&t) {
            return Err(CompileError::new(
                &pos,
                format!("bad number or unsupported number syntax: {t}"),
            ));
        }
        Ok(Syntax::new(Datum::Sym(t), pos))
    }
}

/// Whether a token that is not a number still starts like one (an optional sign, then a
/// digit), so it is an error rather than a symbol.
fn looks_numeric(t: &str) -> bool {
    let b = t.as_bytes();
    let i = usize::from(matches!(b.first(), Some(b'+') | Some(b'-')));
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// The largest decimal exponent magnitude the readers keep; a larger one saturates here (the
/// value is then 0, infinite, or too large for `#e`).
const EXPONENT_LIMIT: i64 = 100_000_000;
/// The largest power of ten an exact (`#e`) decimal may be scaled by.
const EXACT_EXPONENT_LIMIT: i64 = 10_000;

/// Parse `t` as a number written in `radix` unless a prefix says otherwise, or None if it is
/// not a number VVM reads. Prefixes: at most one radix (`#x #o #b #d`) and one exactness (`#e
/// #i`), in either order, any case. Then `+inf.0 -inf.0 +nan.0 -nan.0`, or an optional sign
/// and the digits of an integer, or in radix 10 a decimal: digits with a '.' (`1.5 .5 2.`)
/// and/or an exponent (`1e10 1.5E-3`). Integers are exact unless `#i`, decimals inexact unless
/// `#e` (then they must be integers: there are no exact rationals yet). Decimals round to the
/// nearest double. `%parse-number` in `src-vvm/runtime/numbers.vvm` is the same procedure for
/// `read` and `string->number`.
pub fn parse_number(t: &str, radix: u32) -> Option<Datum> {
    let mut radix = radix;
    let mut radix_seen = false;
    let mut exact: Option<bool> = None;
    let mut rest = t;
    while rest.len() >= 2 && rest.as_bytes()[0] == b'#' {
        match rest.as_bytes()[1].to_ascii_lowercase() {
            c @ (b'x' | b'o' | b'b' | b'd') if !radix_seen => {
                radix = match c {
                    b'x' => 16,
                    b'o' => 8,
                    b'b' => 2,
                    _ => 10,
                };
                radix_seen = true;
            }
            c @ (b'e' | b'i') if exact.is_none() => exact = Some(c == b'e'),
            _ => return None,
        }
        rest = &rest[2..];
    }
    parse_real(rest, radix, exact)
}

/// The number after the prefixes; `exact` is Some(true) for `#e`, Some(false) for `#i`.
fn parse_real(t: &str, radix: u32, exact: Option<bool>) -> Option<Datum> {
    let special = match t {
        "+inf.0" => Some(f64::INFINITY),
        "-inf.0" => Some(f64::NEG_INFINITY),
        "+nan.0" | "-nan.0" => Some(f64::NAN),
        _ => None,
    };
    if let Some(x) = special {
        return if exact == Some(true) { None } else { Some(Datum::Flonum(x)) };
    }
    let (negative, body) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty() {
        return None;
    }
    if body.chars().all(|c| c.is_digit(radix)) {
        let n = BigInt::parse(body, radix, negative);
        return Some(match (exact, &n) {
            (Some(false), Datum::Int(i)) => Datum::Flonum(*i as f64),
            (Some(false), Datum::Big(b)) => Datum::Flonum(b.to_f64()),
            _ => n,
        });
    }
    if radix != 10 {
        return None;
    }
    let b = body.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let (frac_start, mut i) = if b.get(int_end) == Some(&b'.') {
        (int_end + 1, digits_from(int_end + 1))
    } else {
        (int_end, int_end)
    };
    let (int_digits, frac_digits) = (&body[..int_end], &body[frac_start..i]);
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut exponent: i64 = 0;
    if matches!(b.get(i), Some(b'e') | Some(b'E')) {
        i += 1;
        let exponent_negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'+') | Some(b'-')) {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exponent = (exponent * 10 + i64::from(b[i] - b'0')).min(EXPONENT_LIMIT);
            i += 1;
        }
        if i == start {
            return None;
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    if i != b.len() {
        return None;
    }
    if exact == Some(true) {
        // The value is DIGITS x 10^scale; it must be an integer.
        let digits = format!("{int_digits}{frac_digits}");
        let mut digits = digits.trim_start_matches('0');
        if digits.is_empty() {
            return Some(Datum::Int(0));
        }
        let mut scale = exponent - frac_digits.len() as i64;
        while scale < 0 && digits.ends_with('0') {
            digits = &digits[..digits.len() - 1];
            scale += 1;
        }
        if !(0..=EXACT_EXPONENT_LIMIT).contains(&scale) {
            return None;
        }
        return Some(BigInt::parse(
            &format!("{digits}{}", "0".repeat(scale as usize)),
            10,
            negative,
        ));
    }
    // Rust's parser rounds to nearest, ties to even, as the runtime does.
    let sign = if negative { "-" } else { "" };
    let int_digits = if int_digits.is_empty() { "0" } else { int_digits };
    let text = format!("{sign}{int_digits}.{frac_digits}e{exponent}");
    Some(Datum::Flonum(text.parse().expect("a well-formed decimal parses")))
}
#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        match read_all("t.scm", text) {
            Ok(v) => v.iter().map(|s| s.datum.to_string()).collect::<Vec<_>>().join(" "),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn reads_data() {
        assert_eq!(
            show("(a . b) #(1 2) 'x `(a ,b ,@c) #\\space \"a\\nb\" -12 #xff"),
            "(a . b) #(1 2) (quote x) (quasiquote (a (unquote b) (unquote-splicing c))) #\\space \"a\\nb\" -12 255"
        );
        assert_eq!(show("#| nested #| c |# |# 1 #;(skipped) 2 ; done"), "1 2");
    }

    #[test]
    fn reads_numbers() {
        assert_eq!(
            show("1.5 .5 -2. 1e21 1.5e-7 123.25 -0.0 +inf.0 -nan.0 #e1.5e3 #i3 #x-ff #X#I10"),
            "1.5 0.5 -2.0 1e21 1.5e-7 123.25 -0.0 +inf.0 +nan.0 1500 3.0 -255 16.0"
        );
        assert_eq!(
            show(
                "1152921504606846975 1152921504606846976 -1152921504606846977 #x10000000000000000"
            ),
            "1152921504606846975 1152921504606846976 -1152921504606846977 18446744073709551616"
        );
        // 2^60: digits 0, 0, 1 in base 2^30.
        assert_eq!(
            BigInt::parse("1152921504606846976", 10, false),
            Datum::Big(BigInt { negative: false, digits: vec![0, 0, 1] })
        );
        assert_eq!(show("#e1.5"), "error: t.scm:1:1: bad number: #e1.5");
        assert_eq!(show("1e+"), "error: t.scm:1:1: bad number or unsupported number syntax: 1e+");
        assert_eq!(show("1/2"), "error: t.scm:1:1: bad number or unsupported number syntax: 1/2");
    }

    #[test]
    fn reports_where() {
        assert_eq!(
            show("\n  (define (f x)\n  (car x)"),
            "error: t.scm:2:3: unclosed list: this '(' has no matching ')'"
        );
        assert_eq!(show("(a))"), "error: t.scm:1:4: unexpected ')'");
        assert_eq!(
            show("\"abc"),
            "error: t.scm:1:1: unterminated string: this '\"' has no closing '\"'"
        );
        assert_eq!(show("#\\bogus"), "error: t.scm:1:1: unknown character name #\\bogus");
    }
}
