;; apply: with a list only, with leading arguments, on runtime and user procedures with rest
;; parameters, and on apply itself.
;; expect-stdout:
;; | 6
;; | 10
;; | (a b c d)
;; | 9
;; | (1 2 (3 4))
;; | (1 . 2)
;; | 3
;; | "foobarbaz"
;; | #(1 2)
;; | 0
;; | (1 (2 3 4 5))

(define (show x) (write x) (newline))
(show (apply + '(1 2 3)))
(show (apply + 1 2 '(3 4)))
(show (apply list 'a 'b '(c d)))
(show (apply max '(3 9 2)))
(show (apply (lambda (a b . rest) (list a b rest)) '(1 2 3 4)))
(show (apply cons '(1 2)))
(show (apply apply (list + (list 1 2))))
(define (symbols->string . syms) (apply string-append (map symbol->string syms)))
(show (symbols->string 'foo 'bar 'baz))
(show (apply vector '(1 2)))
(show (apply + '()))
(define (head-and-rest x . xs) (list x xs))
(show (apply head-and-rest 1 2 (list 3 4 5)))
