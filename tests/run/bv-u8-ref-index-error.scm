;; bytevector-u8-ref past the end: an index error naming bytevector-u8-ref and the bytevector.
;; expect-exit: 1
;; expect-stdout:
;; | 7
;; expect-stderr:
;; | Error in bytevector-u8-ref: index 3 is out of range for #u8(5 6 7)
;; | Backtrace (most recent call first):
;; |   #0 peek at tests/run/bv-u8-ref-index-error.scm:12
;; |   #1 bv-u8-ref-index-error.toplevel at tests/run/bv-u8-ref-index-error.scm:16

(define (peek b k)
  (let ((r (bytevector-u8-ref b k)))
    r))
(write (peek (bytevector 5 6 7) 2))
(newline)
(write (peek (bytevector 5 6 7) 3))
(newline)
