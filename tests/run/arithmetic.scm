;; Fixnum arithmetic: n-ary + and *, unary and n-ary -, the division family with every sign
;; combination, and the numeric procedures of numbers.vvm.
;; expect-stdout:
;; | 3
;; | 15
;; | 0
;; | 1
;; | 24
;; | -10
;; | 5
;; | -20
;; | 3
;; | -3
;; | 3
;; | 2
;; | -2
;; | 2
;; | 2
;; | 3
;; | -3
;; | -2
;; | 7
;; | 1
;; | 3
;; | 6
;; | 12
;; | 1024
;; | 144
;; | 1000000000000000000
;; | -1000000000000000000
;; | 142857142857142857
;; | 1152921504606846975
;; | -1152921504606846976
;; | 1152921504606846975

(define (show x) (display x) (newline))
(show (+ 1 2))
(show (+ 1 2 3 4 5))
(show (+))
(show (*))
(show (* 2 3 4))
(show (- 10))
(show (- 10 3 2))
(show (* -4 5))
(show (quotient 17 5))
(show (quotient -17 5))
(show (quotient -17 -5))
(show (remainder 17 5))
(show (remainder -17 5))
(show (remainder 17 -5))
(show (modulo 17 5))
(show (modulo -17 5))
(show (modulo 17 -5))
(show (modulo -17 -5))
(show (abs -7))
(show (min 3 1 2))
(show (max 3 1 2))
(show (gcd 12 18))
(show (lcm 4 6))
(show (expt 2 10))
(show (square 12))
(show (* 1000000000 1000000000))
(show (- (* 1000000000 1000000000)))
(show (quotient 1000000000000000000 7))
(show 1152921504606846975)
(show -1152921504606846976)
(show (+ 1152921504606846974 1))
