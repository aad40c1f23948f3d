;; bytevector-u8-set! of a value that is not a byte: a type error naming bytevector-u8-set!.
;; expect-exit: 1
;; expect-stdout:
;; | #u8(0 200)
;; expect-stderr:
;; | Error in bytevector-u8-set!: expected a byte, got 256
;; | Backtrace (most recent call first):
;; |   #0 poke! at tests/run/bv-u8-set-error.scm:12
;; |   #1 bv-u8-set-error.toplevel at tests/run/bv-u8-set-error.scm:18

(define (poke! b k x)
  (let ((r (bytevector-u8-set! b k x)))
    r))
(define b (make-bytevector 2 0))
(poke! b 1 200)
(write b)
(newline)
(poke! b 0 256)
(write b)
(newline)
