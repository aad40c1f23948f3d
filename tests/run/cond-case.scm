;; cond (else, =>, test-only clauses) and case (numbers, symbols, characters, else).
;; expect-stdout:
;; | (negative zero small large)
;; | two
;; | none
;; | 2
;; | (c d)
;; | (consonant vowel space consonant vowel vowel)
;; | (none few many)
;; | yellow
;; | fallthrough

(define (classify n)
  (cond ((< n 0) 'negative)
        ((= n 0) 'zero)
        ((< n 10) 'small)
        (else 'large)))
(display (map classify '(-5 0 3 42))) (newline)
(display (cond ((assv 2 '((1 . one) (2 . two))) => cdr) (else 'none))) (newline)
(display (cond ((assv 9 '((1 . one))) => cdr) (else 'none))) (newline)
(display (cond (#f 1) ((+ 1 1)))) (newline)
(display (cond ((memq 'c '(a b c d))))) (newline)

(define (kind c)
  (case c
    ((#\a #\e #\i #\o #\u) 'vowel)
    ((#\space) 'space)
    (else 'consonant)))
(display (map kind (string->list "hi you"))) (newline)

(define (size n)
  (case n
    ((0) 'none)
    ((1 2 3) 'few)
    (else 'many)))
(display (list (size 0) (size 2) (size 99))) (newline)
(display (case 'banana ((apple) 'red) ((banana) 'yellow) (else 'unknown))) (newline)
(display (case (* 2 3) ((2 3 5 7) 'prime) ((1 4 9) 'square) (else 'fallthrough))) (newline)
