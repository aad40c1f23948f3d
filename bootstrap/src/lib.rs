//! The Rust cross-compiler for VVM code. It reads source text, expands it to a small core
//! language, converts assignments and closures, generates VPU-style virtual instructions and
//! assembles them to x86-64 with their metadata. It produces code objects; laying them out in an
//! image is `image-builder`'s job.
//!
//! Each pass is one file under `passes/`, named like its twin in `src-vvm/compiler/passes/`;
//! `pipeline.rs` lists them in order.
#![deny(missing_docs)]

pub mod ast;
pub mod codegen;
pub mod datum;
pub mod error;
pub mod ir;
pub mod libraries;
pub mod passes;
pub mod pipeline;
pub mod prims;
pub mod reader;
pub mod syntax_rules;
