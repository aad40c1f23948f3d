;; number->string and string->number: radixes 2, 8, 10, 16, prefixes, and #f for non-numbers.
;; expect-stdout:
;; | ("11111111" "377" "255" "ff")
;; | ("-101010" "-52" "-42" "-2a")
;; | "0"
;; | "fffffffffffffff"
;; | "-100000000000000000000"
;; | (5 511 -255 255 123)
;; | (255 -5 15 99 12 31)
;; | (-1152921504606846976 1152921504606846975)
;; | (#f #f #f #f #f #f #f 2 #f #f 1.5 1.0)
;; | #f
;; | #f
;; | #t

(define (show x) (write x) (newline))
;; number->string in radix 2, 8, 10 and 16.
(show (map (lambda (r) (number->string 255 r)) '(2 8 10 16)))
(show (map (lambda (r) (number->string -42 r)) '(2 8 10 16)))
(show (number->string 0 2))
(show (number->string 1152921504606846975 16))
(show (number->string -1152921504606846976 8))
;; string->number with a radix argument or a #x #o #b #d prefix (which wins), and #e.
(show (list (string->number "101" 2) (string->number "777" 8) (string->number "-ff" 16)
            (string->number "FF" 16) (string->number "123" 10)))
(show (list (string->number "#xff") (string->number "#b-101") (string->number "#o17")
            (string->number "#d99" 16) (string->number "#e12") (string->number "#x#e1f")))
(show (list (string->number "-1152921504606846976") (string->number "+1152921504606846975")))
;; Not a number (or not one this implementation reads yet): #f.
(show (map string->number '("" "+" "-" "12x" "1 2" "#x" "#xg" "2" "#q1" "#x#x1" "1.5" "#i1")))
(show (string->number "2" 2))
(show (string->number "9" 8))
;; Round trips.
(show (let loop ((n -300) (ok #t))
        (if (> n 300)
            ok
            (loop (+ n 7)
                  (and ok
                       (= n (string->number (number->string n 2) 2))
                       (= n (string->number (number->string n 16) 16)))))))
