;; memq, memv, member (with and without a predicate), assq, assv, assoc.
;; expect-stdout:
;; | (c d)
;; | #f
;; | ("b" "c")
;; | ((1) (2))
;; | (2 3)
;; | (4)
;; | #f
;; | (banana . 5)
;; | #f
;; | 7
;; | ("b" . 2)
;; | (2 . two)
;; | ((1 2) . pair-key)
;; | ("B" . upper)

(define (show x) (write x) (newline))
(show (memq 'c '(a b c d)))
(show (memq 'z '(a b c)))
(show (member "b" '("a" "b" "c")))
(show (member '(1) '((0) (1) (2))))
(show (memv 2 '(1 2 3)))
(show (member 3 '(1 2 3 4) (lambda (a b) (< a b))))
(show (memq (list 'a) '((a) (b))))
(define table '((apple . 3) (banana . 5) (cherry . 7)))
(show (assq 'banana table))
(show (assq 'durian table))
(show (cdr (assq 'cherry table)))
(show (assoc "b" '(("a" . 1) ("b" . 2))))
(show (assv 2 '((1 . one) (2 . two))))
(show (assoc (list 1 2) '(((1) . short) ((1 2) . pair-key))))
(show (assoc "b" '(("a" . lower) ("B" . upper))
             (lambda (a b) (string=? (list->string (map char-upcase (string->list a))) b))))
