;; Characters: literals by name and code, conversions, predicates, write versus display.
;; expect-stdout:
;; | #\a
;; | #\A
;; | #\space
;; | #\newline
;; | #\tab
;; | #\A
;; | #\0
;; | #\λ
;; | 97
;; | 955
;; | #\b
;; | #\Q
;; | #\q
;; | #t
;; | #t
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #t
;; | a b
;; | (#\h #\i #\!)

(define (show x) (write x) (newline))
(show #\a)
(show #\A)
(show #\space)
(show #\newline)
(show #\tab)
(show #\x41)
(show #\0)
(show #\λ)
(show (char->integer #\a))
(show (char->integer #\λ))
(show (integer->char 98))
(show (char-upcase #\q))
(show (char-downcase #\Q))
(show (char-alphabetic? #\z))
(show (char-numeric? #\7))
(show (char-whitespace? #\space))
(show (char-whitespace? #\x))
(show (char? #\a))
(show (char? "a"))
(show (char=? #\a #\a))
(show (char<? #\a #\b))
(display #\a) (display #\space) (display #\b) (newline)
(show (string->list "hi!"))
