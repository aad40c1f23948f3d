;; Exact and inexact together: an operation with a flonum operand gives a flonum (the exact
;; operand rounded to nearest), division is exact when the quotient is an integer and otherwise
;; the nearest flonum (VVM has no exact rationals yet), max and min are inexact when any argument
;; is.
;; expect-stdout:
;; | 3.5
;; | 3.5
;; | 9.75
;; | 1.5
;; | 6.338253001141147e29
;; | 1e30
;; | 1.6069380442589903e60
;; | 1e100
;; | 1e100
;; | 9.007199254740992e15
;; | 9.007199254740996e15
;; | 9.007199254740991e15
;; | 9.007199254740992e15
;; | 1.152921504606847e18
;; | 1.1529215046068472e18
;; | 1e308
;; | +inf.0
;; | -inf.0
;; | 1.2345678901234568e29
;; | 2
;; | -2
;; | 0.3333333333333333
;; | -0.6666666666666666
;; | 9.765625e-4
;; | 100000000000000000000
;; | 3.333333333333333e39
;; | 3.764861949599026e-96
;; | 0.5
;; | 2.0
;; | 10
;; | 2.857142857142857
;; | 0.25
;; | 0.25
;; | +inf.0
;; | #t
;; | 2.0
;; | 3.0
;; | 1.0
;; | 3
;; | 1.1805916207174113e21
;; | +nan.0
;; | (0 1 1.5 2.0 -1.5 10.0)
;; | -0.0
;; | -0.0
;; | 0.0
;; | 1e100
;; | -1e100
;; | 2.702159776422298e16
;; | 0.0
;; | -0.0

(define (show x) (write x) (newline))
;; An operation with a flonum operand converts the exact one to the nearest flonum.
(show (+ 1 2.5))
(show (+ 2.5 1))
(show (- 10 0.25))
(show (* 3 0.5))
(show (* 0.5 (expt 2 100)))
(show (+ (expt 10 30) 1.0))
(show (- (expt 2 200) 1.0))
(show (* (expt 10 400) 1e-300))
(show (/ (expt 10 400) 1e300))
(show (+ 9007199254740993 0.0))
(show (+ 9007199254740995 0.0))
(show (exact->inexact (- (expt 2 53) 1)))
(show (exact->inexact (+ (expt 2 53) 1)))
(show (exact->inexact (+ (expt 2 60) (expt 2 7))))
(show (exact->inexact (+ (expt 2 60) (expt 2 7) 1)))
(show (inexact (expt 10 308)))
(show (inexact (expt 10 309)))
(show (inexact (- (expt 10 309))))
(show (inexact 123456789012345678901234567890))
;; Division: exact when the quotient is an integer, else the nearest flonum (no rationals yet).
(show (/ 6 3))
(show (/ -6 3))
(show (/ 1 3))
(show (/ -2 3))
(show (/ 1 1024))
(show (/ (expt 10 40) (expt 10 20)))
(show (/ (expt 10 40) 3))
(show (/ 1 (expt 3 200)))
(show (/ 2))
(show (/ 0.5))
(show (/ 60 2 3))
(show (/ 60 7 3))
(show (/ 1.0 4))
(show (/ 1 4.0))
(show (/ 1 0.0))
(show (exact? (/ 6 3)))
;; max and min are inexact when any argument is.
(show (max 1 2.0))
(show (max 3 2.0))
(show (min 1 2.0))
(show (max 1 2 3))
(show (min (expt 2 70) 1e30))
(show (max 1 +nan.0 3))
(show (list (+) (*) (+ 1.5) (* 2.0) (- 1.5) (+ 1 2 3.0 4)))
(show (+ -0.0 0))
(show (- 0.0))
(show (* 0 1.5))
;; A flonum times or over an exact integer beyond 2^53 is computed exactly, then rounded once.
(show (* (expt 10 400) 1e-300))
(show (/ (expt 10 400) -1e300))
(show (* 9007199254740993 3.0))
(show (/ (expt 10 400) +inf.0))
(show (* -0.0 (expt 10 400)))
