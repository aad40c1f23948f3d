//! The open-coded primitives: the machine code of every `prim` instruction (see
//! `crate::prims::PRIMITIVES`), and the two with long sequences, `%alloc-object` and `%apply`.
//! Frames, calls, stubs and the shared helpers (allocation, type checks, the write barrier) are
//! in `mod.rs`.

use super::*;

/// The six arguments of a system or C call: pop them into the registers given (argument 1
/// first) and untag them and rax (the call number or the function): they become raw words. A
/// macro, not a function, so dynasm sees the registers and encodes them as written (a register
/// chosen at run time would always get a REX prefix).
macro_rules! raw_args {
    ($ops:expr; $($r:ident),*) => {
        x64!($ops $(; pop $r)* ; sar rax, 3 $(; sar $r, 3)*)
    };
}

impl Emitter {
    pub(super) fn prim(&mut self, p: &'static str) {
        if is_comparison(p) {
            let resume = self.ops.new_dynamic_label();
            let cc = self.compare(p, Resume::Value(resume)).expect("a comparison");
            self.bool_from_flags(cc);
            x64!(self.ops; =>resume);
            self.depth -= prim_arity(p).saturating_sub(1);
            return;
        }
        self.depth -= prim_arity(p).saturating_sub(1);
        let unspec = l::UNSPECIFIED as i32;
        match p {
            "cons" => {
                self.alloc(24);
                let h = l::header(l::ty::PAIR, 2) as i32;
                x64!(self.ops
                    ; mov QWORD [rcx], h
                    ; mov [rcx + 8], rax
                    ; pop rdx
                    ; mov [rcx + 16], rdx
                    ; lea rax, [rcx + 1]
                );
            }
            "car" | "cdr" => {
                self.check_object(Reg::Rax, l::ty::PAIR, p, "pair");
                if p == "car" {
                    x64!(self.ops; mov rax, [rax + 7]);
                } else {
                    x64!(self.ops; mov rax, [rax + 15]);
                }
            }
            "set-car!" | "set-cdr!" => {
                self.check_object(Reg::Rax, l::ty::PAIR, p, "pair");
                x64!(self.ops; pop rcx);
                if p == "set-car!" {
                    x64!(self.ops; mov [rax + 7], rcx; lea rdi, [rax + 7]);
                } else {
                    x64!(self.ops; mov [rax + 15], rcx; lea rdi, [rax + 15]);
                }
                self.write_barrier();
                x64!(self.ops; mov eax, unspec);
            }
            "pair?" => self.type_test(l::ty::PAIR),
            "symbol?" => self.type_test(l::ty::SYMBOL),
            "string?" => self.type_test(l::ty::STRING),
            "vector?" => self.type_test(l::ty::VECTOR),
            "procedure?" => self.type_test(l::ty::CLOSURE),
            "char?" => {
                x64!(self.ops; cmp al, l::CHAR_TAG as i8);
                self.bool_from_flags(Cc::E);
            }
            "boolean?" => {
                x64!(self.ops; and rax, -9; cmp rax, l::FALSE as i32);
                self.bool_from_flags(Cc::E);
            }
            "fixnum?" => {
                x64!(self.ops; test al, 7);
                self.bool_from_flags(Cc::E);
            }
            "+" => {
                let back = Resume::Value(self.ops.new_dynamic_label());
                let fail =
                    self.new_stub(StubKind::Arith { who: "+", undo: Undo::Sub, resume: back });
                self.arith_operands("+", back);
                x64!(self.ops; add rax, rcx; jo =>fail);
                self.bind_resume(back);
            }
            "-" => {
                let back = Resume::Value(self.ops.new_dynamic_label());
                let fail =
                    self.new_stub(StubKind::Arith { who: "-", undo: Undo::Add, resume: back });
                self.arith_operands("-", back);
                x64!(self.ops; sub rax, rcx; jo =>fail);
                self.bind_resume(back);
            }
            "*" => {
                let back = Resume::Value(self.ops.new_dynamic_label());
                let fail =
                    self.new_stub(StubKind::Arith { who: "*", undo: Undo::None, resume: back });
                self.arith_operands("*", back);
                x64!(self.ops; mov rdx, rax; sar rdx, 3; imul rdx, rcx; jo =>fail; mov rax, rdx);
                self.bind_resume(back);
            }
            "quotient" | "remainder" | "modulo" => {
                let back = Resume::Value(self.ops.new_dynamic_label());
                let fail =
                    self.new_stub(StubKind::Arith { who: p, undo: Undo::FromRsi, resume: back });
                self.arith_operands(p, back);
                x64!(self.ops; mov rsi, rax; test rcx, rcx; je =>fail; cqo; idiv rcx);
                match p {
                    "quotient" => x64!(self.ops; imul rax, rax, 8; jo =>fail),
                    "remainder" => x64!(self.ops; mov rax, rdx),
                    _ => {
                        let done = self.ops.new_dynamic_label();
                        x64!(self.ops
                            ; mov rax, rdx
                            ; test rax, rax
                            ; je =>done
                            ; xor rdx, rcx
                            ; jns =>done
                            ; add rax, rcx
                            ; =>done
                        );
                    }
                }
                self.bind_resume(back);
            }
            "vector-ref" | "vector-set!" | "string-ref" => {
                let (ty, expected) = if p == "string-ref" {
                    (l::ty::STRING, "string")
                } else {
                    (l::ty::VECTOR, "vector")
                };
                self.check_object(Reg::Rax, ty, p, expected);
                x64!(self.ops; pop rcx);
                self.check_fixnum(Reg::Rcx, p);
                let fail = self.new_stub(StubKind::Index { who: p });
                x64!(self.ops
                    ; mov rdx, [rax - 1]
                    ; shr rdx, 8
                    ; mov rsi, rcx
                    ; sar rsi, 3
                    ; cmp rsi, rdx
                    ; jae =>fail
                );
                match p {
                    "vector-ref" => x64!(self.ops; mov rax, [rax + rsi * 8 + 7]),
                    "vector-set!" => {
                        x64!(self.ops; pop rdx; mov [rax + rsi * 8 + 7], rdx; lea rdi, [rax + rsi * 8 + 7]);
                        self.write_barrier();
                        x64!(self.ops; mov eax, unspec)
                    }
                    _ => x64!(self.ops
                        ; movzx eax, BYTE [rax + rsi + 7]
                        ; shl eax, 8
                        ; or eax, l::CHAR_TAG as i32
                    ),
                }
            }
            "vector-length" | "string-length" => {
                let (ty, expected) = if p == "string-length" {
                    (l::ty::STRING, "string")
                } else {
                    (l::ty::VECTOR, "vector")
                };
                self.check_object(Reg::Rax, ty, p, expected);
                x64!(self.ops; mov rax, [rax - 1]; shr rax, 8; shl rax, 3);
            }
            "char->integer" => {
                let fail =
                    self.new_stub(StubKind::Type { who: p, expected: "char", reg: Reg::Rax });
                x64!(self.ops; cmp al, l::CHAR_TAG as i8; jne =>fail; shr rax, 8; shl rax, 3);
            }
            "integer->char" => {
                let fail =
                    self.new_stub(StubKind::Type { who: p, expected: "char-code", reg: Reg::Rax });
                x64!(self.ops
                    ; test al, 7
                    ; jne =>fail
                    ; cmp rax, 0x10ffff * 8
                    ; ja =>fail
                    ; shl rax, 5
                    ; or rax, l::CHAR_TAG as i32
                );
            }
            "%heap-object?" => {
                x64!(self.ops; and eax, 7; cmp eax, l::TAG_OBJECT as i32);
                self.bool_from_flags(Cc::E);
            }
            "%object-type" => x64!(self.ops; movzx eax, BYTE [rax - 1]; shl eax, 3),
            "%object-length" => x64!(self.ops; mov rax, [rax - 1]; shr rax, 8; shl rax, 3),
            "%object-ref" => x64!(self.ops; pop rcx; mov rax, [rax + rcx + 7]),
            "%object-set!" => {
                x64!(self.ops; pop rcx; pop rdx; mov [rax + rcx + 7], rdx; lea rdi, [rax + rcx + 7]);
                self.write_barrier();
                x64!(self.ops; mov eax, unspec)
            }
            "%byte-ref" => {
                x64!(self.ops; pop rcx; sar rcx, 3; movzx eax, BYTE [rax + rcx + 7]; shl eax, 3)
            }
            "%byte-set!" => x64!(self.ops
                ; pop rcx
                ; pop rdx
                ; sar rcx, 3
                ; sar rdx, 3
                ; mov [rax + rcx + 7], dl
                ; mov eax, unspec
            ),
            "%alloc-object" => self.alloc_object(),
            "%closure-entry" => x64!(self.ops; mov rax, [rax + 7]; shl rax, 3),
            "%address-of" => x64!(self.ops; lea rax, [rax - 1]; shl rax, 3),
            "%peek-u8" => x64!(self.ops; sar rax, 3; movzx eax, BYTE [rax]; shl eax, 3),
            "%peek-word" => x64!(self.ops; sar rax, 3; mov rax, [rax]; shl rax, 3),
            "%peek-object" => x64!(self.ops; sar rax, 3; mov rax, [rax]),
            "%poke-word" => {
                x64!(self.ops; pop rcx; sar rax, 3; sar rcx, 3; mov [rax], rcx; mov eax, unspec)
            }
            "%flonum?" => self.type_test(l::ty::FLONUM),
            "%fl+" | "%fl-" | "%fl*" | "%fl/" => {
                // Allocate first: a collection may move both operands (rax and the stack top).
                self.alloc(16);
                x64!(self.ops; pop rdx; movsd xmm0, [rax + 7]);
                match p {
                    "%fl+" => x64!(self.ops; addsd xmm0, [rdx + 7]),
                    "%fl-" => x64!(self.ops; subsd xmm0, [rdx + 7]),
                    "%fl*" => x64!(self.ops; mulsd xmm0, [rdx + 7]),
                    _ => x64!(self.ops; divsd xmm0, [rdx + 7]),
                }
                self.finish_flonum();
            }
            "%fl<" => {
                // b > a, unordered false: a < b with NaN false.
                x64!(self.ops
                    ; pop rcx
                    ; movsd xmm0, [rcx + 7]
                    ; ucomisd xmm0, [rax + 7]
                    ; seta al
                    ; movzx eax, al
                    ; lea rax, [rax * 8 + l::FALSE as i32]
                );
            }
            "%fl=" => x64!(self.ops
                ; pop rcx
                ; movsd xmm0, [rax + 7]
                ; ucomisd xmm0, [rcx + 7]
                ; sete al
                ; setnp cl
                ; and al, cl
                ; movzx eax, al
                ; lea rax, [rax * 8 + l::FALSE as i32]
            ),
            "%fixnum->flonum" => {
                self.alloc(16);
                x64!(self.ops; mov rdx, rax; sar rdx, 3; cvtsi2sd xmm0, rdx);
                self.finish_flonum();
            }
            "%flonum-truncate" => x64!(self.ops; cvttsd2si rax, [rax + 7]; shl rax, 3),
            "%flsqrt" | "%flfloor" | "%flceiling" | "%fltruncate" | "%flround" => {
                self.alloc(16);
                match p {
                    "%flsqrt" => x64!(self.ops; sqrtsd xmm0, [rax + 7]),
                    "%flfloor" => x64!(self.ops; roundsd xmm0, [rax + 7], 9),
                    "%flceiling" => x64!(self.ops; roundsd xmm0, [rax + 7], 10),
                    "%fltruncate" => x64!(self.ops; roundsd xmm0, [rax + 7], 11),
                    _ => x64!(self.ops; roundsd xmm0, [rax + 7], 8),
                }
                self.finish_flonum();
            }
            "%flonum-hi" => x64!(self.ops; mov eax, [rax + 11]; shl rax, 3),
            "%flonum-lo" => x64!(self.ops; mov eax, [rax + 7]; shl rax, 3),
            "%make-flonum" => {
                // (%make-flonum hi lo): the two 32-bit halves as fixnums.
                self.alloc(16);
                let h = l::header(l::ty::FLONUM, 8) as i32;
                x64!(self.ops
                    ; pop rdx
                    ; sar rdx, 3
                    ; mov [rcx + 8], edx
                    ; mov rdx, rax
                    ; sar rdx, 3
                    ; mov [rcx + 12], edx
                    ; mov QWORD [rcx], h
                    ; lea rax, [rcx + 1]
                );
            }
            "%u32-ref" => {
                x64!(self.ops; pop rcx; sar rcx, 3; mov eax, [rax + rcx * 4 + 7]; shl rax, 3)
            }
            "%u32-set!" => x64!(self.ops
                ; pop rcx
                ; pop rdx
                ; sar rcx, 3
                ; sar rdx, 3
                ; mov [rax + rcx * 4 + 7], edx
                ; mov eax, unspec
            ),
            "%set-stack-limit!" => x64!(self.ops; sar rax, 3; mov r13, rax; mov eax, unspec),
            "%stack-limit" => x64!(self.ops; mov rax, r13; shl rax, 3),
            "%escape-to" => {
                // (%escape-to fp value): return `value` from the frame whose rbp is fp, popping its
                // arguments as its own return would (the byte count is in the frame).
                x64!(self.ops
                    ; pop rsi
                    ; sar rax, 3
                    ; mov rcx, [rax + l::FRAME_ARGC]
                    ; mov rsp, rax
                    ; pop rbp
                    ; pop rdx
                    ; add rsp, rcx
                    ; mov rax, rsi
                    ; jmp rdx
                );
            }
            "%poke-u8" => {
                x64!(self.ops; pop rcx; sar rax, 3; sar rcx, 3; mov [rax], cl; mov eax, unspec)
            }
            "%poke-object" => x64!(self.ops; pop rcx; sar rax, 3; mov [rax], rcx; mov eax, unspec),
            "%object-at" => x64!(self.ops; sar rax, 3; add rax, l::TAG_OBJECT as i32),
            "%copy-words" => x64!(self.ops
                ; mov rdi, rax
                ; pop rsi
                ; pop rcx
                ; sar rdi, 3
                ; sar rsi, 3
                ; sar rcx, 3
                ; rep movsq
                ; mov eax, unspec
            ),
            "%frame-pointer" => x64!(self.ops; mov rax, rbp; shl rax, 3),
            "%set-alloc-region!" => x64!(self.ops
                ; pop rcx
                ; sar rax, 3
                ; sar rcx, 3
                ; mov r14, rax
                ; mov r15, rcx
                ; mov eax, unspec
            ),
            "%alloc-pointer" => x64!(self.ops; mov rax, r14; shl rax, 3),
            "%alloc-limit" => x64!(self.ops; mov rax, r15; shl rax, 3),
            "%unspecified" => x64!(self.ops; mov eax, unspec),
            "%eof-object" => x64!(self.ops; mov eax, l::EOF as i32),
            "%unbound-marker" => x64!(self.ops; mov eax, l::UNBOUND as i32),
            "%syscall" => {
                // The kernel's argument registers.
                raw_args!(self.ops; rdi, rsi, rdx, r10, r8, r9);
                x64!(self.ops; syscall; shl rax, 3)
            }
            "%c-call" => {
                // The C ABI's argument registers.
                raw_args!(self.ops; rdi, rsi, rdx, rcx, r8, r9);
                x64!(self.ops
                    // The C ABI wants rsp 16-aligned at the call; r12 (callee-saved, otherwise
                    // unused by VVM code) keeps the VVM stack pointer across it.
                    ; mov r12, rsp
                    ; and rsp, -16
                    ; call rax
                    ; mov rsp, r12
                    ; shl rax, 3
                )
            }
            "%apply" => self.apply(),
            other => panic!("primitive {other} has no code generator"),
        }
    }

    /// `(%alloc-object type length field-words fill)`: rax = type, stack: length, words, fill.
    fn alloc_object(&mut self) {
        let retry = self.ops.new_dynamic_label();
        let slow = self.new_stub(StubKind::AllocSlow { retry, size: Size::FieldsInRsi });
        x64!(self.ops
            ; =>retry
            ; mov rsi, [rsp + 8]
            ; mov rdi, r14
            ; lea rdx, [rdi + rsi + 8]
            ; cmp rdx, r15
            ; ja =>slow
            ; mov r14, rdx
            ; mov rdx, [rsp]
            ; shl rdx, 5
            ; sar rax, 3
            ; or rdx, rax
            ; mov [rdi], rdx
            ; mov rdx, rdi
            ; add rdi, 8
            ; mov rcx, rsi
            ; shr rcx, 3
            ; mov rax, [rsp + 16]
            ; rep stosq
            ; lea rax, [rdx + 1]
            ; add rsp, 24
        );
    }

    /// `(%apply f list)`: call f with the elements of list as arguments.
    fn apply(&mut self) {
        self.check_procedure(0);
        let bad = self.new_stub(StubKind::Type { who: "apply", expected: "list", reg: Reg::Rcx });
        let (count, counted, store, stored) = (
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
        );
        x64!(self.ops
            ; mov rbx, rax
            ; pop rcx
            ; xor edx, edx
            ; mov rsi, rcx
            ; =>count
            ; cmp rsi, l::NIL as i32
            ; je =>counted
            ; lea rdi, [rsi - 1]
            ; test dil, 7
            ; jne =>bad
            ; cmp BYTE [rdi], l::ty::PAIR as i8
            ; jne =>bad
            ; add rdx, 8
            ; mov rsi, [rsi + 15]
            ; jmp =>count
            ; =>counted
            ; sub rsp, rdx
            ; mov rdi, rsp
            ; mov rsi, rcx
            ; =>store
            ; cmp rsi, l::NIL as i32
            ; je =>stored
            ; mov rax, [rsi + 7]
            ; mov [rdi], rax
            ; add rdi, 8
            ; mov rsi, [rsi + 15]
            ; jmp =>store
            ; =>stored
            ; mov rax, rdx
            ; call QWORD [rbx + 7]
        );
        self.safepoint(0);
    }
}
