;; Characters: conversions, comparisons and classification.
(define (info c)
  (list (char->integer c) (char-upcase c) (char-alphabetic? c) (char-numeric? c)))
(display (list (info #\a) (info #\7) (integer->char 65) (char=? #\a #\a) (char<? #\a #\b)))
(newline)
