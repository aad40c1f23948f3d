;; quasiquote with unquote, unquote-splicing, dotted tails, vectors and nesting.
;; expect-stdout:
;; | (1 5 a b end)
;; | (x is 6)
;; | (a b)
;; | #(1 5)
;; | (1 . 5)
;; | (nested (5 a b) (q))
;; | plain
;; | (1 (quasiquote (2 (unquote (3 5)))))
;; | ((a . 1) (b . 2))

(define x 5)
(define lst '(a b))
(write `(1 ,x ,@lst end)) (newline)
(write `(x is ,(+ x 1))) (newline)
(write `(,@lst)) (newline)
(write `#(1 ,x)) (newline)
(write `(1 . ,x)) (newline)
(write `(nested (,x ,@lst) ,(list 'q))) (newline)
(write `plain) (newline)
(write `(1 `(2 ,(3 ,x)))) (newline)
(write (map (lambda (k v) `(,k . ,v)) '(a b) '(1 2))) (newline)
