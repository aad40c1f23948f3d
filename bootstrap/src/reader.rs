//! The reader: text to `Syntax`, with file:line:column positions and clear errors.
//! Mirrors `src-vvm/runtime/reader.vvm` (issue 3); both give the same messages.
//!
//! Syntax: R7RS data — integers, `#t #f #true #false`, characters (`#\a`, `#\space`, `#\x41`),
//! strings with `\n \t \r \\ \" \xHH;` escapes, symbols (case-sensitive, `|...|` not supported),
//! lists, dotted pairs, vectors `#(...)`, `'` `` ` `` `,` `,@`, and `;`, `#| |#`, `#;` comments.

use crate::datum::{Datum, Pos, Syntax};
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
                    _ if t.starts_with('x') || t.starts_with('X') => {
                        self.number(&t[1..], 16, &pos, &t)
                    }
                    _ if t.starts_with('b') || t.starts_with('B') => {
                        self.number(&t[1..], 2, &pos, &t)
                    }
                    _ if t.starts_with('o') || t.starts_with('O') => {
                        self.number(&t[1..], 8, &pos, &t)
                    }
                    _ if t.starts_with('d') || t.starts_with('D') => {
                        self.number(&t[1..], 10, &pos, &t)
                    }
                    _ => Err(CompileError::new(&pos, format!("unknown '#' syntax: #{t}"))),
                }
            }
        }
    }

    fn number(&self, digits: &str, radix: u32, pos: &Pos, whole: &str) -> Result<Syntax> {
        match parse_integer(digits, radix) {
            Some(n) => Ok(Syntax::new(Datum::Int(n), pos.clone())),
            None => Err(CompileError::new(pos, format!("bad number: #{whole}"))),
        }
    }

    fn read_atom(&mut self, pos: Pos) -> Result<Syntax> {
        let t = self.read_token();
        if let Some(n) = parse_integer(&t, 10) {
            return Ok(Syntax::new(Datum::Int(n), pos));
        }
        let looks_numeric = {
            let b = t.as_bytes();
            let i = usize::from(matches!(b.first(), Some(b'+') | Some(b'-')));
            b.get(i).is_some_and(|c| c.is_ascii_digit())
        };
        if looks_numeric {
            if t.bytes().all(|c| c.is_ascii_digit() || c == b'-' || c == b'+') {
                return Err(CompileError::new(
                    &pos,
                    format!(
                        "integer {t} does not fit in a fixnum (-2^60 .. 2^60-1); bignums are not implemented yet"
                    ),
                ));
            }
            return Err(CompileError::new(
                &pos,
                format!("bad number or unsupported number syntax: {t}"),
            ));
        }
        Ok(Syntax::new(Datum::Sym(t), pos))
    }
}

/// Parse an optionally signed integer that fits in a fixnum.
fn parse_integer(t: &str, radix: u32) -> Option<i64> {
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let mag = i128::from_str_radix(digits, radix).ok()?;
    let n = if neg { -mag } else { mag };
    if n < vvm_layout::FIXNUM_MIN as i128 || n > vvm_layout::FIXNUM_MAX as i128 {
        return None;
    }
    Some(n as i64)
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
