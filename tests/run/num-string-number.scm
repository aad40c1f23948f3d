;; string->number reads the readers' number syntax: decimals and exponents (correctly
;; rounded, ties to even, at the edges of the range too), special values, radix and exactness
;; prefixes; #f otherwise, including #e non-integers and decimal points outside radix 10.
;; expect-stdout:
;; | (1.5 0.5 -0.5 0.5 2.0 -2.0 1e10 1e10 1e10 1e-10 -0.0015)
;; | (0.1 1e21 +inf.0 -inf.0 0.0 -0.0 0.0 0.5)
;; | (+inf.0 -inf.0 +nan.0 +nan.0 +inf.0)
;; | (1.0 -7.0 1 1000 125 -5 31.0 31.0)
;; | (#f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f #f)
;; | (482 #f 1.5 3 #f #f)
;; | 1.2345678901234568e24
;; | 0.1
;; | 5e-324
;; | 0.0
;; | 9007199254740993
;; | 9.007199254740992e15
;; | 9.007199254740992e15
;; | 1.7976931348623157e308
;; | +inf.0
;; | (#t #f #t #f #f)

(define (show x) (write x) (newline))
;; string->number reads what the readers read: decimals, exponents, special values,
;; prefixes; #f for anything else.
(show (map string->number '("1.5" ".5" "-.5" "+.5" "2." "-2." "1e10" "1E10" "1e+10" "1e-10" "-1.5e-3")))
(show (map string->number '("0.1" "1e21" "1e400" "-1e400" "1e-400" "-0.0" "+0.0" "00.500")))
(show (map string->number '("+inf.0" "-inf.0" "+nan.0" "-nan.0" "#i+inf.0")))
(show (map string->number '("#i1" "#i-7" "#e1.0" "#e1e3" "#e1.25e2" "#e-0.5e1" "#x#i1f" "#i#x1f")))
(show (map string->number '("#e1.5" "#e+inf.0" "#i#e1" "#x1.5" "1e" "1e+" "e5" "." "-" "+" ".e1"
                            "1.2.3" "1e5.0" "1/2" "inf" "nan.0" "+inf" "1,5" "1.5x" "#x" "#e")))
(show (list (string->number "1e2" 16) (string->number "1.5" 16) (string->number "#d1.5" 16)
            (string->number "11" 2) (string->number "#b1.1") (string->number "ff.8" 16)))
(show (string->number "123456789012345678901234567890.5e-5"))
(show (string->number "0.1000000000000000055511151231257827021181583404541015625"))
(show (string->number "2.4703282292062328e-324"))
(show (string->number "2.4703282292062327e-324"))
(show (string->number "9007199254740993"))
(show (string->number "#i9007199254740993"))
(show (string->number "9007199254740993.0"))
(show (string->number "1.7976931348623158e308"))
(show (string->number "1.7976931348623159e308"))
(show (map (lambda (s) (exact? (string->number s))) '("1" "1.0" "#e1.0" "#i1" "1e0")))
