//! The one error type of the cross-compiler: a message with the source position it is about.

use crate::datum::Pos;
use std::fmt;

/// An error in the program being compiled, reported as `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// Where the problem is.
    pub pos: Pos,
    /// What is wrong, as a sentence fragment without a trailing period.
    pub message: String,
}

impl CompileError {
    /// An error at `pos`.
    pub fn new(pos: &Pos, message: impl Into<String>) -> CompileError {
        CompileError { pos: pos.clone(), message: message.into() }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

impl std::error::Error for CompileError {}

/// Result of a compiler step.
pub type Result<T> = std::result::Result<T, CompileError>;
