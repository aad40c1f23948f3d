;; sqrt (exact for exact squares, the nearest flonum otherwise, +nan.0 below zero: no
;; complex numbers), exact-integer-sqrt, and expt over exact and inexact bases and exponents (a
;; negative exact exponent gives a flonum unless the result is an integer: no exact rationals).
;; expect-stdout:
;; | (0 1 2 4 1000 100000000000000000000 1.243435789333745e24)
;; | (1.4142135623730951 1.7320508075688772 3.1622776601683795 100000.0 1.5 0.0 -0.0 +inf.0)
;; | 1.7927286711931566e30
;; | 1e200
;; | (+nan.0 +nan.0)
;; | (#t #f #f)
;; | ((0 0) (1 0) (3 6) (4 0) (4 1) (1073741823 2147483646) (316227766016837933199 562477137586013626399) (1267650600228229401496703205376 12345))
;; | (1024 -27 1 0 1 -1 1)
;; | (0.25 0.001 -0.125)
;; | (1798465042647412146620280340569649349251249 -633825300114114700748351602688)
;; | (1024.0 1024.0 3.375 0.01 1 0.0)
;; | (1.4142135623730951 2.0 2.0 10.0 -512.0)
;; | (+inf.0 +nan.0 +inf.0 5e-324 +inf.0)
;; | (144 2.25 1208925819614629174706176)

(define (show x) (write x) (newline))
;; sqrt: exact for exact perfect squares, else the nearest flonum.
(show (map sqrt (list 0 1 4 16 1000000 (expt 10 40) (expt 3 101))))
(show (map sqrt (list 2 3 10 1e10 2.25 0.0 -0.0 +inf.0)))
(show (sqrt (* (expt 2 200) 2)))
(show (sqrt (+ (expt 10 400) 1)))
(show (list (sqrt -4) (sqrt -1.0)))
(show (map exact? (list (sqrt 16) (sqrt 15) (sqrt 16.0))))
(define (isqrt-list n) (call-with-values (lambda () (exact-integer-sqrt n)) list))
(show (map isqrt-list (list 0 1 15 16 17 1152921504606846975 (expt 10 41) (+ (expt 2 200) 12345))))
;; expt: exact base and exponent give an exact result; a negative exponent gives 1/b^e,
;; inexact unless it is an integer; a flonum makes the result inexact; (expt z 0) is 1.
(show (list (expt 2 10) (expt -3 3) (expt 0 0) (expt 0 5) (expt 1 -5) (expt -1 -3) (expt 2.5 0)))
(show (list (expt 2 -2) (expt 10 -3) (expt -2 -3)))
(show (list (expt 7 50) (expt -2 99)))
(show (list (expt 2.0 10) (expt 2 10.0) (expt 1.5 3) (expt 10.0 -2) (expt 0.0 0) (expt 0.0 2)))
(show (list (expt 2.0 0.5) (expt 4 0.5) (expt 8.0 (/ 1 3)) (expt 1e10 0.1) (expt -8.0 3.0)))
(show (list (expt 0.0 -1) (expt -2.0 0.5) (expt +inf.0 2) (expt 2.0 -1074) (expt 2.0 1024)))
(show (list (square 12) (square 1.5) (square (expt 2 40))))
