;; Run under gdb by tests/harness/image.rs: a breakpoint on vvm.leaf, then a backtrace through
;; vvm.middle and vvm.top, each at its defining line. No call below is a tail call (a tail call
;; replaces its caller's frame, so the caller would be missing from the backtrace).
(define (leaf x) (* x 2))
(define (middle x) (+ (leaf x) 1))
(define (top x) (+ (middle x) 0))
(display (top 20))
(newline)
