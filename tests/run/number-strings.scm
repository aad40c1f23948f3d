;; number->string (with radixes) and string->number.
;; expect-stdout:
;; | "42"
;; | "-42"
;; | "0"
;; | "ff"
;; | "11111111"
;; | "10"
;; | "-1152921504606846976"
;; | 123
;; | -77
;; | 255
;; | #f
;; | #f
;; | 42

(define (show x) (write x) (newline))
(show (number->string 42))
(show (number->string -42))
(show (number->string 0))
(show (number->string 255 16))
(show (number->string 255 2))
(show (number->string 8 8))
(show (number->string -1152921504606846976))
(show (string->number "123"))
(show (string->number "-77"))
(show (string->number "ff" 16))
(show (string->number "12x"))
(show (string->number ""))
(show (+ 1 (string->number "+41")))
