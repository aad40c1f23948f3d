;; case dispatches on symbols, fixnums and characters with eq?.
(define (kind x)
  (case x
    ((a e i o u) 'vowel)
    ((1 2 3) 'small)
    ((#\x) 'char)
    (else 'other)))
(display (list (kind 'e) (kind 2) (kind #\x) (kind 'z)))
(newline)
