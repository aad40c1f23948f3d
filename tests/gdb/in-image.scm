;; Run under gdb by tests/harness/image.rs as `vvm --image IMAGE tests/gdb/in-image.scm`: the
;; compiler in the image compiles this file while the VM runs, and debug/jit.vvm registers a
;; symbol file for it with gdb. A breakpoint on vvm.jit-leaf (set before `run`), a backtrace
;; through vvm.jit-middle and vvm.jit-top (each at its defining line) and the image's frames
;; down to the shim's main; `finish` returns to vvm.jit-middle. No call below is a tail call
;; (a tail call replaces its caller's frame, so the caller would be missing from the backtrace).
(define (jit-leaf x) (* x 2))
(define (jit-middle x) (+ (jit-leaf x) 1))
(define (jit-top x) (+ (jit-middle x) 0))
(display (jit-top 20))
(newline)
