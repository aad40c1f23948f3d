;; Numeric library procedures that are ordinary calls, not primitives.
(display (list (abs -7) (max 3 9 4) (min 3 9 4) (gcd 12 18) (expt 2 10)
               (even? 6) (odd? 6) (number->string 255) (string->number "42")))
(newline)
