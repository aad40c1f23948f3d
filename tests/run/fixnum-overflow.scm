;; Doubling past the largest fixnum (2^60 - 1) no longer overflows: the result is a bignum, and
;; results that fit again come back as fixnums.
;; expect-stdout:
;; | 576460752303423488
;; | 1152921504606846976
;; | 2305843009213693952
;; | #f
;; | 1152921504606846975
;; | 576460752303423488
;; | #t

(define (double-times n count)
  (if (= count 0)
      n
      (double-times (* n 2) (- count 1))))
(display (double-times 1 59))
(newline)
(display (double-times 1 60))
(newline)
(display (double-times 1 61))
(newline)
(display (fixnum? (double-times 1 60)))
(newline)
(display (- (double-times 1 60) 1))
(newline)
(display (quotient (double-times 1 60) 2))
(newline)
(display (fixnum? (- (double-times 1 60) 1)))
(newline)
