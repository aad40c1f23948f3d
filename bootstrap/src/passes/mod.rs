//! The compiler passes, one per file, in pipeline order (see `pipeline.rs`).

pub mod convert_assignments;
pub mod convert_closures;
pub mod expand_syntax;
pub mod generate_ir;
