;; Characters: conversions, Unicode case mapping and classification, n-ary comparisons.
;; expect-stdout:
;; | (65 955 #\λ #\0)
;; | (#\A #\Z #\É #\Ÿ #\Λ #\Ж #\1 #\ß)
;; | (#\a #\z #\é #\λ #\ж #\i #\!)
;; | (#\a #\σ #\σ #\μ #\s)
;; | (#t #t #t #t #t #f #f #f)
;; | (#t #t #t #f #f)
;; | (#t #t #t #t #t #t #f #f)
;; | (#t #f #t #t #f)
;; | (#t #f #t #t #f)
;; | (0 7 3 9 #f #f)
;; | (#t #t #f)
;; | (#t #f #t #f)
;; | (#t #f #t #f)
;; | (#t #t #t #t #t #t)
;; | #t
;; | (#\H #\E #\L #\L #\O)

(define (show x) (write x) (newline))
;; Conversions.
(show (list (char->integer #\A) (char->integer #\λ) (integer->char 955) (integer->char 48)))
;; Case mapping: ASCII, Latin-1, Greek, Cyrillic; characters without case map to themselves.
(show (map char-upcase (list #\a #\Z #\é #\ÿ #\λ #\ж #\1 #\ß)))
(show (map char-downcase (list #\A #\z #\É #\Λ #\Ж #\İ #\!)))
(show (map char-foldcase (list #\A #\ς #\Σ #\µ #\ſ)))
;; Classification.
(show (map char-alphabetic? (list #\a #\Z #\é #\λ #\中 #\1 #\space #\_)))
(show (map char-numeric? (list #\0 #\9 #\٣ #\a #\space)))
(show (map char-whitespace? (list #\space #\tab #\newline #\return #\xA0 #\x3000 #\a #\0)))
(show (map char-upper-case? (list #\A #\a #\É #\Λ #\1)))
(show (map char-lower-case? (list #\a #\A #\ß #\λ #\1)))
(show (map digit-value (list #\0 #\7 #\٣ #\९ #\a #\x)))
;; Comparisons take any number of characters.
(show (list (char=? #\a #\a) (char=? #\a #\a #\a) (char=? #\a #\a #\b)))
(show (list (char<? #\a #\b #\c) (char<? #\a #\c #\b) (char>? #\c #\b #\a) (char>? #\a #\a)))
(show (list (char<=? #\a #\a #\b) (char<=? #\b #\a) (char>=? #\b #\b #\a) (char>=? #\a #\b)))
(show (list (char-ci=? #\a #\A) (char-ci=? #\Σ #\σ #\ς) (char-ci<? #\a #\B #\c)
            (char-ci>? #\b #\A)
            (char-ci<=? #\a #\A) (char-ci>=? #\Z #\z #\y)))
;; They are procedures, so they can be passed.
(show (apply char<? (string->list "abcxyz")))
(show (map char-upcase (string->list "hello")))
